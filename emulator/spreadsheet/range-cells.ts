// Cell-array work behind Range: script writes with Sheets' input rules, dimension checks, grid reads and fills.
import { PlatformError } from '../runtime/errors.js';
import type { Ctx } from '../runtime/context.js';
import type { Grid } from './grid.js';
import type { CellValue, GridRange, SheetModel, SpreadsheetModel } from './model.js';
import { parseTypedInput } from './typed-input.js';
import { PROTECTED_EDIT_MESSAGE, editBlockedBy } from './protection.fake.js';

export const RangeErrors = {
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluesvalues — the array must match the range's size.
  rows: (data: number, range: number) =>
    `The number of rows in the data does not match the number of rows in the range. The data has ${data} but the range has ${range}.`,
  columns: (data: number, range: number) =>
    `The number of columns in the data does not match the number of columns in the range. The data has ${data} but the range has ${range}.`,
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
  outside: 'The coordinates of the range are outside the dimensions of the sheet.',
} as const;

/** Throws the platform's message unless `data` is exactly rows x cols. */
export function checkDimensions(data: unknown, rows: number, cols: number): asserts data is unknown[][] {
  if (!Array.isArray(data)) throw new PlatformError(`The parameters (${typeof data}) don't match the method signature.`);
  if (data.length !== rows) throw new PlatformError(RangeErrors.rows(data.length, rows));
  for (const line of data) {
    const n = Array.isArray(line) ? line.length : 1;
    if (n !== cols) throw new PlatformError(RangeErrors.columns(n, cols));
  }
}

export function isDateLike(v: unknown): v is Date {
  return v instanceof Date || Object.prototype.toString.call(v) === '[object Date]';
}

/**
 * Stores one value a script wrote, the way Sheets takes it.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue — a string starting with "=" is a formula;
 * other strings are read like typed input (numbers, dates, booleans) unless the cell's number format is plain text "@".
 */
export function storeScriptValue(ss: SpreadsheetModel, sheet: SheetModel, r: number, c: number, v: unknown): void {
  let value: CellValue | undefined;
  let formula: string | undefined;
  if (v === null || v === undefined || v === '') value = undefined;
  else if (typeof v === 'number' || typeof v === 'boolean') value = v;
  else if (isDateLike(v)) value = new Date(v.getTime());
  else {
    const s = typeof v === 'string' ? v : String(v);
    if (sheet.numberFormats.get(r, c) === '@') value = s;
    else if (s.charCodeAt(0) === 61 /* = */ && s.length > 1) formula = s;
    else if (isPlainText(s)) value = s;
    else {
      const parsed = parseTypedInput(s, ss.locale, ss.timeZone);
      value = parsed.value === '' ? undefined : parsed.value;
      formula = parsed.formula;
    }
  }
  sheet.values.set(r, c, formula === undefined ? value : undefined);
  sheet.formulas.set(r, c, formula);
}

const BOOLEAN_WORD = /^\s*(true|false|wahr|falsch|vrai|faux)\s*$/i;

/** Text that typed-input rules would keep as text anyway (a fast path: most strings scripts write are words). */
function isPlainText(s: string): boolean {
  const ch = s.charCodeAt(0) | 0x20;
  if (ch >= 97 && ch <= 122) return !BOOLEAN_WORD.test(s);
  return s.charCodeAt(0) !== 39 && !/[0-9]/.test(s) && !BOOLEAN_WORD.test(s);
}

/** A rows x cols array of a grid's entries (the default where unset), converting each through `map`. */
export function readGrid<T, U>(grid: Grid<T>, g: GridRange, dflt: U, map?: (v: T) => U): U[][] {
  const out: U[][] = new Array(g.r2 - g.r1 + 1);
  const width = g.c2 - g.c1 + 1;
  for (let r = g.r1; r <= g.r2; r++) {
    const row = grid.row(r);
    const line: U[] = new Array(width);
    for (let j = 0; j < width; j++) {
      const v = row ? row[g.c1 + j] : undefined;
      line[j] = v === undefined ? dflt : map ? map(v) : (v as unknown as U);
    }
    out[r - g.r1] = line;
  }
  return out;
}

/** Sets every cell of the range in `grid` to `v` (undefined clears). */
export function fillGrid<T>(grid: Grid<T>, g: GridRange, v: T | undefined): void {
  for (let r = g.r1; r <= g.r2; r++) for (let c = g.c1; c <= g.c2; c++) grid.set(r, c, v);
}

/** Writes a checked rows x cols array into `grid`, converting each through `map` (undefined clears). */
export function writeGrid<T, U>(grid: Grid<T>, g: GridRange, data: U[][], map: (v: U) => T | undefined): void {
  for (let i = 0; i < data.length; i++) {
    const line = data[i];
    for (let j = 0; j < line.length; j++) grid.set(g.r1 + i, g.c1 + j, map(line[j]));
  }
}

/** Refuses a script's edit of cells a protection keeps from the user running it (rules live in protection.fake.ts). */
export function checkProtection(ctx: Ctx, ss: SpreadsheetModel, sheet: SheetModel, g: GridRange): void {
  if (sheet.protections.length === 0) return;
  if (editBlockedBy(ss, sheet, g, ctx.exec.user)) throw new PlatformError(PROTECTED_EDIT_MESSAGE);
}
