// The state one Set up / repair run carries from tab to tab: the workbook, the language, what each tab looked like.
import type { PresetKey, TabKey } from '../../../sheets-schema/index.js';
import type { Lang, TabDef } from '../../../sheets-schema/types.js';
import type { FieldEnv } from '../../core/field-types/index.js';
import type { SetupRecord } from '../../core/setup/record.js';
import type { Report } from '../../core/setup/report.js';
import type { TabLayout } from '../../core/tab-layout.js';

export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** One OpsMind tab during the run. */
export type TabState = {
  readonly def: TabDef;
  layout: TabLayout;
  readonly sheet: Sheet;
  name: string;
  id: number | undefined;
  readonly created: boolean;
  /** Row 1: over the sheet's full width when `fullWidth`, else up to the last column with content. */
  header: unknown[];
  readonly fullWidth: boolean;
  /** Input rule keys of row 2 per column (tabs with rules). */
  rules: (string | null)[];
  /** Number formats of row 2 per column (the growing tabs), or null when not read. */
  formats: string[] | null;
  /** All values (Stages and Settings are read whole). */
  table: unknown[][] | null;
  /** Field key -> 0-based column, once the header is planned. */
  columns: Map<string, number>;
  /** The sheet's row count when known (created tabs, Leads, tabs whose protections were inspected). */
  rows: number | null;
};

export type RunContext = {
  readonly ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  readonly lang: Lang;
  readonly preset: PresetKey;
  readonly env: FieldEnv;
  readonly record: SetupRecord | null;
  readonly report: Report;
  readonly tabs: Map<TabKey, TabState>;
};


/** The sheet's row count, asked for once. */
export function rowsOf(t: TabState): number {
  if (t.rows === null) t.rows = t.sheet.getMaxRows();
  return t.rows;
}
