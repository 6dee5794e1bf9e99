// Repairs of growing tabs: rules and formats for rows added since the last Set up, and the Leads hygiene flags.
import { st } from '../../core/setup/texts.js';
import type { StageConfig } from '../../core/stages.js';
import { formatOps } from '../../core/setup/column-format.js';
import { rowsOf, type RunContext } from './context.js';
import { syncFlags } from './flags.js';
import { formatColumns, setRules } from './layout-tab.js';
import { GROWING } from './observe.js';

/** Rows pasted beyond the last Set up's last row get the columns' formats and input rules (a few calls, never per row). */
export function extendGrownTabs(ctx: RunContext): void {
  for (const key of GROWING) {
    const ts = ctx.tabs.get(key);
    const before = ctx.record?.tabs[key]?.rows ?? 0;
    if (!ts || ts.created) continue;
    // Asked even without a recorded count, so the record holds one from now on.
    const rows = rowsOf(ts);
    if (before === 0 || rows <= before) continue;
    formatColumns(ts, ts.layout.columns.map((c) => c.key), before + 1, rows, false);
    setRules(ctx, ts, formatOps(ts.layout, ts.columns).validations, before + 1, rows);
    ctx.report.changes.push(st(ctx.lang, key === 'leads' ? 'repair.grown' : 'repair.grownTab', { tab: ts.name, from: before + 1, to: rows }));
  }
}

/** The flags follow the live stages; a person's own conditional formats stay where they are. */
export function syncLeadsFlags(ctx: RunContext, stages: readonly StageConfig[]): void {
  const leads = ctx.tabs.get('leads')!;
  const count = syncFlags(leads.sheet, leads.columns, stages, rowsOf(leads));
  if (count > 0 && !leads.created) ctx.report.changes.push(st(ctx.lang, 'repair.flags', { tab: leads.name, count }));
}
