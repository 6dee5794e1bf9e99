// The Leads rules of onEdit and "Check all rows", driven through cell-by-cell access: the naive twin of src/app/hygiene.
import { leadsSheet, type LeadFieldKey } from '../../../sheets-schema/index.js';
import { COUNTER_KEY } from '../../../src/app/hygiene/accepted-store.js';
import { editor, hygieneContext } from '../../../src/app/hygiene/context.js';
import { noticesOf } from '../../../src/app/hygiene/leads-edit.js';
import { keyedRows } from '../../../src/app/hygiene/rows.js';
import { checkAllRows, hm, validateRows, type BatchResult, type RowInput } from '../../../src/core/hygiene/index.js';
import { derivedLeadKeys } from '../../../src/core/hygiene/read-row.js';
import { resolveHeaders } from '../../../src/core/headers.js';
import { withOurNote } from '../../../src/core/notes.js';
import type { SetupRecord } from '../../../src/core/setup/record.js';
import { appendHistoryRows, readRowCells, readRowsCells, writeCells } from './cells.js';
import { readHygieneCells } from './hygiene.js';
import { LeadMemory } from './memory.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const leadKeys: readonly LeadFieldKey[] = leadsSheet.fields.map((f) => f.key);
const SHOWN_PROBLEMS = 15;

/** The header, one cell at a time up to the last column with content. */
function header(sheet: Sheet): { width: number; columns: Map<LeadFieldKey, number> } {
  const width = sheet.getLastColumn();
  return { width, columns: resolveHeaders(leadsSheet, readRowCells(sheet, 1, width)).columns };
}

/** The stored ID counter, or null (one getProperty). */
function counterOf(props: GoogleAppsScript.Properties.Properties): number | null {
  const text = props.getProperty(COUNTER_KEY);
  return text !== null && Number.isFinite(Number(text)) ? Number(text) : null;
}

/** The Lead ID column cell by cell, read only when a new ID is issued and no counter is stored yet. */
function* idCells(sheet: Sheet, col: number): Generator<unknown> {
  const last = sheet.getLastRow();
  for (let r = 2; r <= last; r++) yield sheet.getRange(r, col + 1).getValue();
}

/** Rejection notes on the Stage cells, one setNote per row that gets or loses one (same rows as our writeNotes). */
function writeNotesCells(sheet: Sheet, stageCol: number, batch: BatchResult, memory: LeadMemory, notices: ReadonlyMap<number, string[]>): void {
  for (const r of batch.rows) {
    if (r.skipped) continue;
    const messages = notices.get(r.rowNumber) ?? [];
    if (messages.length === 0 && !(r.transition?.accepted && memory.hasNote(r.leadId))) continue;
    const cell = sheet.getRange(r.rowNumber, stageCol + 1);
    cell.setNote(withOurNote(cell.getNote(), messages));
    memory.setNoted(r.leadId, messages.length > 0);
  }
}

/** Saves what the batch changed: each lead's stage, then the counter. */
function remember(props: GoogleAppsScript.Properties.Properties, memory: LeadMemory, batch: BatchResult, counter: number | null): void {
  for (const [id, stage] of batch.lastAcceptedChanges) memory.set(id, stage);
  if (counter === null || batch.idCounter !== counter) props.setProperty(COUNTER_KEY, String(batch.idCounter));
}

/** The Leads onEdit: the same rules as handleLeadsEdit, every sheet and property access one cell or one lead at a time. */
export function naiveLeadsEdit(e: GoogleAppsScript.Events.SheetsOnEdit, ss: Spreadsheet, sheet: Sheet, record: SetupRecord): void {
  const edited = e.range;
  const top = Math.max(2, edited.getRow());
  const bottom = edited.getRow() + edited.getNumRows() - 1;
  if (bottom < top) return;
  const { width, columns } = header(sheet);
  const stageCol = columns.get('stage');
  const idCol = columns.get('leadId');
  if (idCol === undefined || stageCol === undefined) return;
  const lock = LockService.getDocumentLock();
  lock.waitLock(10_000);
  try {
    const props = PropertiesService.getDocumentProperties();
    const hygiene = readHygieneCells(ss, record);
    const lines = readRowsCells(sheet, top, bottom, width);
    const rows: RowInput[] = keyedRows(lines, top, columns);
    const single = edited.getNumRows() === 1 && edited.getNumColumns() === 1;
    if (single && edited.getColumn() - 1 === stageCol && e.oldValue !== undefined) rows[0] = { ...rows[0], previousStage: e.oldValue };
    const memory = new LeadMemory(props);
    const ctx = hygieneContext(record, hygiene, editor());
    const counter = counterOf(props);
    const batch = validateRows(rows, { lastAccepted: memory.view(), existingIds: counter === null ? idCells(sheet, idCol) : [], idCounter: counter ?? 0 }, ctx);
    writeCells(sheet, columns, batch.rows);
    const c1 = edited.getColumn() - 1;
    const c2 = c1 + edited.getNumColumns() - 1;
    const typedDerived = [...derivedLeadKeys].some((k) => {
      const col = columns.get(k);
      return col !== undefined && col >= c1 && col <= c2;
    });
    const notices = new Map(batch.rows.map((r) => [r.rowNumber, noticesOf(r, typedDerived)] as const));
    writeNotesCells(sheet, stageCol, batch, memory, notices);
    remember(props, memory, batch, counter);
    appendHistoryRows(ss, record, batch.history, hygiene.lang);
    const told = [...notices.values()].flat();
    if (told.length > 0) ss.toast(told.length === 1 ? told[0] : `${told[0]}\n(+${told.length - 1})`, 'OpsMind', 10);
  } finally {
    lock.releaseLock();
  }
}

/*
 * Only the Leads tab matters for check-all here: on the bench sheet Touchpoints, Projects, Tasks, Incidents, QA Reviews
 * and Risks hold no rows, so our pass over them (roll-ups, IDs, Risk Score) changes nothing, and the naive one skips them.
 */
/** "Check all rows" on Leads: every row read cell by cell, validated as ours does, every changed cell written on its own. */
export function naiveCheckAll(ss: Spreadsheet, record: SetupRecord): void {
  const sheet = record.tabs.leads ? ss.getSheetById(record.tabs.leads.id) : null;
  if (!sheet) return;
  const lang = record.lang;
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) {
    SpreadsheetApp.getUi().alert(hm(lang, 'checkAll.title'), hm(lang, 'checkAll.busy'), SpreadsheetApp.getUi().ButtonSet.OK);
    return;
  }
  let text: string;
  let title: string;
  try {
    const props = PropertiesService.getDocumentProperties();
    const now = new Date();
    const hygiene = readHygieneCells(ss, record);
    const ctx = hygieneContext(record, hygiene, editor(), now);
    const { width, columns } = header(sheet);
    const stageCol = columns.get('stage');
    if (columns.get('leadId') === undefined || stageCol === undefined) return;
    const lines = readRowsCells(sheet, 2, sheet.getLastRow(), width);
    const memory = new LeadMemory(props);
    const counter = counterOf(props);
    const batch = checkAllRows(keyedRows(lines, 2, columns, leadKeys), { lastAccepted: memory.view(), existingIds: [], idCounter: counter ?? 0 }, ctx);
    const cells = writeCells(sheet, columns, batch.rows);
    writeNotesCells(sheet, stageCol, batch, memory, new Map(batch.rows.map((r) => [r.rowNumber, noticesOf(r, false)] as const)));
    remember(props, memory, batch, counter);
    appendHistoryRows(ss, record, batch.history, hygiene.lang);
    // The dialog: the KPI lines and the first problems (what it says costs nothing; it is one call, as ours).
    const problems = batch.kpi.problems.slice(0, SHOWN_PROBLEMS).map((p) => hm(hygiene.lang, 'kpi.problemLine', { row: p.rowNumber, id: p.leadId, problems: p.problems.map((q) => q.message).join(hm(hygiene.lang, 'hygiene.separator')) }));
    title = hm(hygiene.lang, 'checkAll.title');
    text = [...batch.kpi.summary, '', `${cells} cells, ${batch.history.length} stage changes`, ...problems].join('\n');
  } finally {
    lock.releaseLock();
  }
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, text, ui.ButtonSet.OK);
}
