// The data behind the fake Spreadsheet service: plain state that fakes mutate and the scenario runner exports.
import { Grid } from './grid.js';

/** A cell's stored value as Apps Script sees it: '' for an empty cell. */
export type CellValue = string | number | boolean | Date;

/** 0-based, inclusive grid coordinates on one sheet. */
export type GridRange = { sheetId: number; r1: number; c1: number; r2: number; c2: number };

export type DataValidationCriteria =
  | 'VALUE_IN_LIST'
  | 'VALUE_IN_RANGE'
  | 'CHECKBOX'
  | 'DATE_IS_VALID_DATE'
  | 'DATE_AFTER'
  | 'DATE_BEFORE'
  | 'DATE_BETWEEN'
  | 'DATE_ON_OR_AFTER'
  | 'DATE_ON_OR_BEFORE'
  | 'NUMBER_BETWEEN'
  | 'NUMBER_GREATER_THAN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'NUMBER_LESS_THAN'
  | 'NUMBER_LESS_THAN_OR_EQUAL_TO'
  | 'NUMBER_EQUAL_TO'
  | 'NUMBER_NOT_EQUAL_TO'
  | 'NUMBER_NOT_BETWEEN'
  | 'TEXT_CONTAINS'
  | 'TEXT_DOES_NOT_CONTAIN'
  | 'TEXT_EQUAL_TO'
  | 'TEXT_IS_VALID_EMAIL'
  | 'TEXT_IS_VALID_URL'
  | 'CUSTOM_FORMULA';

export type DataValidationModel = {
  criteria: DataValidationCriteria;
  /** Criteria arguments: list values, numbers, Dates, a GridRange for VALUE_IN_RANGE, a formula string. */
  args: unknown[];
  showDropdown: boolean;
  allowInvalid: boolean;
  helpText: string | null;
};

export type BooleanConditionType =
  | 'CELL_EMPTY'
  | 'CELL_NOT_EMPTY'
  | 'CUSTOM_FORMULA'
  | 'TEXT_EQ'
  | 'TEXT_CONTAINS'
  | 'TEXT_NOT_CONTAINS'
  | 'TEXT_STARTS_WITH'
  | 'TEXT_ENDS_WITH'
  | 'NUMBER_GREATER_THAN'
  | 'NUMBER_GREATER_THAN_OR_EQUAL_TO'
  | 'NUMBER_LESS_THAN'
  | 'NUMBER_LESS_THAN_OR_EQUAL_TO'
  | 'NUMBER_EQUAL_TO'
  | 'NUMBER_NOT_EQUAL_TO'
  | 'NUMBER_BETWEEN'
  | 'NUMBER_NOT_BETWEEN'
  | 'DATE_BEFORE'
  | 'DATE_AFTER'
  | 'DATE_EQUAL_TO';

export type CellFormat = {
  background?: string | null;
  fontColor?: string | null;
  bold?: boolean | null;
  italic?: boolean | null;
  strikethrough?: boolean | null;
  underline?: boolean | null;
};

export type ConditionalFormatModel = {
  ranges: GridRange[];
  condition: { type: BooleanConditionType; values: unknown[] };
  format: CellFormat;
};

export type ProtectionModel = {
  kind: 'RANGE' | 'SHEET';
  range: GridRange | null;
  description: string;
  warningOnly: boolean;
  editors: string[];
};

export type SheetModel = {
  id: number;
  name: string;
  index: number;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  hidden: boolean;
  values: Grid<CellValue>;
  formulas: Grid<string>;
  notes: Grid<string>;
  backgrounds: Grid<string>;
  fontColors: Grid<string>;
  fontWeights: Grid<string>;
  fontStyles: Grid<string>;
  numberFormats: Grid<string>;
  validations: Grid<DataValidationModel>;
  columnWidths: Map<number, number>;
  hiddenColumns: Set<number>;
  conditionalFormats: ConditionalFormatModel[];
  protections: ProtectionModel[];
};

export type NamedRangeModel = { name: string; range: GridRange };

export type SpreadsheetModel = {
  id: string;
  name: string;
  url: string;
  locale: string;
  timeZone: string;
  owner: string;
  sheets: SheetModel[];
  namedRanges: NamedRangeModel[];
  activeSheetId: number;
  nextSheetId: number;
  /** The cell a person has selected, for getActiveRange / getCurrentCell. */
  selection: GridRange | null;
};

// https://support.google.com/docs/answer/37603 — a new sheet has 1000 rows and 26 columns.
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;

export function newSheetModel(id: number, name: string, index: number): SheetModel {
  return {
    id,
    name,
    index,
    maxRows: DEFAULT_ROWS,
    maxColumns: DEFAULT_COLUMNS,
    frozenRows: 0,
    frozenColumns: 0,
    hidden: false,
    values: new Grid(),
    formulas: new Grid(),
    notes: new Grid(),
    backgrounds: new Grid(),
    fontColors: new Grid(),
    fontWeights: new Grid(),
    fontStyles: new Grid(),
    numberFormats: new Grid(),
    validations: new Grid(),
    columnWidths: new Map(),
    hiddenColumns: new Set(),
    conditionalFormats: [],
    protections: [],
  };
}
