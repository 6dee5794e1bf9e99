// A person typed, pasted or filled cells on Leads: the edited rows are validated as one batch and written back at once.
import { leadsSheet } from '../../../sheets-schema/index.js';
import { readHeader } from '../../adapters/sheet.adapter.js';
import { waitDocumentLock } from '../../adapters/lock.adapter.js';
import { validateRows, type BatchResult, type RowOutcome, type RowInput } from '../../core/hygiene/index.js';
import { derivedLeadKeys } from '../../core/hygiene/read-row.js';
import { resolveHeaders } from '../../core/headers.js';
import type { SetupRecord } from '../../core/setup/record.js';
import { AcceptedStore, COUNTER_KEY } from './accepted-store.js';
import { keyedRows, writeChanged } from './rows.js';
import { plainTextKeys } from '../../core/field-types/text.js';
import { storedCounter } from './context.js';
import { editedRows, headersUsable, lazyColumn, LOCK_WAIT_MS, startEdit, tell } from './edit-start.js';
import { prepareHistory } from './stage-history.js';
import { withOurNote } from '../../core/notes.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;


/** What to tell the person about a row: a rejected stage, and a value typed into a derived column only when the edit covered it. */
export function noticesOf(r: RowOutcome, typedDerived: boolean): string[] {
  const rejected = r.transition && !r.transition.accepted && r.transition.note ? r.transition.note : null;
  const other = typedDerived ? r.notices.filter((n) => n !== rejected) : [];
  return rejected ? [rejected, ...other] : other;
}

/**
 * Rejection notes on the Stage cells: set on rejected rows, cleared once the lead's stage is accepted. The cells' notes
 * are read now (one call, only when a row needs its note changed), so a note a person wrote on a Stage cell stays, with
 * OpsMind's part below it; the returned write runs after the edit's other writes (null: nothing to write). Rows in
 * `leave` (sheet row numbers) keep their note as it is.
 */
export function prepareNotes(sheet: Sheet, firstRow: number, stageCol: number, batch: BatchResult, store: AcceptedStore, notices: ReadonlyMap<number, string[]>, leave: ReadonlySet<number> = new Set()): (() => void) | null {
  const touched = batch.rows.filter((r) => !r.skipped && !leave.has(r.rowNumber) && ((notices.get(r.rowNumber) ?? []).length > 0 || (store.hasNote(r.leadId) && r.transition?.accepted)));
  if (touched.length === 0) return null;
  const range = sheet.getRange(firstRow, stageCol + 1, batch.rows.length, 1);
  const current = range.getNotes();
  const notes = current.map(([note]) => [note]);
  for (const r of touched) {
    const messages = notices.get(r.rowNumber) ?? [];
    notes[r.rowNumber - firstRow][0] = withOurNote(current[r.rowNumber - firstRow][0], messages);
    store.setNoted(r.leadId, messages.length > 0);
  }
  return notes.some(([note], i) => note !== current[i][0]) ? () => range.setNotes(notes) : null;
}

/**
 * The Leads onEdit: the header and the edited rows are read (2 round trips), and the Stage notes when a rejection sets or
 * clears one (1); then every write goes out in one run (1): the rows, the notes, the Stage History rows.
 */
export function handleLeadsEdit(e: GoogleAppsScript.Events.SheetsOnEdit, ss: Spreadsheet, sheet: Sheet, record: SetupRecord): void {
  const edited = e.range;
  const block = editedRows(edited);
  if (!block) return;
  const header = readHeader(sheet);
  const res = resolveHeaders(leadsSheet, header, record.tabs.leads?.columns);
  const idCol = res.columns.get('leadId');
  const stageCol = res.columns.get('stage');
  if (!headersUsable(ss, sheet, leadsSheet, res, ['leadId', 'stage'], record) || idCol === undefined || stageCol === undefined) return;
  // IDs and the memory are shared with other executions (a second person typing): one at a time.
  const lock = waitDocumentLock(LOCK_WAIT_MS);
  try {
    const { props, stored, hygiene, ctx, lines } = startEdit(ss, record, sheet, block, header.length);
    const rows: RowInput[] = keyedRows(lines, block.top, res.columns);
    const single = edited.getNumRows() === 1 && edited.getNumColumns() === 1;
    if (single && edited.getColumn() - 1 === stageCol && e.oldValue !== undefined) rows[0] = { ...rows[0], previousStage: e.oldValue };
    const store = new AcceptedStore(stored);
    const counter = storedCounter(stored, COUNTER_KEY);
    const batch = validateRows(rows, {
      lastAccepted: store.view(),
      // With the counter stored, the counter and the batch's own IDs are enough; the first time, the ID column is read.
      existingIds: counter === null ? lazyColumn(sheet, idCol) : [],
      idCounter: counter ?? 0,
    }, ctx);
    const c1 = edited.getColumn() - 1;
    const c2 = c1 + edited.getNumColumns() - 1;
    const typedDerived = [...derivedLeadKeys].some((k) => {
      const col = res.columns.get(k);
      return col !== undefined && col >= c1 && col <= c2;
    });
    const notices = new Map(batch.rows.map((r) => [r.rowNumber, noticesOf(r, typedDerived)] as const));
    // Every question to the sheet first (notes, where Stage History ends), so the writes below travel together.
    const writeNotes = prepareNotes(sheet, block.top, stageCol, batch, store, notices);
    const appendHistory = prepareHistory(ss, record, batch.history, hygiene.lang);
    // The ID counter and stage memory are saved before the rows are written: an ID on the sheet is never issued again.
    for (const [id, stage] of batch.lastAcceptedChanges) store.set(id, stage);
    const changes = store.changes();
    if (counter === null || batch.idCounter !== counter) changes[COUNTER_KEY] = String(batch.idCounter);
    if (Object.keys(changes).length > 0) props.setProperties(changes);
    writeChanged(sheet, block.top, lines, res.columns, batch.rows, plainTextKeys(leadsSheet));
    writeNotes?.();
    appendHistory?.();
    tell(ss, [...notices.values()].flat());
  } finally {
    lock.releaseLock();
  }
}
