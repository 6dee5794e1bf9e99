// Creates the tabs that are missing, in schema order at the end, and removes a new spreadsheet's blank first sheet.
import { tabs, type TabKey } from '../../../sheets-schema/index.js';
import { toast } from '../../adapters/ui.adapter.js';
import { isDefaultSheetName } from '../../core/setup/identify.js';
import { st } from '../../core/setup/texts.js';
import { tabLayout } from '../../core/tab-layout.js';
import type { RunContext } from './context.js';
import type { Workbook } from './observe.js';

/** Inserts each missing tab after the existing sheets; returns their keys. */
export function createMissingTabs(ctx: RunContext, w: Workbook): TabKey[] {
  const missing = tabs.filter((t) => !ctx.tabs.has(t.key));
  if (missing.length === 0) return [];
  toast(ctx.ss, st(ctx.lang, 'toast.creating', { count: missing.length }));
  const taken = new Set(w.names);
  let index = w.sheets.length;
  for (const def of missing) {
    const layout = tabLayout(def, ctx.env);
    // A sheet of someone else's may already carry the name (a tab claimed by another one): never overwrite it.
    const name = taken.has(layout.name) ? `${layout.name} (OpsMind)` : layout.name;
    taken.add(name);
    const sheet = ctx.ss.insertSheet(name, index++);
    const columns = sheet.getMaxColumns();
    const rows = sheet.getMaxRows();
    const isTable = def.key === 'stages' || def.key === 'settings';
    const header = new Array<unknown>(columns).fill('');
    ctx.tabs.set(def.key, {
      def, layout, sheet, name, id: undefined, created: true, header, fullWidth: true, rules: [], formats: null, table: isTable ? [header] : null, columns: new Map(), rows,
    });
    ctx.report.created.push(name);
  }
  return missing.map((t) => t.key);
}

/** A new spreadsheet's "Sheet1" goes once OpsMind's tabs exist, if nobody has typed anything into it. */
export function removeBlankDefaultSheet(ctx: RunContext, w: Workbook): string | null {
  const claimed = new Set(Object.values(w.identified.sheets).map((s) => s!.index));
  const i = w.names.findIndex((n, idx) => isDefaultSheetName(n) && !claimed.has(idx));
  if (i < 0) return null;
  const sheet = w.sheets[i];
  if (sheet.getLastRow() > 0 || sheet.getLastColumn() > 0) return null;
  ctx.ss.deleteSheet(sheet);
  return w.names[i];
}
