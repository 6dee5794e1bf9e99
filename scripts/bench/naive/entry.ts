// The naive twin's entry (bench only): the same Leads rules as src/entry.ts's onEdit and checkAllRows, accessed cell by cell.
import { documentProperties } from '../../../src/adapters/properties.adapter.js';
import { decodeRecord } from '../../../src/core/setup/record.js';
import { naiveCheckAll, naiveLeadsEdit } from './leads.js';

// The emulator reports any run past its time limit as timed out, whatever it did; this line (a local call, not
// metered) is the bench's proof that the run went to the end.
const DONE = 'OpsMind naive: done';

/** Simple trigger: a Leads edit (the bench edits no other tab); the setup record finds the tab by id, as ours does. */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e || !e.range || String(e.authMode) === 'NONE') return;
  const sheet = e.range.getSheet();
  const record = decodeRecord(documentProperties().getProperties());
  if (!record || record.tabs.leads?.id !== sheet.getSheetId()) return;
  naiveLeadsEdit(e, e.source, sheet, record);
  console.log(DONE);
}

/** Menu: Check all rows, Leads only. */
export function checkAllRows(): void {
  const record = decodeRecord(documentProperties().getProperties());
  if (!record) return;
  naiveCheckAll(SpreadsheetApp.getActive(), record);
  console.log(DONE);
}
