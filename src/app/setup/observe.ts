// Looks at the workbook once: which sheets are OpsMind's tabs, and each tab's header and first-row input rules.
import { tabs, type TabKey } from '../../../sheets-schema/index.js';
import type { TabDef } from '../../../sheets-schema/types.js';
import { readHeader, readTable, readTop } from '../../adapters/sheet.adapter.js';
import { identifyTabs, needSheetIds, type Identified } from '../../core/setup/identify.js';
import type { SetupRecord } from '../../core/setup/record.js';
import type { Sheet } from './context.js';

export type Workbook = { sheets: Sheet[]; names: string[]; identified: Identified };

/** Every sheet's name (one call each); ids only when the names differ from what the last Set up recorded. */
export function openWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, record: SetupRecord | null): Workbook {
  const sheets = ss.getSheets();
  const names = sheets.map((s) => s.getName());
  const ids = needSheetIds(names, record) ? sheets.map((s) => s.getSheetId()) : null;
  const identified = identifyTabs(names.map((name, index) => ({ index, name, id: ids?.[index] })), record);
  return { sheets, names, identified };
}

/** How much of a tab Set up reads: Stages and Settings whole, tabs with input rules rows 1-2, the others row 1. */
export type ReadShape = 'table' | 'tableWithRules' | 'top' | 'header';

export function readShapeOf(tab: TabDef): ReadShape {
  if (tab.key === 'stages') return 'tableWithRules';
  if (tab.key === 'settings') return 'table';
  if (tab.protected) return 'header';
  return 'top';
}

/**
 * The tabs people paste or import rows into by the thousand (leads, touchpoints, cost exports): Set up formats the
 * rows a tab has then, so these are the ones that outgrow their rules, and the ones whose formatting a person most
 * often clears. Their row count and number formats are asked for on every repair; the other tabs, which grow a row
 * at a time, are not (each question is a call, and a repair stays within 60).
 */
export const GROWING: readonly TabKey[] = ['leads', 'touchpoints', 'costs'];

/**
 * `fullWidth`: the header's length is the sheet's column count (else it ends at the last column with content);
 * `formats`: the number formats of the first data row (growing tabs only).
 */
export type Observed = { header: unknown[]; rules: (string | null)[]; formats: string[] | null; table: unknown[][] | null; fullWidth: boolean };

/** Reads one existing tab in its shape (1 to 4 calls). */
export function observeTab(tab: TabDef, sheet: Sheet): Observed {
  const shape = readShapeOf(tab);
  if (shape === 'top') return { ...readTop(sheet, GROWING.includes(tab.key as TabKey)), table: null, fullWidth: true };
  if (shape === 'header') return { header: readHeader(sheet), rules: [], formats: null, table: null, fullWidth: false };
  const { values, rules } = readTable(sheet, shape === 'tableWithRules');
  return { header: values[0] ?? [], rules, formats: null, table: values, fullWidth: false };
}

/** The schema's tabs that exist in the workbook, in schema order. */
export function foundTabs(w: Workbook): { key: TabKey; sheet: Sheet; name: string; id: number | undefined }[] {
  return tabs
    .filter((t) => w.identified.sheets[t.key])
    .map((t) => {
      const info = w.identified.sheets[t.key]!;
      return { key: t.key, sheet: w.sheets[info.index], name: info.name, id: info.id };
    });
}
