// Touchpoints feed their leads (Last/First Contact Date, Touchpoint Count) and may auto-advance New Lead -> Contacted -> Response.
import { touchpointsSheet } from '../../../sheets-schema/touchpoints.sheet.js';
import type { FieldDef } from '../../../sheets-schema/types.js';
import { isBlank } from '../field-types/types.js';
import { fieldTypes, type CellValue } from '../field-types/index.js';
import { asText } from '../field-types/text.js';
import type { StageConfig } from '../stages.js';
import { deriveLead } from './derive-lead.js';
import { hm } from './messages.js';
import { envOf, langOfCtx, sameCell } from './read-row.js';
import { deriveTabRows, type TabRow, type TabRowOutcome } from './other-tabs.js';
import { resolveStage } from './stage-table.js';
import { checkTransition, type TransitionOutcome } from './transition.js';
import type { HygieneContext, LeadRow, LeadWrites } from './types.js';

export type TouchpointInput = { readonly rowNumber: number; readonly values: TabRow<'touchpoints'> };
export type LeadInput = { readonly rowNumber: number; readonly values: LeadRow };

export type LeadUpdate = { readonly rowNumber: number; readonly leadId: string; readonly writes: LeadWrites };
export type Advance = { readonly rowNumber: number; readonly leadId: string; readonly transition: TransitionOutcome };

export type TouchpointResult = {
  /** IDs for new touchpoints and typed values in stored form. */
  readonly touchpoints: readonly TabRowOutcome<'touchpoints'>[];
  /** Only the leads whose cells change. */
  readonly leadUpdates: readonly LeadUpdate[];
  /** Auto-advance attempts (Settings: Auto-advance on), validated like a typed stage change. */
  readonly advances: readonly Advance[];
  /** Unknown or missing Lead IDs and unreadable values; the touchpoint rows are kept. */
  readonly problems: readonly string[];
  readonly idCounter: number;
};

const directionField: FieldDef = touchpointsSheet.fields.find((f) => f.key === 'direction')!;

type Rollup = { first: Date | null; last: Date | null; count: number; outbound: number; inbound: number };

const minDate = (a: Date | null, b: Date | null) => (a && b ? (a.getTime() <= b.getTime() ? a : b) : (a ?? b));
const maxDate = (a: Date | null, b: Date | null) => (a && b ? (a.getTime() >= b.getTime() ? a : b) : (a ?? b));

/** The stage a first outbound / inbound touchpoint moves a lead to, when the pipeline has those steps. */
function advanceTarget(stage: StageConfig | null, direction: 'outbound' | 'inbound', ctx: HygieneContext): StageConfig | null {
  if (!stage) return null;
  const byKey = (...keys: string[]) => keys.map((k) => ctx.stages.byKey.get(k)).find((s) => s !== undefined) ?? null;
  if (direction === 'outbound' && ctx.stages.first?.key === stage.key) return byKey('contacted');
  if (direction === 'inbound' && stage.key === 'contacted') return byKey('response', 'replied');
  return null;
}

/**
 * Rolls every touchpoint up into its lead (Last Contact Date = latest, First Contact Date = earliest, Touchpoint Count;
 * dates and counts already typed on the lead are never lowered) and proposes the auto-advance for new touchpoints.
 */
export function applyTouchpoints(
  args: { touchpoints: readonly TouchpointInput[]; leads: readonly LeadInput[]; lastAccepted: ReadonlyMap<string, string>; existingIds: Iterable<unknown>; idCounter?: number },
  ctx: HygieneContext,
): TouchpointResult {
  const lang = langOfCtx(ctx);
  const env = envOf(ctx);
  const tps = deriveTabRows('touchpoints', args.touchpoints, { existingIds: args.existingIds, idCounter: args.idCounter }, ctx);
  const problems: string[] = tps.rows.flatMap((r) => r.problems);
  const leadsById = new Map<string, LeadInput>();
  for (const l of args.leads) if (!isBlank(l.values.leadId)) leadsById.set(asText(l.values.leadId).toLowerCase(), l);
  const rollups = new Map<string, Rollup>();
  const fresh: { leadKey: string; direction: 'outbound' | 'inbound' }[] = [];
  for (const tp of tps.rows) {
    if (tp.skipped) continue;
    const leadText = isBlank(tp.row.leadId) ? '' : asText(tp.row.leadId);
    if (leadText === '') {
      problems.push(hm(lang, 'touchpoint.noLead', { row: tp.rowNumber }));
      continue;
    }
    const leadKey = leadText.toLowerCase();
    if (!leadsById.has(leadKey)) {
      problems.push(hm(lang, 'touchpoint.unknownLead', { row: tp.rowNumber, id: leadText }));
      continue;
    }
    const date = fieldTypes.date.parse(tp.row.date, env, { type: 'date' });
    const direction = fieldTypes.enum.parse(tp.row.direction, env, directionField);
    const r = rollups.get(leadKey) ?? { first: null, last: null, count: 0, outbound: 0, inbound: 0 };
    const d = date.ok ? date.value : null;
    r.first = minDate(r.first, d);
    r.last = maxDate(r.last, d);
    r.count++;
    if (direction.ok && direction.value === 'outbound') r.outbound++;
    if (direction.ok && direction.value === 'inbound') r.inbound++;
    rollups.set(leadKey, r);
    if (tp.isNew && direction.ok && (direction.value === 'outbound' || direction.value === 'inbound')) fresh.push({ leadKey, direction: direction.value });
  }
  const leadUpdates: LeadUpdate[] = [];
  const advances: Advance[] = [];
  for (const [leadKey, r] of rollups) {
    const lead = leadsById.get(leadKey)!;
    const leadId = asText(lead.values.leadId);
    const read = (v: unknown) => {
      const p = fieldTypes.date.parse(v, env, { type: 'date' });
      return p.ok ? p.value : null;
    };
    const count = fieldTypes.number.parse(lead.values.touchpointCount, env, { type: 'number' });
    const wanted: Record<string, CellValue> = {
      firstContactDate: minDate(read(lead.values.firstContactDate), r.first) ?? '',
      lastContactDate: maxDate(read(lead.values.lastContactDate), r.last) ?? '',
      touchpointCount: Math.max(count.ok && count.value !== null ? count.value : 0, r.count),
    };
    const writes: LeadWrites = {};
    for (const [k, v] of Object.entries(wanted)) if (!sameCell(v, lead.values[k as keyof LeadRow])) writes[k as keyof LeadWrites] = v;
    let row: LeadRow = { ...lead.values, ...writes };
    const first = fresh.find((f) => f.leadKey === leadKey && (f.direction === 'outbound' ? r.outbound === 1 : r.inbound === 1));
    if (ctx.settings.autoAdvance && first) {
      const current = resolveStage(ctx.stages, args.lastAccepted.get(leadId) ?? lead.values.stage);
      const target = advanceTarget(current, first.direction, ctx);
      if (target) {
        const reason = hm(lang, first.direction === 'outbound' ? 'advance.outbound' : 'advance.inbound');
        const transition = checkTransition({ ...ctx, row, from: current?.key ?? null, to: target.name, reason });
        advances.push({ rowNumber: lead.rowNumber, leadId, transition });
        if (transition.accepted) {
          writes.stage = target.name;
          writes.stageChangedAt = ctx.now;
        }
      }
    }
    row = { ...lead.values, ...writes };
    if (Object.keys(writes).length > 0) {
      for (const [k, v] of Object.entries(deriveLead(row, ctx).values)) if (!sameCell(v, row[k as keyof LeadRow])) writes[k as keyof LeadWrites] = v;
      leadUpdates.push({ rowNumber: lead.rowNumber, leadId, writes });
    }
  }
  return { touchpoints: tps.rows, leadUpdates, advances, problems, idCounter: tps.idCounter };
}
