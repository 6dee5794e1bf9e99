// A person logged touchpoints: each gets its ID and counts for its lead (dates, count), and may auto-advance the lead.
import { leadsSheet, touchpointsSheet, type LeadFieldKey } from '../../../sheets-schema/index.js';
import { readHeader } from '../../adapters/sheet.adapter.js';
import { Tabs } from '../../adapters/tabs.adapter.js';
import { waitDocumentLock } from '../../adapters/lock.adapter.js';
import { isBlank } from '../../core/field-types/types.js';
import { asText } from '../../core/field-types/text.js';
import { applyTouchpoints, type LeadInput, type TouchpointInput, type TouchpointResult } from '../../core/hygiene/index.js';
import { resolveHeaders } from '../../core/headers.js';
import type { SetupRecord } from '../../core/setup/record.js';
import { AcceptedStore } from './accepted-store.js';
import { cellNotesOf, prepareCellNotes } from './cell-notes.js';
import { counterKey, storedCounter } from './context.js';
import { keyedRows, writeChanged } from './rows.js';
import { plainTextKeys } from '../../core/field-types/text.js';
import { prepareHistory } from './stage-history.js';
import { editedRows, headersUsable, lazyColumn, LOCK_WAIT_MS, startEdit, tell } from './edit-start.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The leads the touchpoints name, read as one block from the first to the last of their rows. */
type LeadBlock = { sheet: Sheet; top: number; lines: unknown[][]; columns: ReadonlyMap<LeadFieldKey, number>; leads: LeadInput[] };

/**
 * Finds the named leads by their Lead ID column (1 read) and reads the rows between the first and the last of them (1 read);
 * null when no lead is named or the Leads tab lost its Lead ID column.
 */
function readNamedLeads(tabs: Tabs, named: ReadonlySet<string>): LeadBlock | null {
  const sheet = tabs.sheet('leads');
  if (!sheet || named.size === 0) return null;
  const header = readHeader(sheet);
  const columns = resolveHeaders(leadsSheet, header, tabs.recordedColumns('leads')).columns;
  const idCol = columns.get('leadId');
  if (idCol === undefined) return null;
  const rows: number[] = [];
  sheet.getSheetValues(2, idCol + 1, -1, 1).forEach(([id], i) => {
    if (!isBlank(id) && named.has(asText(id).toLowerCase())) rows.push(i + 2);
  });
  if (rows.length === 0) return { sheet, top: 2, lines: [], columns, leads: [] };
  const top = rows[0];
  const lines = sheet.getRange(top, 1, rows[rows.length - 1] - top + 1, header.length).getValues();
  const wanted = new Set(rows);
  const leads = keyedRows(lines, top, columns).filter((r) => wanted.has(r.rowNumber));
  return { sheet, top, lines, columns, leads };
}

/** The tab's other rows, only Lead ID, Date and Direction (1 read of those columns), for the leads' counts and dates. */
function otherTouchpoints(sheet: Sheet, columns: ReadonlyMap<string, number>, block: { top: number; bottom: number }): TouchpointInput[] {
  const keys = (['leadId', 'date', 'direction'] as const).filter((k) => columns.has(k));
  if (keys.length === 0) return [];
  const at = keys.map((k) => columns.get(k)!);
  const c1 = Math.min(...at);
  const values = sheet.getSheetValues(2, c1 + 1, -1, Math.max(...at) - c1 + 1);
  const out: TouchpointInput[] = [];
  values.forEach((line, i) => {
    const rowNumber = i + 2;
    if (rowNumber >= block.top && rowNumber <= block.bottom) return;
    const v: { [K in (typeof keys)[number]]?: unknown } = {};
    for (const k of keys) v[k] = line[columns.get(k)! - c1];
    out.push({ rowNumber, values: v });
  });
  return out;
}

/** What to tell the person: problems of the rows, then advances Strict refused (naming the lead). */
function messagesOf(result: TouchpointResult): string[] {
  const refused = result.advances.filter((a) => !a.transition.accepted && a.transition.toast).map((a) => `${a.leadId}: ${a.transition.toast}`);
  return [...result.problems, ...refused];
}

/**
 * The Touchpoints onEdit: header (1 round trip), edited rows (1), the tab's Lead ID / Date / Direction columns (1), and,
 * when the rows name leads, the Leads header (1), its Lead ID column (1) and the named rows (1), and the notes of the
 * edited block (1); then one run of writes: each tab that changes, the notes, and Stage History for advances.
 */
export function handleTouchpointsEdit(e: GoogleAppsScript.Events.SheetsOnEdit, ss: Spreadsheet, sheet: Sheet, record: SetupRecord): void {
  const block = editedRows(e.range);
  if (!block) return;
  const header = readHeader(sheet);
  const res = resolveHeaders(touchpointsSheet, header, record.tabs.touchpoints?.columns);
  const columns = res.columns;
  const idCol = columns.get('touchpointId');
  if (!headersUsable(ss, sheet, touchpointsSheet, res, ['touchpointId'], record) || idCol === undefined) return;
  const lock = waitDocumentLock(LOCK_WAIT_MS);
  try {
    const { props, stored, hygiene, ctx, lines } = startEdit(ss, record, sheet, block, header.length);
    const touchpoints = keyedRows(lines, block.top, columns);
    const others = otherTouchpoints(sheet, columns, block);
    const named = new Set(touchpoints.flatMap((t) => (isBlank(t.values.leadId) ? [] : [asText(t.values.leadId).toLowerCase()])));
    const leads = readNamedLeads(new Tabs(ss, record), named);
    const store = new AcceptedStore(stored);
    const key = counterKey('touchpoints');
    const counter = storedCounter(stored, key);
    const result = applyTouchpoints(
      {
        touchpoints,
        leads: leads?.leads ?? [],
        lastAccepted: store.view(),
        existingIds: counter === null ? lazyColumn(sheet, idCol) : [],
        idCounter: counter ?? 0,
        mode: 'edit',
        others,
      },
      ctx,
    );
    // Every question to the sheet first (notes, where Stage History ends), so the writes below travel together.
    const c1 = e.range.getColumn() - 1;
    const notes = cellNotesOf(result.cellProblems, columns);
    const writeNotes = prepareCellNotes(sheet, block.top, lines.length, Math.min(c1, ...notes.map((n) => n.col)), Math.max(c1 + e.range.getNumColumns() - 1, ...notes.map((n) => n.col)), notes);
    const appendHistory = prepareHistory(ss, record, result.advances.flatMap((a) => (a.transition.history ? [a.transition.history] : [])), hygiene.lang);
    // The ID counter and stage memory are saved before the rows are written: an ID on the sheet is never issued again.
    for (const a of result.advances) if (a.transition.accepted && a.transition.to) store.set(a.leadId, a.transition.to.key);
    const changes = store.changes();
    if (counter === null || result.idCounter !== counter) changes[key] = String(result.idCounter);
    if (Object.keys(changes).length > 0) props.setProperties(changes);
    writeChanged<string>(sheet, block.top, lines, columns, result.touchpoints, plainTextKeys(touchpointsSheet));
    if (leads) writeChanged(leads.sheet, leads.top, leads.lines, leads.columns, result.leadUpdates.map((u) => ({ rowNumber: u.rowNumber, writes: u.writes, textCells: [] })), plainTextKeys(leadsSheet));
    writeNotes?.();
    appendHistory?.();
    tell(ss, messagesOf(result));
  } finally {
    lock.releaseLock();
  }
}
