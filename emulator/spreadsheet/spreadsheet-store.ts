// Host-side helpers on the spreadsheet model (no metering): for the runtime, the scenario runner, a person's edits and tests.
import { nextId, type World } from '../runtime/world.js';
import type { Grid } from './grid.js';
import { newSheetModel, type CellValue, type GridRange, type SheetModel, type SpreadsheetModel } from './model.js';
import { evaluateFormula } from './formula-engine.js';

export type NewSpreadsheetOptions = { name: string; owner?: string; locale?: string; timeZone?: string; rows?: number; columns?: number };

/** A new spreadsheet with one sheet "Sheet1", registered in the world (and made active when none is). */
export function createSpreadsheetModel(world: World, opts: NewSpreadsheetOptions): SpreadsheetModel {
  const id = nextId(world, 'ss');
  const sheet = newSheetModel(0, 'Sheet1', 0);
  if (opts.rows !== undefined) sheet.maxRows = opts.rows;
  if (opts.columns !== undefined) sheet.maxColumns = opts.columns;
  const ss: SpreadsheetModel = {
    id,
    name: opts.name,
    url: `https://docs.google.com/spreadsheets/d/${id}/edit`,
    locale: opts.locale ?? world.locale,
    timeZone: opts.timeZone ?? world.timeZone,
    owner: opts.owner ?? world.activeUser,
    sheets: [sheet],
    namedRanges: [],
    activeSheetId: 0,
    nextSheetId: 1,
    selection: null,
  };
  world.spreadsheets.set(id, ss);
  if (world.activeSpreadsheetId === null) world.activeSpreadsheetId = id;
  return ss;
}

export function findSheet(ss: SpreadsheetModel, name: string): SheetModel | undefined {
  return ss.sheets.find((s) => s.name === name);
}

export function findSheetById(ss: SpreadsheetModel, id: number): SheetModel | undefined {
  return ss.sheets.find((s) => s.id === id);
}

/** Sheets ordered by tab position. */
export function orderedSheets(ss: SpreadsheetModel): SheetModel[] {
  return [...ss.sheets].sort((a, b) => a.index - b.index);
}

/** Renumbers tab positions 0..n-1 following the current order. */
export function reindexSheets(ss: SpreadsheetModel): void {
  orderedSheets(ss).forEach((s, i) => (s.index = i));
}

function lastRowOf<T>(g: Grid<T>): number {
  for (let r = g.rowCount() - 1; r >= 0; r--) {
    const row = g.row(r);
    if (row && row.some((v) => v !== undefined)) return r + 1;
  }
  return 0;
}

function lastColumnOf<T>(g: Grid<T>): number {
  let max = 0;
  for (let r = 0; r < g.rowCount(); r++) {
    const row = g.row(r);
    if (!row) continue;
    for (let c = row.length - 1; c >= max; c--) {
      if (row[c] !== undefined) {
        max = c + 1;
        break;
      }
    }
  }
  return max;
}

/** 1-based position of the last row with content (a value or a formula); formatting alone does not count. 0 when empty. */
export function lastRow(sheet: SheetModel): number {
  return Math.max(lastRowOf(sheet.values), lastRowOf(sheet.formulas));
}

/** 1-based position of the last column with content; 0 when empty. */
export function lastColumn(sheet: SheetModel): number {
  return Math.max(lastColumnOf(sheet.values), lastColumnOf(sheet.formulas));
}

export type EvalContext = { ss: SpreadsheetModel; now: number };

/** The value a cell shows: its formula's result when it has one (given an evaluation context), else its stored value. */
export function cellValue(sheet: SheetModel, r: number, c: number, ev?: EvalContext): CellValue {
  const f = sheet.formulas.get(r, c);
  if (f !== undefined && ev) {
    return evaluateFormula(ev.ss, sheet, f, { row: r, col: c }, { now: ev.now, timeZone: ev.ss.timeZone });
  }
  const v = sheet.values.get(r, c);
  return v === undefined ? '' : v;
}

/** The values of a range as rows of cells ('' when empty); formulas are evaluated when `ev` is given. */
export function readValues(sheet: SheetModel, g: GridRange, ev?: EvalContext): CellValue[][] {
  const out: CellValue[][] = new Array(g.r2 - g.r1 + 1);
  const width = g.c2 - g.c1 + 1;
  for (let r = g.r1; r <= g.r2; r++) {
    const row = sheet.values.row(r);
    const frow = sheet.formulas.row(r);
    const line: CellValue[] = new Array(width);
    for (let j = 0; j < width; j++) {
      const c = g.c1 + j;
      if (frow && frow[c] !== undefined) line[j] = cellValue(sheet, r, c, ev);
      else {
        const v = row ? row[c] : undefined;
        line[j] = v === undefined ? '' : v;
      }
    }
    out[r - g.r1] = line;
  }
  return out;
}

/**
 * Writes literal values with the top-left at 0-based (r, c), growing the sheet when needed; '' empties a cell and
 * any formula there is replaced. Strings are stored as given (no "=" interpretation: that is the caller's business).
 */
export function writeValues(sheet: SheetModel, r: number, c: number, values: CellValue[][]): void {
  for (let i = 0; i < values.length; i++) {
    const line = values[i];
    for (let j = 0; j < line.length; j++) {
      const v = line[j];
      sheet.values.set(r + i, c + j, v === '' || v === null || v === undefined ? undefined : v);
      sheet.formulas.set(r + i, c + j, undefined);
    }
  }
  const width = values.reduce((m, l) => Math.max(m, l.length), 0);
  if (r + values.length > sheet.maxRows) sheet.maxRows = r + values.length;
  if (c + width > sheet.maxColumns) sheet.maxColumns = c + width;
}

/** The active spreadsheet of the world, or an error for the runtime to report. */
export function activeSpreadsheet(world: World): SpreadsheetModel | null {
  return world.activeSpreadsheetId === null ? null : (world.spreadsheets.get(world.activeSpreadsheetId) ?? null);
}
