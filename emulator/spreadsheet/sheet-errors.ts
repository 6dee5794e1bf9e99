// The platform's messages for sheet-level mistakes, and the sheet-name rule they enforce.
import { PlatformError } from '../runtime/errors.js';
import type { SheetModel, SpreadsheetModel } from './model.js';

export const SheetErrors = {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
  startRowTooSmall: 'The starting row of the range is too small.',
  startColumnTooSmall: 'The starting column of the range is too small.',
  numRowsTooSmall: 'The number of rows in the range must be at least 1.',
  numColumnsTooSmall: 'The number of columns in the range must be at least 1.',
  signature: 'The parameters (number,number) don\'t match the method signature for SpreadsheetApp.Sheet.getRange.',
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangea1notation
  rangeNotFound: 'Range not found',
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleterowsrowposition,-howmany
  rowsOutOfBounds: 'Those rows are out of bounds.',
  columnsOutOfBounds: 'Those columns are out of bounds.',
  deleteAllRows: 'Sorry, it is not possible to delete all non-frozen rows.',
  deleteAllColumns: 'Sorry, it is not possible to delete all non-frozen columns.',
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setfrozenrowsrows
  freezeAll: (what: 'rows' | 'columns') => `You can't freeze all visible ${what} on the sheet.`,
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#hidesheet
  hideAll: "You can't hide all the sheets in a document.",
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deletesheetsheet
  removeAll: "You can't remove all the sheets in a document.",
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setnamename
  duplicateName: (name: string) => `A sheet with the name "${name}" already exists. Please enter another name.`,
} as const;

/** Throws when another sheet of `ss` already has `name` (Sheets compares names case-insensitively). */
export function checkSheetName(ss: SpreadsheetModel, name: string, self?: SheetModel): void {
  const lower = name.toLowerCase();
  if (ss.sheets.some((s) => s !== self && s.name.toLowerCase() === lower)) throw new PlatformError(SheetErrors.duplicateName(name));
}
