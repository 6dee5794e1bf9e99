// Projects, Tasks, Incidents, QA Reviews and Risks as people type: IDs, typed values, Risk Score, Done At, notes on bad values.
import { tabByKey } from '../../../sheets-schema/index.js';
import type { TabDef } from '../../../sheets-schema/types.js';
import { readHeader } from '../../adapters/sheet.adapter.js';
import { waitDocumentLock } from '../../adapters/lock.adapter.js';
import { deriveTabRows, type OtherTab, type TabRowOutcome } from '../../core/hygiene/index.js';
import { resolveHeaders } from '../../core/headers.js';
import type { SetupRecord } from '../../core/setup/record.js';
import { cellNotesOf, prepareCellNotes, type CellNote } from './cell-notes.js';
import { counterKey, storedCounter } from './context.js';
import { editedRows, headersUsable, lazyColumn, LOCK_WAIT_MS, startEdit, tell } from './edit-start.js';
import { keyedRows, writeChanged } from './rows.js';
import { plainTextKeys } from '../../core/field-types/text.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Notes for values that could not be read, placed on their cells. */
export function notesOf<K extends OtherTab>(outcomes: readonly TabRowOutcome<K>[], columns: ReadonlyMap<string, number>): CellNote[] {
  return cellNotesOf(outcomes.flatMap((o) => o.cellProblems.map((p) => ({ rowNumber: o.rowNumber, ...p }))), columns);
}

/**
 * The onEdit of one of the other tabs: header (1 round trip), edited rows (1), the notes of the edited block (1), then
 * one run of writes (1 when something changes): the rows and the notes. The ID counter lives in document properties.
 */
export function tabEditHandler(tab: Exclude<OtherTab, 'touchpoints'>) {
  return (e: GoogleAppsScript.Events.SheetsOnEdit, ss: Spreadsheet, sheet: Sheet, record: SetupRecord): void => {
    const block = editedRows(e.range);
    if (!block) return;
    const def: TabDef = tabByKey(tab);
    const header = readHeader(sheet);
    const res = resolveHeaders(def, header, record.tabs[tab]?.columns);
    const idKey = def.fields.find((f) => f.type === 'id' && f.derived)!.key;
    const idCol = res.columns.get(idKey);
    if (!headersUsable(ss, sheet, def, res, [idKey], record) || idCol === undefined) return;
    const lock = waitDocumentLock(LOCK_WAIT_MS);
    try {
      const { props, stored, ctx, lines } = startEdit(ss, record, sheet, block, header.length);
      const key = counterKey(tab);
      const counter = storedCounter(stored, key);
      const result = deriveTabRows(tab, keyedRows(lines, block.top, res.columns), { existingIds: counter === null ? lazyColumn(sheet, idCol) : [], idCounter: counter ?? 0 }, ctx);
      const c1 = e.range.getColumn() - 1;
      // Asked before anything is written, so the writes travel together; the counter is saved before an ID is written.
      const writeNotes = prepareCellNotes(sheet, block.top, lines.length, c1, c1 + e.range.getNumColumns() - 1, notesOf(result.rows, res.columns));
      if (counter === null || result.idCounter !== counter) props.setProperty(key, String(result.idCounter));
      writeChanged<string>(sheet, block.top, lines, res.columns, result.rows, plainTextKeys(def));
      writeNotes?.();
      tell(ss, result.rows.flatMap((r) => r.problems));
    } finally {
      lock.releaseLock();
    }
  };
}
