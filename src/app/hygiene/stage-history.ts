// Appends Stage History rows in one write, columns placed as Set up recorded them (the tab is OpsMind's and protected).
import { stageHistorySheet } from '../../../sheets-schema/index.js';
import { historyRow, type StageHistoryEntry } from '../../core/hygiene/index.js';
import type { SetupRecord } from '../../core/setup/record.js';
import type { Lang } from '../../../sheets-schema/types.js';
import { Tabs } from '../../adapters/tabs.adapter.js';

const defaultColumns: readonly string[] = stageHistorySheet.fields.map((f) => f.key);

/**
 * Finds where Stage History ends (a question to the sheet) and returns the append, one setValues below the last row, to
 * run after the edit's other writes: with nothing asked in between, Apps Script's write cache sends them together. When
 * the grid is full, Tabs.write adds rows first instead of failing. Null when there is nothing to record.
 */
export function prepareHistory(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, record: SetupRecord, entries: readonly StageHistoryEntry[], lang: Lang): (() => void) | null {
  if (entries.length === 0) return null;
  const tab = record.tabs.stageHistory;
  const columns = tab && tab.columns.length > 0 ? tab.columns : defaultColumns;
  const rows = entries.map((entry) => {
    const byKey: Record<string, unknown> = historyRow(entry, lang);
    return columns.map((k) => (k === '' ? '' : ((byKey[k] as string | number | boolean | Date | undefined) ?? '')));
  });
  const tabs = new Tabs(ss, record);
  const last = tabs.lastRow('stageHistory');
  return () => tabs.write('stageHistory', last + 1, last, rows);
}

/** Appends Stage History rows at once. */
export function appendHistory(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, record: SetupRecord, entries: readonly StageHistoryEntry[], lang: Lang): void {
  prepareHistory(ss, record, entries, lang)?.();
}
