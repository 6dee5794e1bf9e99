// The spreadsheet service's public surface for the runtime, the scenario runner and tests.
export { createSpreadsheetApp, SpreadsheetAppFake } from './spreadsheet-app.fake.js';
export { SpreadsheetFake } from './spreadsheet.fake.js';
export { SheetFake, gridRangeFor } from './sheet.fake.js';
export { RangeFake } from './range.fake.js';
export { NamedRangeFake } from './named-range.fake.js';
export { rangeHandle, sheetHandle, spreadsheetHandle, unwrapRange, unwrapSheet, accessFor } from './handles.js';
export {
  createSpreadsheetModel,
  findSheet,
  findSheetById,
  orderedSheets,
  lastRow,
  lastColumn,
  readValues,
  writeValues,
  cellValue,
  activeSpreadsheet,
  type NewSpreadsheetOptions,
  type EvalContext,
} from './spreadsheet-store.js';
export { parseA1, formatA1, formatGridRange, columnToLetters, lettersToColumn, quoteSheetName, resolveRef, splitSheetName, type A1Ref } from './a1.js';
export { parseTypedInput, type TypedInput } from './typed-input.js';
export { formatForDisplay } from './display.js';
export { applyShift, shiftGridRange, type Shift } from './structure.js';
export { offsetFormula, shiftFormula } from './reference-shift.js';
export { normalizeColor } from './colors.js';
export { storeScriptValue, RangeErrors } from './range-cells.js';
export { SheetErrors } from './sheet-errors.js';
export * as SpreadsheetEnums from './enums.js';
