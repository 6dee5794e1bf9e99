// Rows of a tab keyed by field, and the one write that puts a batch's changed cells back.
import type { CellValue } from '../../core/field-types/index.js';
import { asWrittenText } from '../../core/field-types/text.js';
import { consecutiveRuns } from '../../core/table.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** What a batch changes in one row: cells by field (textCells: formula-like text, informational; every text is written as text). */
export type RowWrites<K extends string> = { readonly rowNumber: number; readonly writes: { readonly [F in K]?: CellValue }; readonly textCells: readonly K[] };

/**
 * An object with every key, in one fixed order, built by JSON.parse. V8 gives such objects fast properties, and copies of
 * it keep them; an object filled key by key (obj[key] = v) past a dozen keys turns into a slow dictionary, and copying
 * 100,000 of those ({ ...row, ...writes }) took seconds of CPU in "Check all rows".
 */
function shapeOf(keys: readonly string[]): Record<string, unknown> {
  return JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, null])))) as Record<string, unknown>;
}

/** Rows read from the sheet as values keyed by field (columns found by header, never by position); fields without a column are undefined. */
export function keyedRows<K extends string>(
  lines: readonly (readonly unknown[])[],
  firstRow: number,
  columns: ReadonlyMap<K, number>,
  allKeys: readonly K[] = [...columns.keys()],
): { rowNumber: number; values: { [F in K]?: unknown } }[] {
  const shape = shapeOf(allKeys);
  const absent = allKeys.filter((k) => !columns.has(k));
  const present = [...columns];
  return lines.map((line, i) => {
    const values = { ...shape };
    for (const k of absent) values[k] = undefined;
    for (const [key, col] of present) values[key] = line[col];
    return { rowNumber: firstRow + i, values: values as { [F in K]?: unknown } };
  });
}

/** The rows and columns (0-based, relative to `lines`) between the first and the last changed cell, and the columns that change. */
type Bounds = { r1: number; r2: number; c1: number; c2: number; changed: Set<number> };

/** The block of changed cells, or null when nothing changes. */
function boundsOf<K extends string>(firstRow: number, columns: ReadonlyMap<K, number>, outcomes: readonly RowWrites<K>[]): Bounds | null {
  const b: Bounds = { r1: Infinity, r2: -1, c1: Infinity, c2: -1, changed: new Set() };
  for (const out of outcomes) {
    const i = out.rowNumber - firstRow;
    for (const key in out.writes) {
      const col = columns.get(key as K);
      if (col === undefined) continue;
      b.changed.add(col);
      if (col < b.c1) b.c1 = col;
      if (col > b.c2) b.c2 = col;
      if (i < b.r1) b.r1 = i;
      if (i > b.r2) b.r2 = i;
    }
  }
  return b.c2 < 0 ? null : b;
}

/** A cell's formula as read (block-relative), when the caller read them: written back as it is, never its result. */
type Formulas = { readonly grid: readonly (readonly string[])[]; readonly r1: number; readonly c1: number };

/**
 * Writes `lines` back over the bounds, ONE setValues per run of the columns `cols` (columns outside it split runs and
 * are never written). `range` is the bounds' range when the caller already holds it (a single run over the whole
 * bounds then needs no other); `formulas`, when read, go back in place of their results.
 */
function writeRuns<K extends string>(sheet: Sheet, firstRow: number, lines: unknown[][], columns: ReadonlyMap<K, number>, b: Bounds, plainText: ReadonlySet<string>, cols: ReadonlySet<number>, range?: GoogleAppsScript.Spreadsheet.Range, formulas?: Formulas): void {
  // Columns formatted as plain text ("@", the ID columns) take any text as it is, an apostrophe included.
  const literal = new Set([...columns].filter(([k]) => plainText.has(k)).map(([, c]) => c));
  for (const [from, to] of runsOf(cols, b.c1, b.c2)) {
    const asWritten = Array.from({ length: to - from + 1 }, (_, j) => !literal.has(from + j));
    const block: unknown[][] = new Array<unknown[]>(b.r2 - b.r1 + 1);
    for (let i = b.r1; i <= b.r2; i++) {
      const line = lines[i];
      const out = new Array<unknown>(to - from + 1);
      for (let j = 0; j < out.length; j++) out[j] = asWritten[j] ? asWrittenText(line[from + j] as CellValue) : line[from + j];
      const f = formulas?.grid[i - formulas.r1];
      if (f) for (let j = 0; j < out.length; j++) if (f[from + j - formulas!.c1]) out[j] = f[from + j - formulas!.c1];
      block[i - b.r1] = out;
    }
    const whole = range && from === b.c1 && to === b.c2;
    (whole ? range : sheet.getRange(firstRow + b.r1, from + 1, b.r2 - b.r1 + 1, to - from + 1)).setValues(block);
  }
}

/** Puts each outcome's writes into its line (rows in `skip`, 0-based in `lines`, keep theirs). */
function putWrites<K extends string>(firstRow: number, lines: unknown[][], columns: ReadonlyMap<K, number>, outcomes: readonly RowWrites<K>[], skip?: ReadonlySet<number>): void {
  for (const out of outcomes) {
    const i = out.rowNumber - firstRow;
    if (skip?.has(i)) continue;
    const writes = out.writes as Partial<Record<K, CellValue>>;
    for (const key in writes) {
      const col = columns.get(key);
      if (col !== undefined) lines[i][col] = writes[key];
    }
  }
}

/**
 * Puts the changed cells into `lines` (rows read from `firstRow`, full width) and writes them back over the rows from
 * the first to the last changed one, one setValues per run of changed columns: a column nothing changes in (a column a
 * person added, or one of the tab's own that keeps its values) splits the run and is not written, so the formulas
 * people keep there stay formulas (setValues would put their results in their place); the runs cost calls, not round
 * trips (the writes travel together). Other cells of a run (rows in between whose cell in a changed column stays) get
 * back what was read a moment ago, and their formulas, read first (one more call, only when there are such cells).
 * Every text goes in as text (a leading
 * apostrophe where the sheet would otherwise read it as a formula, number, date or boolean): a text cell read back as
 * "007" or "=SUM(A1)" must not come back as 7 or a formula (https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue:
 * strings are read like typed input). Returns false when nothing changed (no call at all).
 */
export function writeChanged<K extends string>(
  sheet: Sheet,
  firstRow: number,
  lines: unknown[][],
  columns: ReadonlyMap<K, number>,
  outcomes: readonly RowWrites<K>[],
  plainText: ReadonlySet<string> = new Set(),
): boolean {
  const b = boundsOf(firstRow, columns, outcomes);
  if (!b) return false;
  putWrites(firstRow, lines, columns, outcomes);
  if (writtenCells(firstRow, columns, outcomes) === (b.r2 - b.r1 + 1) * b.changed.size) {
    writeRuns(sheet, firstRow, lines, columns, b, plainText, b.changed);
    return true;
  }
  // Some rows in between keep their cell in a column that changes above and below them: their formulas are read
  // (1 call) and go back as formulas, not as the results read a moment ago.
  const range = sheet.getRange(firstRow + b.r1, b.c1 + 1, b.r2 - b.r1 + 1, b.c2 - b.c1 + 1);
  const grid = range.getFormulas();
  clearWritten(grid, firstRow, columns, outcomes, b);
  writeRuns(sheet, firstRow, lines, columns, b, plainText, b.changed, range, { grid, r1: b.r1, c1: b.c1 });
  return true;
}

/** How many cells the outcomes write in columns the tab has. */
function writtenCells<K extends string>(firstRow: number, columns: ReadonlyMap<K, number>, outcomes: readonly RowWrites<K>[]): number {
  let n = 0;
  for (const out of outcomes) for (const key in out.writes) if (columns.has(key as K)) n++;
  return n;
}

/** Blanks the formulas (block-relative grid) of the cells the outcomes write: those get their new values (rows in `skip` keep theirs). */
function clearWritten<K extends string>(grid: string[][], firstRow: number, columns: ReadonlyMap<K, number>, outcomes: readonly RowWrites<K>[], b: Bounds, skip?: ReadonlySet<number>): void {
  for (const out of outcomes) {
    const i = out.rowNumber - firstRow;
    if (skip?.has(i)) continue;
    for (const key in out.writes) {
      const col = columns.get(key as K);
      if (col !== undefined) grid[i - b.r1][col - b.c1] = '';
    }
  }
}

const sameCell = (a: unknown, b: unknown): boolean =>
  (a instanceof Date && b instanceof Date && a.getTime() === b.getTime()) || (Number.isNaN(a) && Number.isNaN(b));

/** Whether `fresh` (the block's row, from column c1) still holds what `line` held in the columns `own`. */
function unchanged(line: readonly unknown[], fresh: readonly unknown[], own: readonly number[], c1: number): boolean {
  for (let k = 0; k < own.length; k++) {
    const a = line[own[k]];
    const b = fresh[own[k] - c1];
    if (a !== b && !sameCell(a, b)) return false;
  }
  return true;
}

/**
 * A long pass (Check all rows) read its rows seconds ago, and people keep typing meanwhile: the platform does not
 * hold their edits back for our lock. So the written block is read again just before the write, values and formulas
 * (2 calls; its range then serves the write), and every row where a cell of the tab's own columns no longer holds what
 * was read is left exactly as it is now: its onEdit, waiting for the lock, checks it next. The block is written as one
 * run per stretch of the tab's own columns (a pass over every row changes cells in many columns: runs split at the
 * unchanged ones would cost calls), so the formulas read go back in place of their results, and a person's
 * =TODAY()+3 stays a formula. Returns the rows left alone (sheet numbers) and the write (the caller saves what must be
 * saved before any row is written, then writes), or null when nothing changed.
 */
export function prepareGuardedWrite<K extends string>(
  sheet: Sheet,
  firstRow: number,
  lines: unknown[][],
  columns: ReadonlyMap<K, number>,
  outcomes: readonly RowWrites<K>[],
  plainText: ReadonlySet<string> = new Set(),
): { changedMeanwhile: ReadonlySet<number>; write: () => void } | null {
  const b = boundsOf(firstRow, columns, outcomes);
  if (!b) return null;
  const range = sheet.getRange(firstRow + b.r1, b.c1 + 1, b.r2 - b.r1 + 1, b.c2 - b.c1 + 1);
  const now = range.getValues();
  const formulas = range.getFormulas();
  const own = [...new Set(columns.values())].filter((c) => c >= b.c1 && c <= b.c2);
  const skip = new Set<number>();
  const changedMeanwhile = new Set<number>();
  for (let i = b.r1; i <= b.r2; i++) {
    const line = lines[i];
    const fresh = now[i - b.r1];
    if (unchanged(line, fresh, own, b.c1)) continue;
    skip.add(i);
    changedMeanwhile.add(firstRow + i);
    for (const c of own) line[c] = fresh[c - b.c1];
  }
  putWrites(firstRow, lines, columns, outcomes, skip);
  // A cell this pass changes gets its new value; every other formula goes back as it is.
  clearWritten(formulas, firstRow, columns, outcomes, b, skip);
  const ownColumns = new Set(columns.values());
  return { changedMeanwhile, write: () => writeRuns(sheet, firstRow, lines, columns, b, plainText, ownColumns, range, { grid: formulas, r1: b.r1, c1: b.c1 }) };
}

/** The runs of consecutive columns of `cols` between c1 and c2 (0-based, inclusive). */
function runsOf(cols: ReadonlySet<number>, c1: number, c2: number): [number, number][] {
  return consecutiveRuns([...cols].filter((c) => c >= c1 && c <= c2).sort((a, b) => a - b));
}
