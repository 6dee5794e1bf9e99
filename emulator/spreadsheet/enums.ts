// The SpreadsheetApp enums scripts compare against: each member is its own name, as String(enumValue) gives in Apps Script.

/** An enum object whose members are their names ("SHEET" === String(ProtectionType.SHEET)). */
export function makeEnum<const K extends string>(names: readonly K[]): { readonly [P in K]: P } {
  const out = {} as { [P in K]: P };
  for (const n of names) out[n] = n;
  return Object.freeze(out);
}

type S = typeof GoogleAppsScript.Spreadsheet;

export const ProtectionType = makeEnum(['RANGE', 'SHEET']) as unknown as S['ProtectionType'];
export const Dimension = makeEnum(['COLUMNS', 'ROWS']) as unknown as S['Dimension'];
export const Direction = makeEnum(['UP', 'DOWN', 'PREVIOUS', 'NEXT']) as unknown as S['Direction'];
export const WrapStrategy = makeEnum(['WRAP', 'OVERFLOW', 'CLIP']) as unknown as S['WrapStrategy'];
export const SheetType = makeEnum(['GRID', 'OBJECT', 'DATASOURCE']) as unknown as S['SheetType'];
export const CopyPasteType = makeEnum([
  'PASTE_NORMAL', 'PASTE_NO_BORDERS', 'PASTE_FORMAT', 'PASTE_FORMULA', 'PASTE_DATA_VALIDATION', 'PASTE_VALUES',
  'PASTE_CONDITIONAL_FORMATTING', 'PASTE_COLUMN_WIDTHS',
]) as unknown as S['CopyPasteType'];
export const BorderStyle = makeEnum(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']) as unknown as S['BorderStyle'];
export const TextDirection = makeEnum(['LEFT_TO_RIGHT', 'RIGHT_TO_LEFT']) as unknown as S['TextDirection'];
export const RecalculationInterval = makeEnum(['ON_CHANGE', 'MINUTE', 'HOUR']) as unknown as S['RecalculationInterval'];
export const DataValidationCriteria = makeEnum([
  'DATE_AFTER', 'DATE_BEFORE', 'DATE_BETWEEN', 'DATE_EQUAL_TO', 'DATE_IS_VALID_DATE', 'DATE_NOT_BETWEEN', 'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_IS_VALID_EMAIL', 'TEXT_IS_VALID_URL', 'VALUE_IN_LIST', 'VALUE_IN_RANGE',
  'CUSTOM_FORMULA', 'CHECKBOX',
]) as unknown as S['DataValidationCriteria'];
export const BooleanCriteria = makeEnum([
  'CELL_EMPTY', 'CELL_NOT_EMPTY', 'DATE_AFTER', 'DATE_BEFORE', 'DATE_EQUAL_TO', 'DATE_AFTER_RELATIVE', 'DATE_BEFORE_RELATIVE',
  'DATE_EQUAL_TO_RELATIVE', 'NUMBER_BETWEEN', 'NUMBER_EQUAL_TO', 'NUMBER_GREATER_THAN', 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN', 'NUMBER_LESS_THAN_OR_EQUAL_TO', 'NUMBER_NOT_BETWEEN', 'NUMBER_NOT_EQUAL_TO', 'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN', 'TEXT_EQUAL_TO', 'TEXT_STARTS_WITH', 'TEXT_ENDS_WITH', 'CUSTOM_FORMULA',
]) as unknown as S['BooleanCriteria'];
