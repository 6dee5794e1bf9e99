// Cell-by-cell sheet access, the way a naive script does it: a getRange and a getValue per cell read, a setValue per cell written.
import { stageHistorySheet } from '../../../sheets-schema/index.js';
import { historyRow, type StageHistoryEntry } from '../../../src/core/hygiene/index.js';
import type { SetupRecord } from '../../../src/core/setup/record.js';
import type { RowWrites } from '../../../src/app/hygiene/rows.js';
import type { Lang } from '../../../sheets-schema/types.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Columns 1..width of one row (1-based): two calls per cell. */
export function readRowCells(sheet: Sheet, row: number, width: number): unknown[] {
  const line: unknown[] = [];
  for (let c = 1; c <= width; c++) line.push(sheet.getRange(row, c).getValue());
  return line;
}

/** Rows first..last, each read cell by cell. */
export function readRowsCells(sheet: Sheet, first: number, last: number, width: number): unknown[][] {
  const lines: unknown[][] = [];
  for (let r = first; r <= last; r++) lines.push(readRowCells(sheet, r, width));
  return lines;
}

/** A whole tab from A1 to its last row and column with content, cell by cell. */
export function readTabCells(sheet: Sheet | null): unknown[][] {
  if (!sheet) return [[]];
  return readRowsCells(sheet, 1, sheet.getLastRow(), sheet.getLastColumn());
}

/** Every changed cell written on its own; formula-like text goes in as text, as our one-block write does. */
export function writeCells<K extends string>(sheet: Sheet, columns: ReadonlyMap<K, number>, outcomes: readonly RowWrites<K>[]): number {
  let n = 0;
  for (const out of outcomes) {
    const text = new Set<string>(out.textCells);
    for (const [key, value] of Object.entries(out.writes) as [K, unknown][]) {
      const col = columns.get(key);
      if (col === undefined) continue;
      sheet.getRange(out.rowNumber, col + 1).setValue(text.has(key) && typeof value === 'string' ? `'${value}` : value);
      n++;
    }
  }
  return n;
}

/** One appendRow per Stage History entry, columns placed as Set up recorded them (as our one-block append does). */
export function appendHistoryRows(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, record: SetupRecord, entries: readonly StageHistoryEntry[], lang: Lang): void {
  if (entries.length === 0) return;
  const tab = record.tabs.stageHistory;
  const sheet = tab ? ss.getSheetById(tab.id) : null;
  if (!sheet) return;
  const columns: readonly string[] = tab && tab.columns.length > 0 ? tab.columns : stageHistorySheet.fields.map((f) => f.key);
  for (const entry of entries) {
    const byKey: Record<string, unknown> = historyRow(entry, lang);
    sheet.appendRow(columns.map((k) => (k === '' ? '' : (byKey[k] ?? ''))));
  }
}
