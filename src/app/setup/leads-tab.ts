// The Leads tab's own repairs: rules and formats for rows added since the last Set up, and the hygiene flags.
import { st } from '../../core/setup/texts.js';
import type { StageConfig } from '../../core/stages.js';
import { formatOps } from '../../core/setup/column-format.js';
import { rowsOf, type RunContext } from './context.js';
import { syncFlags } from './flags.js';
import { formatColumns, setRules } from './layout-tab.js';

/** Rows pasted beyond the last Set up's last row get the columns' formats and input rules (a few calls, never per row). */
export function extendGrownLeads(ctx: RunContext): void {
  const leads = ctx.tabs.get('leads')!;
  const before = ctx.record?.tabs.leads?.rows ?? 0;
  const rows = rowsOf(leads);
  if (leads.created || before === 0 || rows <= before) return;
  formatColumns(leads, leads.layout.columns.map((c) => c.key), before + 1, rows, false);
  setRules(ctx, leads, formatOps(leads.layout, leads.columns).validations, before + 1, rows);
  ctx.report.changes.push(st(ctx.lang, 'repair.grown', { tab: leads.name, from: before + 1, to: rows }));
}

/** The flags follow the live stages; a person's own conditional formats stay where they are. */
export function syncLeadsFlags(ctx: RunContext, stages: readonly StageConfig[]): void {
  const leads = ctx.tabs.get('leads')!;
  const count = syncFlags(leads.sheet, leads.columns, stages, rowsOf(leads));
  if (count > 0 && !leads.created) ctx.report.changes.push(st(ctx.lang, 'repair.flags', { tab: leads.name, count }));
}
