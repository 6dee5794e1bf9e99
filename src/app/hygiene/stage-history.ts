// Appends Stage History rows in one write, columns placed as Set up recorded them (the tab is OpsMind's and protected).
import { stageHistorySheet } from '../../../sheets-schema/index.js';
import { historyRow, type StageHistoryEntry } from '../../core/hygiene/index.js';
import type { SetupRecord } from '../../core/setup/record.js';
import type { Lang } from '../../../sheets-schema/types.js';

const defaultColumns: readonly string[] = stageHistorySheet.fields.map((f) => f.key);

/** One setValues below the last row (1 round trip); nothing when there is nothing to record. */
export function appendHistory(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, record: SetupRecord, entries: readonly StageHistoryEntry[], lang: Lang): void {
  if (entries.length === 0) return;
  const tab = record.tabs.stageHistory;
  const sheet = tab ? ss.getSheetById(tab.id) : null;
  if (!sheet) return;
  const columns = tab && tab.columns.length > 0 ? tab.columns : defaultColumns;
  const rows = entries.map((entry) => {
    const byKey: Record<string, unknown> = historyRow(entry, lang);
    return columns.map((k) => (k === '' ? '' : (byKey[k] ?? '')));
  });
  sheet.getRange(sheet.getLastRow() + 1, 1, rows.length, columns.length).setValues(rows);
}
