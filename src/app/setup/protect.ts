// Warning-only protections of what OpsMind writes: checked by count and layout in 2 calls, inspected tab by tab only when those changed.
import { tabs } from '../../../sheets-schema/index.js';
import { expectedProtections, isOpsMindProtection, planProtections, protectionLayout } from '../../core/setup/protections.js';
import { st } from '../../core/setup/texts.js';
import { rangesOf } from '../../adapters/sheet.adapter.js';
import { rowsOf, type RunContext, type TabState } from './context.js';

type Counts = { range: number; sheet: number };

/**
 * How a tab's protections stand against the last Set up: 'same'; the row count it protected when only rows were added
 * since (columns where they were); or null when anything else changed.
 */
function sinceRecorded(ctx: RunContext, ts: TabState): 'same' | number | null {
  const rec = ctx.record?.tabs[ts.def.key as keyof typeof ctx.record.tabs];
  if (!rec || ts.created) return null;
  const before = new Map(rec.columns.map((k, i) => [k, i] as const).filter(([k]) => k !== ''));
  if (protectionLayout(ts.layout, before) !== protectionLayout(ts.layout, ts.columns)) return null;
  if (ts.rows === null || ts.rows === rec.rows) return 'same';
  // A record without a row count (written before it had one) says nothing about where the ranges end.
  return rec.rows > 0 ? rec.rows : null;
}

/**
 * `grownFrom`: the row count the last Set up protected when only rows were added since (columns and protection counts as
 * recorded). Then each of OpsMind's protections is where that run left it, found by its description, and its range is
 * not asked for (a call per protection); a description OpsMind does not expect is still read.
 */
function inspect(ctx: RunContext, ts: TabState, counts: Counts, grownFrom: number | null): number {
  const wanted = expectedProtections(ts.layout, ts.columns, rowsOf(ts), ctx.lang, ts.name);
  if (wanted.length === 0 && !ts.layout.protectedTab) {
    const hasDerived = ts.layout.columns.some((c) => c.derived);
    if (!hasDerived) return 0;
  }
  const before = grownFrom === null ? [] : expectedProtections(ts.layout, ts.columns, grownFrom, ctx.lang, ts.name);
  const type = ts.layout.protectedTab ? SpreadsheetApp.ProtectionType.SHEET : SpreadsheetApp.ProtectionType.RANGE;
  const found = ts.created ? [] : ts.sheet.getProtections(type);
  const observed = found.map((p) => {
    const description = p.getDescription();
    if (ts.layout.protectedTab || !isOpsMindProtection(description)) return { description, a1: null };
    const known = before.find((b) => b.description === description);
    return { description, a1: known ? known.a1 : p.getRange().getA1Notation() };
  });
  const plan = planProtections(observed, wanted);
  const kind: keyof Counts = ts.layout.protectedTab ? 'sheet' : 'range';
  for (const i of plan.remove) found[i].remove();
  // The ranges of moved and new protections in one range list.
  const a1s = [...plan.move.map((m) => m.a1), ...plan.add.flatMap((a) => (a.a1 ? [a.a1] : []))];
  const ranges = rangesOf(ts.sheet, a1s);
  plan.move.forEach((m, i) => found[m.index].setRange(ranges[i]));
  let next = plan.move.length;
  for (const spec of plan.add) {
    // https://developers.google.com/apps-script/reference/spreadsheet/protection#setWarningOnly(Boolean) — everyone may
    // still edit, after a warning: OpsMind protects against slips, never locks people out of their data.
    const p = spec.a1 ? ranges[next++].protect() : ts.sheet.protect();
    p.setDescription(spec.description);
    p.setWarningOnly(true);
  }
  counts[kind] += plan.add.length - plan.remove.length;
  return plan.add.length + plan.remove.length + plan.move.length;
}

/** Makes OpsMind's protections match the tabs; returns the protection counts to record. */
export function syncProtections(ctx: RunContext): Counts {
  const counts: Counts = {
    range: ctx.ss.getProtections(SpreadsheetApp.ProtectionType.RANGE).length,
    sheet: ctx.ss.getProtections(SpreadsheetApp.ProtectionType.SHEET).length,
  };
  const states = tabs.map((t) => ctx.tabs.get(t.key)).filter((s): s is TabState => s !== undefined);
  const rec = ctx.record?.protections;
  const countsSame = rec !== undefined && rec.range === counts.range && rec.sheet === counts.sheet;
  // Same counts: only tabs whose derived columns moved or grew need a look. Other counts: one was added or removed somewhere.
  let repaired = 0;
  for (const ts of states) {
    const since = countsSame ? sinceRecorded(ctx, ts) : null;
    if (since === 'same') continue;
    const changed = inspect(ctx, ts, counts, since);
    if (!ts.created) repaired += changed;
  }
  if (repaired > 0) ctx.report.changes.push(st(ctx.lang, 'repair.protections', { count: repaired }));
  return counts;
}
