// Translates Sheets colours and data-validation rules into their Excel (exceljs) equivalents for workbook.xlsx.
import type { DataValidation } from 'exceljs';
import { columnToLetters, quoteSheetName } from '../spreadsheet/a1.js';
import type { DataValidationModel, GridRange, SpreadsheetModel } from '../spreadsheet/model.js';
import { dateToSerial } from '../spreadsheet/zoned-time.js';

const NAMED: Record<string, string> = {
  black: '000000', white: 'FFFFFF', red: 'FF0000', green: '008000', lime: '00FF00', blue: '0000FF', yellow: 'FFFF00',
  orange: 'FFA500', purple: '800080', gray: '808080', grey: '808080', silver: 'C0C0C0', cyan: '00FFFF', magenta: 'FF00FF',
  pink: 'FFC0CB', brown: 'A52A2A', navy: '000080', teal: '008080', maroon: '800000', olive: '808000',
};

/** "#e6f4ea", "#abc" or a basic colour name as Excel's ARGB ("FFE6F4EA"); undefined when not understood. */
export function toArgb(color: string | null | undefined): string | undefined {
  if (!color) return undefined;
  const c = color.trim().toLowerCase();
  if (NAMED[c]) return `FF${NAMED[c]}`;
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(c);
  if (!m) return undefined;
  const hex = m[1].length === 3 ? [...m[1]].map((x) => x + x).join('') : m[1];
  return `FF${hex.toUpperCase()}`;
}

function absoluteRange(ss: SpreadsheetModel, g: GridRange): string {
  const sheet = ss.sheets.find((s) => s.id === g.sheetId);
  const a = `$${columnToLetters(g.c1)}$${g.r1 + 1}`;
  const b = `$${columnToLetters(g.c2)}$${g.r2 + 1}`;
  return `${sheet ? `${quoteSheetName(sheet.name)}!` : ''}${a}:${b}`;
}

const NUMBER_OPS: Partial<Record<DataValidationModel['criteria'], DataValidation['operator']>> = {
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
};

const DATE_OPS: Partial<Record<DataValidationModel['criteria'], DataValidation['operator']>> = {
  DATE_BETWEEN: 'between',
  DATE_AFTER: 'greaterThan',
  DATE_ON_OR_AFTER: 'greaterThanOrEqual',
  DATE_BEFORE: 'lessThan',
  DATE_ON_OR_BEFORE: 'lessThanOrEqual',
};

/** Where a list too long (or too comma-laden) for an inline Excel list is written out; returns its absolute range. */
export type ListSpill = (values: string[]) => string;

const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/**
 * The Excel validation for a Sheets rule over a block whose top-left cell is `topLeft` (custom formulas are relative to
 * it, as in Sheets), or null for rules Excel cannot express.
 */
export function excelValidation(ss: SpreadsheetModel, m: DataValidationModel, topLeft: string, spill: ListSpill): DataValidation | null {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: m.allowInvalid ? 'warning' : 'stop',
    ...(m.helpText ? { prompt: m.helpText, showInputMessage: true } : {}),
  };
  const args = m.args;
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : v instanceof Date ? dateToSerial(v, ss.timeZone) : null);
  switch (m.criteria) {
    case 'VALUE_IN_LIST': {
      const values = (Array.isArray(args[0]) ? args[0] : args).map(String);
      const inline = values.join(',');
      const fits = inline.length <= 255 && values.every((v) => !v.includes(',') && !v.includes('"'));
      return { ...common, type: 'list', formulae: [fits ? `"${inline}"` : spill(values)] };
    }
    case 'VALUE_IN_RANGE': {
      const g = args[0] as GridRange | undefined;
      return g && typeof g === 'object' ? { ...common, type: 'list', formulae: [absoluteRange(ss, g)] } : null;
    }
    case 'CHECKBOX':
      return { ...common, type: 'list', formulae: ['"TRUE,FALSE"'] };
    case 'CUSTOM_FORMULA': {
      const f = typeof args[0] === 'string' ? args[0].replace(/^=/, '') : null;
      return f ? { ...common, type: 'custom', formulae: [f] } : null;
    }
    case 'TEXT_CONTAINS':
      return { ...common, type: 'custom', formulae: [`ISNUMBER(SEARCH(${quoted(String(args[0]))},${topLeft}))`] };
    case 'TEXT_DOES_NOT_CONTAIN':
      return { ...common, type: 'custom', formulae: [`NOT(ISNUMBER(SEARCH(${quoted(String(args[0]))},${topLeft})))`] };
    case 'TEXT_EQUAL_TO':
      return { ...common, type: 'custom', formulae: [`EXACT(${topLeft},${quoted(String(args[0]))})`] };
    case 'DATE_IS_VALID_DATE':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [0] };
    default:
      break;
  }
  const numberOp = NUMBER_OPS[m.criteria];
  const dateOp = DATE_OPS[m.criteria];
  const op = numberOp ?? dateOp;
  if (!op) return null;
  const values = args.map(num);
  if (values.some((v) => v === null) || values.length === 0) return null;
  return { ...common, type: numberOp ? 'decimal' : 'date', operator: op, formulae: values as number[] };
}
