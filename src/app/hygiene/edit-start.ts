// What every onEdit handler of the hygiene tabs starts with: the edited block, the lock, properties, context and rows.
import { documentProperties } from '../../adapters/properties.adapter.js';
import { toast } from '../../adapters/ui.adapter.js';
import type { TabDef } from '../../../sheets-schema/types.js';
import { missingHeaders, type HeaderResolution } from '../../core/headers.js';
import type { HygieneContext } from '../../core/hygiene/index.js';
import type { SetupRecord } from '../../core/setup/record.js';
import { editor, hygieneContext } from './context.js';
import { hygieneOf, type Hygiene } from './snapshot.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

// A simple onEdit may run 30 s (https://developers.google.com/apps-script/guides/triggers#restrictions); the lock wait stays well inside.
export const LOCK_WAIT_MS = 10_000;

/** The tab's ID column, read only when a new ID is issued and no counter is stored yet. */
export function* lazyColumn(sheet: Sheet, col: number): Generator<unknown> {
  for (const [v] of sheet.getSheetValues(2, col + 1, -1, 1)) yield v;
}

/**
 * Whether the columns an edit cannot go on without are all there. When a header was cleared or renamed, the person is
 * told which column of which tab (by the name the sheet has now) and how to get it back, and nothing is written.
 */
export function headersUsable(ss: Spreadsheet, sheet: Sheet, tab: TabDef, res: HeaderResolution<string>, needed: readonly string[], record: SetupRecord): boolean {
  const lacking = needed.filter((k) => !res.columns.has(k));
  if (lacking.length === 0) return true;
  // The name is asked for only here (1 call): the tab may have been renamed since Set up recorded it.
  tell(ss, missingHeaders(tab, { ...res, missing: lacking }, record.lang, sheet.getName()));
  return false;
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

/** Call under the document lock: the properties are read after it is taken, so no other edit's changes are lost. */
export function startEdit(ss: Spreadsheet, record: SetupRecord, sheet: Sheet, block: { top: number; bottom: number }, width: number): EditStart {
  const props = documentProperties();
  const stored = props.getProperties();
  const hygiene = hygieneOf(ss, record, stored);
  const ctx = hygieneContext(record, hygiene, editor());
  const lines = sheet.getRange(block.top, 1, block.bottom - block.top + 1, width).getValues();
  return { props, stored, hygiene, ctx, lines };
}

/** One toast for what a batch has to tell: the first message, and how many more there are. */
export function tell(ss: Spreadsheet, messages: readonly string[]): void {
  if (messages.length > 0) toast(ss, messages.length === 1 ? messages[0] : `${messages[0]}\n(+${messages.length - 1})`, 'OpsMind', 10);
}
