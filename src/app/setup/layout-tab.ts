// Lays out one tab: its header row first (every tab), then formats, widths and input rules of the columns that need them.
import { t } from '../../core/i18n.js';
import { columnLetter } from '../../core/names.js';
import { applyNumberFormats, applyRules, applyWidths, ensureColumns, muteColumns, writeHeaders } from '../../adapters/sheet.adapter.js';
import { buildRule } from '../../adapters/sheet-rules.adapter.js';
import { checkValidations, formatOps, formatsToRestore, type ColumnRun } from '../../core/setup/column-format.js';
import { planHeader } from '../../core/setup/header-plan.js';
import { st } from '../../core/setup/texts.js';
import { validationHelp } from '../../core/setup/validation-help.js';
import type { ValidationSpec } from '../../core/field-types/index.js';
import { rowsOf, type RunContext, type TabState } from './context.js';

const labelOf = (ts: TabState, key: string) => ts.layout.columns.find((c) => c.key === key)?.header ?? key;

/** Plans and writes the header; returns the fields whose columns are new (they get formats and widths). */
export function layoutHeader(ctx: RunContext, ts: TabState): readonly string[] {
  const recorded = ctx.record?.tabs[ts.def.key as keyof typeof ctx.record.tabs]?.columns ?? null;
  const plan = planHeader(ts.def, ts.header, ts.created ? null : recorded, ctx.lang);
  ts.columns = new Map(plan.columns);
  if (plan.writes.length > 0) {
    const have = ts.fullWidth ? ts.header.length : ts.sheet.getMaxColumns();
    ensureColumns(ts.sheet, have, plan.width);
    const derived = new Set(ts.layout.columns.filter((c) => c.derived).map((c) => plan.columns.get(c.key)!));
    writeHeaders(ts.sheet, plan.writes, derived);
    // The header row is frozen again when it is not; more frozen rows, a person's choice, stay (1 call on a repair).
    if (ts.created || ts.sheet.getFrozenRows() < ts.def.frozenRows) ts.sheet.setFrozenRows(ts.def.frozenRows);
    ts.header = [...ts.header];
    for (const w of plan.writes) ts.header[w.col] = w.text;
  }
  if (!ts.created) {
    for (const r of plan.restored) {
      const cell = `${columnLetter(r.col)}1`;
      ctx.report.changes.push(r.was === ''
        ? st(ctx.lang, 'repair.headerRestored', { tab: ts.name, cell, column: labelOf(ts, r.key) })
        : st(ctx.lang, 'repair.headerTypo', { tab: ts.name, cell, was: r.was, column: labelOf(ts, r.key) }));
    }
    if (plan.appended.length > 0) {
      const list = plan.appended.map((k) => `${labelOf(ts, k)} (${columnLetter(plan.columns.get(k)!)})`).join(', ');
      ctx.report.changes.push(st(ctx.lang, 'repair.columnsAdded', { tab: ts.name, list }));
    }
  }
  for (const d of plan.duplicates) {
    const letters = d.indexes.map(columnLetter);
    ctx.report.problems.push(t(ctx.lang, 'headers.duplicate', { tab: ts.name, column: labelOf(ts, d.fieldKey), letters: letters.join(', '), first: letters[0] }));
  }
  return ts.created ? ts.layout.columns.map((c) => c.key) : plan.appended;
}

/** The Stage dropdown's source: the Stage column of the Stages tab, row 2 down. */
function stagesRange(ctx: RunContext): GoogleAppsScript.Spreadsheet.Range | null {
  const stages = ctx.tabs.get('stages');
  const col = stages?.columns.get('stage');
  if (!stages || col === undefined) return null;
  const letter = columnLetter(col);
  return stages.sheet.getRange(`${letter}2:${letter}`);
}

/** Builds one rule per run (the Stages range is looked up once) and sets it on rows `from`..`to`. */
export function setRules(ctx: RunContext, ts: TabState, runs: readonly ColumnRun<ValidationSpec>[], from: number, to: number): void {
  let source: GoogleAppsScript.Spreadsheet.Range | null | undefined;
  const stagesTab = ctx.tabs.get('stages')?.name ?? '';
  const built = runs.flatMap((run) => {
    if (run.value.kind === 'listFromField' && source === undefined) source = stagesRange(ctx);
    const rule = buildRule(run.value, { stagesRange: source ?? null, helpText: validationHelp(run.value, ctx.env, ctx.lang, stagesTab) });
    return rule ? [{ c1: run.c1, c2: run.c2, rule }] : [];
  });
  applyRules(ts.sheet, built, from, to);
}

/** Formats, widths and muted style of `keys` over the data rows `from`..`to`. */
export function formatColumns(ts: TabState, keys: readonly string[], from: number, to: number, widths: boolean): void {
  if (keys.length === 0) return;
  const ops = formatOps(ts.layout, ts.columns, new Set(keys));
  applyNumberFormats(ts.sheet, ops.numberFormats, from, to);
  muteColumns(ts.sheet, ops.derived, from, to);
  if (widths) applyWidths(ts.sheet, ops.widths);
}

/** A new tab: every column formatted and ruled, the tab hidden when OpsMind keeps it out of sight. */
export function formatNewTab(ctx: RunContext, ts: TabState): void {
  const rows = rowsOf(ts);
  const keys = ts.layout.columns.map((c) => c.key);
  formatColumns(ts, keys, 2, rows, true);
  setRules(ctx, ts, formatOps(ts.layout, ts.columns).validations, 2, rows);
  if (ts.layout.hidden) ts.sheet.hideSheet();
}

/** An existing tab: new columns formatted, missing input rules restored, someone else's rules reported and kept. */
export function repairTabFormats(ctx: RunContext, ts: TabState, newKeys: readonly string[]): void {
  const stageCol = ctx.tabs.get('stages')?.columns.get('stage') ?? 0;
  const check = checkValidations(ts.layout, ts.columns, ts.rules, stageCol);
  // A tab OpsMind adopts (found before any Set up, or migrated) gets every column's format; widths only for new columns.
  const adopted = !ctx.record?.tabs[ts.def.key as keyof typeof ctx.record.tabs];
  const restoring = check.restore.length > 0 || newKeys.length > 0 || adopted;
  const rows = restoring ? rowsOf(ts) : 0;
  if (adopted) formatColumns(ts, ts.layout.columns.map((c) => c.key).filter((k) => !newKeys.includes(k)), 2, rows, false);
  formatColumns(ts, newKeys, 2, rows, true);
  if (check.restore.length > 0) {
    setRules(ctx, ts, check.restore, 2, rows);
    // Rules of columns added just now are part of "columns added"; only the others are reported as restored.
    const restored = ts.layout.columns.filter((c) => {
      const at = ts.columns.get(c.key);
      return at !== undefined && !newKeys.includes(c.key) && check.restore.some((r) => at >= r.c1 && at <= r.c2);
    });
    if (restored.length > 0) ctx.report.changes.push(st(ctx.lang, 'repair.validations', { tab: ts.name, list: restored.map((c) => c.header).join(', ') }));
  }
  for (const key of check.foreign) ctx.report.problems.push(st(ctx.lang, 'repair.foreignValidation', { tab: ts.name, column: labelOf(ts, key) }));
  restoreClearedFormats(ctx, ts, newKeys, adopted);
}

/** Number formats someone cleared (the first data row shows none) come back over the whole column. */
function restoreClearedFormats(ctx: RunContext, ts: TabState, newKeys: readonly string[], adopted: boolean): void {
  if (!ts.formats || adopted) return;
  const lost = formatsToRestore(ts.layout, ts.columns, ts.formats);
  const keys = lost.keys.filter((k) => !newKeys.includes(k));
  if (keys.length === 0) return;
  // Rows added since the last Set up get every format from extendGrownTabs: restored here only up to where it starts.
  const recorded = ctx.record?.tabs[ts.def.key as keyof typeof ctx.record.tabs]?.rows ?? 0;
  applyNumberFormats(ts.sheet, lost.restore, 2, recorded > 0 ? Math.min(recorded, rowsOf(ts)) : rowsOf(ts));
  ctx.report.changes.push(st(ctx.lang, 'repair.formats', { tab: ts.name, list: keys.map((k) => labelOf(ts, k)).join(', ') }));
}
