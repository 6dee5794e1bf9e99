// Rows of a tab keyed by field, and the one write that puts a batch's changed cells back.
import type { CellValue } from '../../core/field-types/index.js';
import { asWrittenText } from '../../core/field-types/text.js';

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

/**
 * Puts the changed cells into `lines` (rows read from `firstRow`, full width) and writes them back over the rows from
 * the first to the last changed one, ONE setValues per run of the tab's own columns between the first and the last
 * changed column: a column a person added (no field of the tab) splits the run and is never written, so its
 * formulas stay formulas. Cells in a run get back what was read a moment ago. Every text goes in as text (a leading
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
  let c1 = Infinity;
  let c2 = -1;
  let r1 = Infinity;
  let r2 = -1;
  for (const out of outcomes) {
    const writes = out.writes as Partial<Record<K, CellValue>>;
    const i = out.rowNumber - firstRow;
    for (const key in writes) {
      const col = columns.get(key);
      if (col === undefined) continue;
      lines[i][col] = writes[key];
      if (col < c1) c1 = col;
      if (col > c2) c2 = col;
      if (i < r1) r1 = i;
      if (i > r2) r2 = i;
    }
  }
  if (c2 < 0) return false;
  const own = new Set(columns.values());
  // Columns formatted as plain text ("@", the ID columns) take any text as it is, an apostrophe included.
  const literal = new Set([...columns].filter(([k]) => plainText.has(k)).map(([, c]) => c));
  for (const [from, to] of runsOf(own, c1, c2)) {
    const asWritten = Array.from({ length: to - from + 1 }, (_, j) => !literal.has(from + j));
    const block: unknown[][] = new Array<unknown[]>(r2 - r1 + 1);
    for (let i = r1; i <= r2; i++) {
      const line = lines[i];
      const out = new Array<unknown>(to - from + 1);
      for (let j = 0; j < out.length; j++) out[j] = asWritten[j] ? asWrittenText(line[from + j] as CellValue) : line[from + j];
      block[i - r1] = out;
    }
    sheet.getRange(firstRow + r1, from + 1, r2 - r1 + 1, to - from + 1).setValues(block);
  }
  return true;
}

/** The runs of consecutive columns in `own` between c1 and c2 (0-based, inclusive). */
function runsOf(own: ReadonlySet<number>, c1: number, c2: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let c = c1; c <= c2; c++) {
    if (!own.has(c)) continue;
    const last = runs.at(-1);
    if (last && last[1] === c - 1) last[1] = c;
    else runs.push([c, c]);
  }
  return runs;
}
