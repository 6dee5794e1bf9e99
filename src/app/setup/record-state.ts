// The record the run leaves in document properties: what each tab is now (id, name, columns, rows) and the protection counts.
import { schemaVersion, tabs, type TabKey } from '../../../sheets-schema/index.js';
import { isBlank as blank } from '../../core/field-types/types.js';
import { recordedColumns } from '../../core/setup/header-plan.js';
import type { SetupRecord, TabRecord } from '../../core/setup/record.js';
import type { RunContext } from './context.js';
import type { Workbook } from './observe.js';

export function nextRecord(ctx: RunContext, w: Workbook, created: readonly TabKey[], removed: string | null, protections: { range: number; sheet: number }): SetupRecord {
  const out: Partial<Record<TabKey, TabRecord>> = {};
  for (const tab of tabs) {
    const ts = ctx.tabs.get(tab.key);
    if (!ts) continue;
    const rec = ctx.record?.tabs[tab.key];
    const lastHeader = ts.header.reduce<number>((last, h, i) => (blank(h) ? last : i + 1), 0);
    const width = Math.max(lastHeader, ...[...ts.columns.values()].map((c) => c + 1));
    const id = ts.id ?? (ts.created || !rec ? ts.sheet.getSheetId() : rec.id);
    out[tab.key] = { id, name: ts.name, columns: recordedColumns(ts.columns, width), rows: ts.rows ?? rec?.rows ?? 0 };
  }
  const names = w.names.filter((n) => n !== removed);
  for (const key of created) names.push(ctx.tabs.get(key)!.name);
  return {
    version: schemaVersion,
    lang: ctx.lang,
    preset: ctx.preset,
    locale: ctx.env.locale,
    timeZone: ctx.env.timeZone,
    tabs: out,
    sheetNames: names,
    protections,
  };
}
