// A structure change (rows of the Stages tab deleted, inserted or moved) fires no onEdit: the installable change trigger
// that Turn on automations adds compares the Stages tab with the Leads edits' copy and rebuilds what follows it.
import { documentProperties } from '../adapters/properties.adapter.js';
import { Tabs } from '../adapters/tabs.adapter.js';
import { decodeRecord } from '../core/setup/record.js';
import { trimTable } from '../core/table.js';
import { storedStages } from './hygiene/snapshot.js';
import { handleStagesChange } from './stages-edit.js';

/** The change trigger's handler name (ScriptApp.newTrigger takes the name of a function in entry.ts). */
export const CHANGE_HANDLER = 'onSheetChange';

// Cell edits are onEdit's; these change the shape of a tab (https://developers.google.com/apps-script/guides/triggers/events#change).
const STRUCTURE = new Set(['INSERT_ROW', 'REMOVE_ROW', 'INSERT_GRID', 'REMOVE_GRID', 'OTHER']);

/**
 * Reads the record and the Stages tab (3 calls) after a structure change anywhere; when the tab no longer says what the
 * copy says (a stage row deleted, added or moved), the dropdown, the flags and the copy are rebuilt as after a cell edit.
 * Without a stored copy (a pipeline too big to keep) there is nothing to compare with, and nothing is done.
 */
export function handleStructureChange(e: GoogleAppsScript.Events.SheetsOnChange | undefined): boolean {
  if (!e || !STRUCTURE.has(String(e.changeType))) return false;
  const ss = SpreadsheetApp.getActive();
  const stored = documentProperties().getProperties();
  const record = decodeRecord(stored);
  const kept = storedStages(stored);
  if (!record || !kept) return false;
  const sheet = new Tabs(ss, record).sheet('stages');
  if (!sheet) return false;
  // The same block getDataRange covers (A1 to the last row and column with content): handed on, not read again.
  const values = sheet.getSheetValues(1, 1, -1, -1);
  if (JSON.stringify(trimTable(values)) === JSON.stringify(trimTable(kept))) return false;
  handleStagesChange(ss, sheet, record, values, stored);
  return true;
}
