// Batched reads and writes on one sheet for Set up / repair: header rows, column runs of formats and rules, notes.
import type { ColumnRun } from '../core/setup/column-format.js';
import type { HeaderWrite } from '../core/setup/header-plan.js';
import type { CellValue } from '../core/field-types/index.js';
import { asWrittenText } from '../core/field-types/text.js';
import { columnLetter } from '../core/names.js';
import { consecutiveRuns } from '../core/table.js';
import { ruleKeyOf } from './sheet-rules.adapter.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

export const HEADER_BACKGROUND = '#e8eaed';
export const DERIVED_HEADER_BACKGROUND = '#f1f3f4';
export const MUTED_FONT = '#5f6368';

/**
 * Rows 1 and 2 in one range (3 calls, 4 with formats): the header over the sheet's full width, and the input rules
 * (and number formats) of the first data row.
 */
export function readTop(sheet: Sheet, withFormats = false): { header: unknown[]; rules: (string | null)[]; formats: string[] | null } {
  let range: GoogleAppsScript.Spreadsheet.Range;
  try {
    range = sheet.getRange('1:2');
  } catch {
    // A tab cut down to its header row has no row 2: its header over the full width.
    return { header: sheet.getRange('1:1').getValues()[0] ?? [], rules: [], formats: null };
  }
  const values = range.getValues();
  const rules = range.getDataValidations();
  const formats = withFormats ? (range.getNumberFormats()[1] ?? null) : null;
  return { header: values[0] ?? [], rules: (rules[1] ?? []).map(ruleKeyOf), formats };
}

/**
 * Row 1 up to the sheet's last column with content, in one call
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetValues(Integer,Integer,Integer,Integer)).
 */
export function readHeader(sheet: Sheet): unknown[] {
  return sheet.getSheetValues(1, 1, 1, -1)[0] ?? [];
}

/** Everything from A1 to the last row and column with content (1 call), with the rules of row 2 (3 calls). */
export function readTable(sheet: Sheet, withRules: boolean): { values: unknown[][]; rules: (string | null)[] } {
  if (!withRules) return { values: sheet.getSheetValues(1, 1, -1, -1), rules: [] };
  const range = sheet.getDataRange();
  const values = range.getValues();
  const rules = values.length > 1 ? range.getDataValidations()[1].map(ruleKeyOf) : [];
  return { values, rules };
}

/** Makes sure the sheet has at least `columns` columns (new ones are added at the right). */
export function ensureColumns(sheet: Sheet, have: number, columns: number): void {
  if (columns > have) sheet.insertColumnsAfter(have, columns - have);
}

/** Writes header cells, one call per run of adjacent cells, in bold on the header colour. */
export function writeHeaders(sheet: Sheet, writes: readonly HeaderWrite[], derived: ReadonlySet<number>): void {
  const runs: HeaderWrite[][] = [];
  for (const w of [...writes].sort((a, b) => a.col - b.col)) {
    const last = runs.at(-1);
    if (last && last.at(-1)!.col === w.col - 1) last.push(w);
    else runs.push([w]);
  }
  for (const run of runs) {
    const range = sheet.getRange(1, run[0].col + 1, 1, run.length);
    range.setValues([run.map((w) => w.text)]);
    range.setFontWeight('bold');
    range.setBackgrounds([run.map((w) => (derived.has(w.col) ? DERIVED_HEADER_BACKGROUND : HEADER_BACKGROUND))]);
  }
}

/** A1 of the columns c1..c2 (0-based) over rows `fromRow`..`toRow` (1-based). */
function blockA1(c1: number, c2: number, fromRow: number, toRow: number): string {
  return `${columnLetter(c1)}${fromRow}:${columnLetter(c2)}${toRow}`;
}

/**
 * Range handles for A1 notations of one sheet: one call for a single range, two for any number
 * (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String)).
 */
export function rangesOf(sheet: Sheet, a1s: readonly string[]): GoogleAppsScript.Spreadsheet.Range[] {
  if (a1s.length === 0) return [];
  return a1s.length === 1 ? [sheet.getRange(a1s[0])] : sheet.getRangeList([...a1s]).getRanges();
}

/** Number formats for data rows `fromRow`..`toRow` (1-based): one range list per format, so 2 calls per distinct format. */
export function applyNumberFormats(sheet: Sheet, runs: readonly ColumnRun<string>[], fromRow: number, toRow: number): void {
  if (toRow < fromRow) return;
  const byFormat = new Map<string, string[]>();
  for (const r of runs) {
    const a1s = byFormat.get(r.value) ?? [];
    a1s.push(blockA1(r.c1, r.c2, fromRow, toRow));
    byFormat.set(r.value, a1s);
  }
  for (const [format, a1s] of byFormat) sheet.getRangeList(a1s).setNumberFormat(format);
}

/** One input rule per run of columns over the data rows (the ranges come in one range list). */
export function applyRules(sheet: Sheet, runs: readonly { c1: number; c2: number; rule: Rule }[], fromRow: number, toRow: number): void {
  if (toRow < fromRow) return;
  const ranges = rangesOf(sheet, runs.map((r) => blockA1(r.c1, r.c2, fromRow, toRow)));
  runs.forEach((r, i) => ranges[i].setDataValidation(r.rule));
}

/** The muted font of the columns OpsMind writes (rows `fromRow` to `toRow`), in one range list. */
export function muteColumns(sheet: Sheet, runs: readonly ColumnRun<true>[], fromRow: number, toRow: number): void {
  if (toRow < fromRow || runs.length === 0) return;
  sheet.getRangeList(runs.map((r) => blockA1(r.c1, r.c2, fromRow, toRow))).setFontColor(MUTED_FONT);
}

export function applyWidths(sheet: Sheet, runs: readonly ColumnRun<number>[]): void {
  for (const r of runs) sheet.setColumnWidths(r.c1 + 1, r.c2 - r.c1 + 1, r.value);
}

/**
 * One value into column `col` (0-based) of the rows `rows` (1-based, ascending), written as text where the sheet would
 * read a formula: one range list of the runs of consecutive rows, 2 calls for any number of rows.
 */
export function setValueInRows(sheet: Sheet, col: number, rows: readonly number[], value: CellValue): void {
  if (rows.length === 0) return;
  sheet.getRangeList(consecutiveRuns(rows).map(([r1, r2]) => blockA1(col, col, r1, r2))).setValue(asWrittenText(value));
}

/** Writes rows of values at `row` (1-based), column 1 on. */
export function writeRows(sheet: Sheet, row: number, rows: readonly (readonly unknown[])[]): void {
  if (rows.length === 0) return;
  sheet.getRange(row, 1, rows.length, rows[0].length).setValues(rows.map((r) => [...r]));
}
