// A person typed, pasted or filled cells on Leads: the edited rows are validated as one batch and written back at once.
import { leadsSheet } from '../../../sheets-schema/index.js';
import { documentProperties } from '../../adapters/properties.adapter.js';
import { readHeader } from '../../adapters/sheet.adapter.js';
import { toast } from '../../adapters/ui.adapter.js';
import { waitDocumentLock } from '../../adapters/lock.adapter.js';
import { validateRows, type BatchResult, type RowOutcome, type RowInput } from '../../core/hygiene/index.js';
import { derivedLeadKeys } from '../../core/hygiene/read-row.js';
import { resolveHeaders } from '../../core/headers.js';
import type { SetupRecord } from '../../core/setup/record.js';
import { AcceptedStore, COUNTER_KEY } from './accepted-store.js';
import { keyedRows, writeChanged } from './rows.js';
import { plainTextKeys } from '../../core/field-types/text.js';
import { hygieneOf } from './snapshot.js';
import { editor, hygieneContext } from './context.js';
import { appendHistory } from './stage-history.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// A simple onEdit may run 30 s (https://developers.google.com/apps-script/guides/triggers#restrictions); the lock wait stays well inside.
const LOCK_WAIT_MS = 10_000;

/** What to tell the person about a row: a rejected stage, and a value typed into a derived column only when the edit covered it. */
export function noticesOf(r: RowOutcome, typedDerived: boolean): string[] {
  const rejected = r.transition && !r.transition.accepted && r.transition.note ? r.transition.note : null;
  const other = typedDerived ? r.notices.filter((n) => n !== rejected) : [];
  return rejected ? [rejected, ...other] : other;
}

/** Rejection notes on the Stage cells: set on rejected rows, cleared once the lead's stage is accepted. */
export function writeNotes(sheet: Sheet, firstRow: number, stageCol: number, batch: BatchResult, store: AcceptedStore, notices: ReadonlyMap<number, string[]>): void {
  const touched = batch.rows.filter((r) => !r.skipped && ((notices.get(r.rowNumber) ?? []).length > 0 || (store.hasNote(r.leadId) && r.transition?.accepted)));
  if (touched.length === 0) return;
  const range = sheet.getRange(firstRow, stageCol + 1, batch.rows.length, 1);
  // One row: its note is known; more rows: keep the notes of the rows this batch leaves alone.
  const notes = batch.rows.length === 1 ? [['']] : range.getNotes();
  for (const r of touched) {
    const note = (notices.get(r.rowNumber) ?? []).join('\n');
    notes[r.rowNumber - firstRow][0] = note;
    store.setNoted(r.leadId, note !== '');
  }
  range.setNotes(notes);
}

/** The Leads onEdit: header (1 round trip), edited rows (1), one write (1), Stage History (1 when a stage changed). */
export function handleLeadsEdit(e: GoogleAppsScript.Events.SheetsOnEdit, ss: Spreadsheet, sheet: Sheet, record: SetupRecord): void {
  const edited = e.range;
  const top = Math.max(2, edited.getRow());
  const bottom = edited.getRow() + edited.getNumRows() - 1;
  if (bottom < top) return;
  const header = readHeader(sheet);
  const res = resolveHeaders(leadsSheet, header);
  const stageCol = res.columns.get('stage');
  if (res.columns.get('leadId') === undefined || stageCol === undefined) return;
  // IDs and the memory are shared with other executions (a second person typing): one at a time.
  const lock = waitDocumentLock(LOCK_WAIT_MS);
  try {
    const props = documentProperties();
    const stored = props.getProperties();
    const hygiene = hygieneOf(ss, record, stored);
    const lines = sheet.getRange(top, 1, bottom - top + 1, header.length).getValues();
    const rows: RowInput[] = keyedRows(lines, top, res.columns);
    const single = edited.getNumRows() === 1 && edited.getNumColumns() === 1;
    if (single && edited.getColumn() - 1 === stageCol && e.oldValue !== undefined) rows[0] = { ...rows[0], previousStage: e.oldValue };
    const store = new AcceptedStore(stored);
    const ctx = hygieneContext(record, hygiene, editor());
    const counter = Number(stored[COUNTER_KEY]);
    const batch = validateRows(rows, {
      lastAccepted: store.view(),
      // With the counter stored, the counter and the batch's own IDs are enough; the first time, the ID column is read.
      existingIds: Number.isFinite(counter) ? [] : lazyIdColumn(sheet, res.columns.get('leadId')!),
      idCounter: Number.isFinite(counter) ? counter : 0,
    }, ctx);
    writeChanged(sheet, top, lines, res.columns, batch.rows, plainTextKeys(leadsSheet));
    const c1 = edited.getColumn() - 1;
    const c2 = c1 + edited.getNumColumns() - 1;
    const typedDerived = [...derivedLeadKeys].some((k) => {
      const col = res.columns.get(k);
      return col !== undefined && col >= c1 && col <= c2;
    });
    const notices = new Map(batch.rows.map((r) => [r.rowNumber, noticesOf(r, typedDerived)] as const));
    writeNotes(sheet, top, stageCol, batch, store, notices);
    // The ID counter and stage memory are saved before anything else can fail: IDs already written must never be reissued.
    for (const [id, stage] of batch.lastAcceptedChanges) store.set(id, stage);
    const changes = store.changes();
    if (!Number.isFinite(counter) || batch.idCounter !== counter) changes[COUNTER_KEY] = String(batch.idCounter);
    if (Object.keys(changes).length > 0) props.setProperties(changes);
    appendHistory(ss, record, batch.history, hygiene.lang);
    const told = [...notices.values()].flat();
    if (told.length > 0) toast(ss, told.length === 1 ? told[0] : `${told[0]}\n(+${told.length - 1})`, 'OpsMind', 10);
  } finally {
    lock.releaseLock();
  }
}

/** The Lead ID column, read only when a new ID is issued and no counter is stored yet. */
function* lazyIdColumn(sheet: Sheet, col: number): Generator<unknown> {
  const last = sheet.getLastRow();
  if (last < 2) return;
  for (const [v] of sheet.getRange(2, col + 1, last - 1, 1).getValues()) yield v;
}
