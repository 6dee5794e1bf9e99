// Projects, Tasks, Incidents, QA Reviews and Risks as people type: IDs, typed values, Risk Score, Done At, notes on bad values.
import { tabByKey } from '../../../sheets-schema/index.js';
import type { TabDef } from '../../../sheets-schema/types.js';
import { documentProperties } from '../../adapters/properties.adapter.js';
import { readHeader } from '../../adapters/sheet.adapter.js';
import { toast } from '../../adapters/ui.adapter.js';
import { waitDocumentLock } from '../../adapters/lock.adapter.js';
import { deriveTabRows, type HygieneContext, type OtherTab, type TabRowOutcome } from '../../core/hygiene/index.js';
import { resolveHeaders } from '../../core/headers.js';
import type { SetupRecord } from '../../core/setup/record.js';
import { syncNotes, type CellNote } from './cell-notes.js';
import { counterKey, editor, hygieneContext, storedCounter } from './context.js';
import { keyedRows, writeChanged } from './rows.js';
import { plainTextKeys } from '../../core/field-types/text.js';
import { hygieneOf, type Hygiene } from './snapshot.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// A simple onEdit may run 30 s (https://developers.google.com/apps-script/guides/triggers#restrictions); the lock wait stays well inside.
export const LOCK_WAIT_MS = 10_000;

/** The tab's ID column, read only when a new ID is issued and no counter is stored yet. */
export function* lazyColumn(sheet: Sheet, col: number): Generator<unknown> {
  for (const [v] of sheet.getSheetValues(2, col + 1, -1, 1)) yield v;
}

/** The edited block of rows (below the header), or null when only the header was touched. */
export function editedRows(range: GoogleAppsScript.Spreadsheet.Range): { top: number; bottom: number } | null {
  const top = Math.max(2, range.getRow());
  const bottom = range.getRow() + range.getNumRows() - 1;
  return bottom < top ? null : { top, bottom };
}

/** What every edit handler of these tabs starts with, under the document lock: properties, snapshot, context, the edited rows. */
export type EditStart = {
  readonly props: GoogleAppsScript.Properties.Properties;
  readonly stored: Readonly<Record<string, string>>;
  readonly hygiene: Hygiene;
  readonly ctx: HygieneContext;
  /** The edited rows over the header's full width. */
  readonly lines: unknown[][];
};

export function startEdit(ss: Spreadsheet, record: SetupRecord, sheet: Sheet, block: { top: number; bottom: number }, width: number): EditStart {
  const props = documentProperties();
  const stored = props.getProperties();
  const hygiene = hygieneOf(ss, record, stored);
  const ctx = hygieneContext(record, hygiene, editor());
  const lines = sheet.getRange(block.top, 1, block.bottom - block.top + 1, width).getValues();
  return { props, stored, hygiene, ctx, lines };
}

export type TabBatch<K extends OtherTab> = {
  readonly outcomes: readonly TabRowOutcome<K>[];
  readonly columns: ReadonlyMap<string, number>;
  readonly lines: unknown[][];
  readonly top: number;
};

/** Notes for values that could not be read, placed on their cells. */
export function notesOf<K extends OtherTab>(outcomes: readonly TabRowOutcome<K>[], columns: ReadonlyMap<string, number>): CellNote[] {
  return outcomes.flatMap((o) => o.cellProblems.flatMap((p) => (columns.has(p.field) ? [{ rowNumber: o.rowNumber, col: columns.get(p.field)!, message: p.message }] : [])));
}

/**
 * The onEdit of one of the other tabs: header (1 round trip), edited rows (1), one write (1 when something changes),
 * notes of the edited block (1 read, 1 write when they change). The ID counter lives in document properties.
 */
export function tabEditHandler(tab: Exclude<OtherTab, 'touchpoints'>) {
  return (e: GoogleAppsScript.Events.SheetsOnEdit, ss: Spreadsheet, sheet: Sheet, record: SetupRecord): void => {
    const block = editedRows(e.range);
    if (!block) return;
    const def: TabDef = tabByKey(tab);
    const header = readHeader(sheet);
    const res = resolveHeaders(def, header);
    const idKey = def.fields.find((f) => f.type === 'id' && f.derived)!.key;
    const idCol = res.columns.get(idKey);
    if (idCol === undefined) return;
    const lock = waitDocumentLock(LOCK_WAIT_MS);
    try {
      const { props, stored, ctx, lines } = startEdit(ss, record, sheet, block, header.length);
      const key = counterKey(tab);
      const counter = storedCounter(stored, key);
      const result = deriveTabRows(tab, keyedRows(lines, block.top, res.columns), { existingIds: counter === null ? lazyColumn(sheet, idCol) : [], idCounter: counter ?? 0 }, ctx);
      writeChanged<string>(sheet, block.top, lines, res.columns, result.rows, plainTextKeys(def));
      if (counter === null || result.idCounter !== counter) props.setProperty(key, String(result.idCounter));
      const c1 = e.range.getColumn() - 1;
      syncNotes(sheet, block.top, lines.length, c1, c1 + e.range.getNumColumns() - 1, notesOf(result.rows, res.columns));
      const told = result.rows.flatMap((r) => r.problems);
      if (told.length > 0) toast(ss, told.length === 1 ? told[0] : `${told[0]}\n(+${told.length - 1})`, 'OpsMind', 10);
    } finally {
      lock.releaseLock();
    }
  };
}
