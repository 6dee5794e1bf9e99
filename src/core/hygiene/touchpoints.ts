// Touchpoints feed their leads (Last/First Contact Date, Touchpoint Count) and may auto-advance New Lead -> Contacted -> Response.
import type { FieldKeyOf } from '../../../sheets-schema/index.js';
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
export type TouchpointCellProblem = { readonly rowNumber: number; readonly field: FieldKeyOf<'touchpoints'>; readonly message: string };
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
  /** The same problems by Touchpoints cell (row and field), for a note where the value is. */
  readonly cellProblems: readonly TouchpointCellProblem[];
  readonly idCounter: number;
};

const directionField: FieldDef = touchpointsSheet.fields.find((f) => f.key === 'direction')!;

type Rollup = { first: Date | null; last: Date | null; count: number };

const minDate = (a: Date | null, b: Date | null) => (a && b ? (a.getTime() <= b.getTime() ? a : b) : (a ?? b));
const maxDate = (a: Date | null, b: Date | null) => (a && b ? (a.getTime() >= b.getTime() ? a : b) : (a ?? b));

/** The stage an outbound / inbound touchpoint moves a lead to (New Lead -> Contacted, Contacted -> Response), when the pipeline has those steps. */
function advanceTarget(stage: StageConfig | null, direction: 'outbound' | 'inbound', ctx: HygieneContext): StageConfig | null {
  if (!stage) return null;
  const byKey = (...keys: string[]) => keys.map((k) => ctx.stages.byKey.get(k)).find((s) => s !== undefined) ?? null;
  if (direction === 'outbound' && ctx.stages.first?.key === stage.key) return byKey('contacted');
  if (direction === 'inbound' && stage.key === 'contacted') return byKey('response', 'replied');
  return null;
}

/** The first of the lead's new touchpoints that moves its stage, with the stage it moves to. */
function advanceOf(current: StageConfig | null, directions: readonly ('outbound' | 'inbound')[], ctx: HygieneContext): { direction: 'outbound' | 'inbound'; target: StageConfig } | null {
  for (const direction of directions) {
    const target = advanceTarget(current, direction, ctx);
    if (target) return { direction, target };
  }
  return null;
}

/**
 * 'full': `touchpoints` are every row of the tab ("Check all rows"); only touchpoints that get their ID now advance a lead.
 * 'edit': `touchpoints` are the rows a person just edited (onEdit) and `others` the rest of the tab (only Lead ID, Date
 * and Direction are used); an edited touchpoint advances its lead as soon as it names the lead and a direction, whatever
 * order its cells were typed in.
 */
export type RollupMode = 'full' | 'edit';

/**
 * Rolls touchpoints up into their leads (Last Contact Date = latest, First Contact Date = earliest, Touchpoint Count;
 * dates and counts already on the lead are never lowered) and proposes the auto-advance for new touchpoints: a new
 * outbound one moves a lead still in the first stage to Contacted, a new inbound one moves a Contacted lead to Response.
 */
export function applyTouchpoints(
  args: {
    touchpoints: readonly TouchpointInput[];
    leads: readonly LeadInput[];
    lastAccepted: ReadonlyMap<string, string>;
    existingIds: Iterable<unknown>;
    idCounter?: number;
    mode?: RollupMode;
    /** In 'edit' mode: the tab's other rows, for the counts and dates of the leads the edited rows name. */
    others?: readonly TouchpointInput[];
  },
  ctx: HygieneContext,
): TouchpointResult {
  const mode = args.mode ?? 'full';
  const lang = langOfCtx(ctx);
  const env = envOf(ctx);
  const tps = deriveTabRows('touchpoints', args.touchpoints, { existingIds: args.existingIds, idCounter: args.idCounter }, ctx);
  const problems: string[] = tps.rows.flatMap((r) => r.problems);
  const cellProblems: TouchpointCellProblem[] = tps.rows.flatMap((r) => r.cellProblems.map((p) => ({ rowNumber: r.rowNumber, ...p })));
  const flag = (rowNumber: number, message: string) => {
    problems.push(message);
    cellProblems.push({ rowNumber, field: 'leadId', message });
  };
  const leadsById = new Map<string, LeadInput>();
  for (const l of args.leads) if (!isBlank(l.values.leadId)) leadsById.set(asText(l.values.leadId).toLowerCase(), l);
  const rollups = new Map<string, Rollup>();
  // The directions of the touchpoints that may advance a lead, by lead (looked up once per lead, not scanned).
  const fresh = new Map<string, ('outbound' | 'inbound')[]>();
  const add = (leadKey: string, row: TabRow<'touchpoints'>): 'outbound' | 'inbound' | null => {
    const date = fieldTypes.date.parse(row.date, env, { type: 'date' });
    const direction = fieldTypes.enum.parse(row.direction, env, directionField);
    const r = rollups.get(leadKey) ?? { first: null, last: null, count: 0 };
    const d = date.ok ? date.value : null;
    r.first = minDate(r.first, d);
    r.last = maxDate(r.last, d);
    r.count++;
    rollups.set(leadKey, r);
    return direction.ok && (direction.value === 'outbound' || direction.value === 'inbound') ? direction.value : null;
  };
  for (const tp of tps.rows) {
    if (tp.skipped) continue;
    const leadText = isBlank(tp.row.leadId) ? '' : asText(tp.row.leadId);
    if (leadText === '') {
      flag(tp.rowNumber, hm(lang, 'touchpoint.noLead', { row: tp.rowNumber }));
      continue;
    }
    const leadKey = leadText.toLowerCase();
    if (!leadsById.has(leadKey)) {
      flag(tp.rowNumber, hm(lang, 'touchpoint.unknownLead', { row: tp.rowNumber, id: leadText }));
      continue;
    }
    const direction = add(leadKey, tp.row);
    if (direction && (mode === 'edit' || tp.isNew)) fresh.set(leadKey, [...(fresh.get(leadKey) ?? []), direction]);
  }
  // The rest of the tab counts only for the leads the edited rows name.
  for (const other of args.others ?? []) {
    if (isBlank(other.values.leadId)) continue;
    const leadKey = asText(other.values.leadId).toLowerCase();
    if (rollups.has(leadKey)) add(leadKey, other.values);
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
    const before = count.ok && count.value !== null ? count.value : 0;
    const wanted: Record<string, CellValue> = {
      firstContactDate: minDate(read(lead.values.firstContactDate), r.first) ?? '',
      lastContactDate: maxDate(read(lead.values.lastContactDate), r.last) ?? '',
      touchpointCount: Math.max(before, r.count),
    };
    const writes: LeadWrites = {};
    for (const [k, v] of Object.entries(wanted)) if (!sameCell(v, lead.values[k as keyof LeadRow])) writes[k as keyof LeadWrites] = v;
    let row: LeadRow = { ...lead.values, ...writes };
    const current = resolveStage(ctx.stages, args.lastAccepted.get(leadId) ?? lead.values.stage);
    const advance = ctx.settings.autoAdvance ? advanceOf(current, fresh.get(leadKey) ?? [], ctx) : null;
    if (advance) {
      const reason = hm(lang, advance.direction === 'outbound' ? 'advance.outbound' : 'advance.inbound');
      const transition = checkTransition({ ...ctx, row, from: current?.key ?? null, to: advance.target.name, reason });
      advances.push({ rowNumber: lead.rowNumber, leadId, transition });
      if (transition.accepted) {
        writes.stage = advance.target.name;
        writes.stageChangedAt = ctx.now;
      }
    }
    row = { ...lead.values, ...writes };
    if (Object.keys(writes).length > 0) {
      for (const [k, v] of Object.entries(deriveLead(row, ctx).values)) if (!sameCell(v, row[k as keyof LeadRow])) writes[k as keyof LeadWrites] = v;
      leadUpdates.push({ rowNumber: lead.rowNumber, leadId, writes });
    }
  }
  return { touchpoints: tps.rows, leadUpdates, advances, problems, cellProblems, idCounter: tps.idCounter };
}
