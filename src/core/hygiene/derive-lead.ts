// Derived Leads columns (BANT Score, Qualified suggestion, Probability, Forecast Category, Weighted Value, SLA Due, Hygiene).
import { forecastCategoryOptions, type LeadFieldKey } from '../../../sheets-schema/leads.sheet.js';
import { fieldTypes } from '../field-types/index.js';
import type { StageConfig } from '../stages.js';
import { civilOf, instantOf } from '../zoned-time.js';
import { hm } from './messages.js';
import { envOf, labelOf, langOfCtx, readLead, type ReadLead } from './read-row.js';
import { missingFor, nextStepFields } from './requirements.js';
import { slaDue, slaState, type SlaLead, type SlaOptions } from '../routines/sla.js';
import type { HygieneContext, LeadRow, LeadWrites, RowProblem } from './types.js';

export const bantFields = ['bantBudget', 'bantAuthority', 'bantNeed', 'bantTimeline'] as const satisfies readonly LeadFieldKey[];


export type DerivedLead = {
  /** Every derived column's value ('' = blank), plus Qualified when it is suggested. */
  readonly values: LeadWrites;
  readonly problems: readonly RowProblem[];
  /** "OK" or every problem in plain words. */
  readonly hygiene: string;
  /** The row as read, with the derived BANT Score and any suggested Qualified in place. */
  readonly read: ReadLead;
};

/** BANT Score = how many of the four BANT checkboxes are ticked; blank while none of them has been answered. */
export function bantScoreOf(read: ReadLead): number | null {
  const answers = bantFields.map((k) => read.values[k]);
  if (answers.every((a) => a === null || a === undefined)) return null;
  return answers.filter((a) => a === true).length;
}

/** The read row with BANT Score derived and Qualified suggested from the BANT minimum when Qualified is empty. */
export function withBant(read: ReadLead, ctx: HygieneContext): { read: ReadLead; suggestedQualified: boolean | null } {
  const score = bantScoreOf(read);
  const empty = read.values.qualified === null && !read.unreadable.has('qualified');
  // Only a Yes is suggested: writing No below the minimum would look like a person's answer on the next edit, and the
  // box ticked third, one edit later, would never turn it into Yes.
  const suggestedQualified = empty && score !== null && score >= ctx.settings.bantMinimum ? true : null;
  const values = { ...read.values, bantScore: score, ...(suggestedQualified === null ? {} : { qualified: suggestedQualified }) };
  return { read: { ...read, values }, suggestedQualified };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Amount x stage probability: the actual amount once won, else the offer amount (or the actual one when no offer). */
function weightedValueOf(read: ReadLead, stage: StageConfig): number | null {
  const offer = read.values.offerAmount as number | null;
  const actual = read.values.actualAmount as number | null;
  const amount = stage.kind === 'won' ? (actual ?? offer) : (offer ?? actual);
  return amount === null || amount === undefined ? null : round2((amount * stage.probability) / 100);
}

/** The lead as the routines' SLA rules take it: Stage Changed At (Created At when the stage never changed), Kickoff and Reactivation Dates. */
function slaLeadOf(read: ReadLead): SlaLead {
  const ms = (v: unknown) => (v instanceof Date ? v.getTime() : null);
  return {
    stageChangedAt: ms(read.values.stageChangedAt ?? read.values.createdAt),
    kickoffDate: ms(read.values.kickoffDate),
    reactivationDate: ms(read.values.reactivationDate),
  };
}

function slaOptionsOf(ctx: HygieneContext): SlaOptions {
  return { timeZone: ctx.timeZone, mode: ctx.settings.slaHoursMode, businessHours: ctx.settings.businessHours };
}

/**
 * SLA Due: ONE rule for the column, the Hygiene text and the digests (core/routines/sla.ts): the stage's SLA hours from
 * Stage Changed At (Created At when the stage never changed), in business hours when Settings say so; days for Closed
 * Won and Nurturing; a parked lead's own Reactivation Date wins. Blank for a stage without SLA.
 */
export function slaDueOf(read: ReadLead, stage: StageConfig | null, ctx: HygieneContext): Date | null {
  if (!stage) return null;
  const due = slaDue(slaLeadOf(read), stage, slaOptionsOf(ctx));
  return due === null ? null : new Date(due);
}

let today: { key: string; start: Date } | null = null;

/** Local midnight of `now` (memoised: a batch asks once per row with the same clock). */
function startOfToday(ctx: HygieneContext): Date {
  const key = `${ctx.now.getTime()}|${ctx.timeZone}`;
  if (today?.key !== key) today = { key, start: instantOf({ ...civilOf(ctx.now, ctx.timeZone), hour: 0, minute: 0, second: 0 }, ctx.timeZone) };
  return today.start;
}

/** Every problem of the row, in the order the Hygiene column lists them. */
export function problemsOf(read: ReadLead, slaDue: Date | null, ctx: HygieneContext): RowProblem[] {
  const lang = langOfCtx(ctx);
  const env = envOf(ctx);
  const out: RowProblem[] = [];
  const stage = read.stage;
  if (!stage) {
    if (read.stageText === '') out.push({ code: 'noStage', fields: ['stage'], message: hm(lang, 'hygiene.noStage') });
    else out.push({ code: 'unknownStage', fields: ['stage'], message: hm(lang, 'hygiene.unknownStage', { stage: read.stageText }) });
  } else {
    const missing = missingFor(read, stage);
    const plain = missing.filter((k) => !(nextStepFields as readonly string[]).includes(k) && !read.unreadable.has(k));
    if (plain.length > 0) out.push({ code: 'missing', fields: plain, message: hm(lang, 'hygiene.missing', { fields: plain.map((k) => labelOf(k, lang)).join(', ') }) });
    const noStep = missing.includes('nextStep') && !read.unreadable.has('nextStep');
    const noDate = missing.includes('nextStepDate') && !read.unreadable.has('nextStepDate');
    // Neither one: said once ("No next step and no date"), not as two problems.
    if (noStep && noDate) out.push({ code: 'noNextStep', fields: ['nextStep', 'nextStepDate'], message: hm(lang, 'hygiene.noNextStepAtAll') });
    else if (noStep) out.push({ code: 'noNextStep', fields: ['nextStep'], message: hm(lang, 'hygiene.noNextStep') });
    else if (noDate) out.push({ code: 'noNextStepDate', fields: ['nextStepDate'], message: hm(lang, 'hygiene.noNextStepDate') });
    const nextDate = read.values.nextStepDate as Date | null;
    if (stage.kind === 'open' && nextDate && nextDate.getTime() < startOfToday(ctx).getTime()) {
      out.push({ code: 'nextStepPast', fields: ['nextStepDate'], message: hm(lang, 'hygiene.nextStepPast', { date: fieldTypes.date.format(nextDate, env, { type: 'date' }) }) });
    }
    // Breached as the digests see it (a held kickoff meets Closed Won's SLA; lost leads have none).
    const sla = slaDue ? slaState(slaLeadOf(read), stage, ctx.now.getTime(), slaOptionsOf(ctx)) : null;
    if (sla?.breached && slaDue) {
      out.push({ code: 'slaOverdue', fields: ['slaDue'], message: hm(lang, 'hygiene.slaOverdue', { due: fieldTypes.datetime.format(slaDue, env, { type: 'datetime' }) }) });
    }
  }
  for (const [key, problem] of read.unreadable) {
    out.push({ code: 'unreadable', fields: [key], message: hm(lang, 'hygiene.unreadable', { field: labelOf(key, lang), problem }) });
  }
  return out;
}

/** The Hygiene column: "OK", or every problem in plain words. */
export function hygieneText(problems: readonly RowProblem[], ctx: HygieneContext): string {
  const lang = langOfCtx(ctx);
  return problems.length === 0 ? hm(lang, 'hygiene.ok') : problems.map((p) => p.message).join(hm(lang, 'hygiene.separator'));
}

/** Recomputes every derived column of a Leads row from what people typed; deriving the result again changes nothing. */
export function deriveLead(row: LeadRow, ctx: HygieneContext, extraProblems: readonly RowProblem[] = []): DerivedLead {
  return deriveFromRead(readLead(row, ctx), ctx, extraProblems);
}

/** deriveLead for a row already read. */
export function deriveFromRead(raw: ReadLead, ctx: HygieneContext, extraProblems: readonly RowProblem[] = []): DerivedLead {
  const env = envOf(ctx);
  const { read, suggestedQualified } = withBant(raw, ctx);
  const stage = read.stage;
  const slaDue = slaDueOf(read, stage, ctx);
  const problems = [...problemsOf(read, slaDue, ctx), ...extraProblems];
  const hygiene = hygieneText(problems, ctx);
  const score = read.values.bantScore as number | null;
  const weighted = stage ? weightedValueOf(read, stage) : null;
  const values: LeadWrites = {
    bantScore: score ?? '',
    probability: stage ? stage.probability / 100 : '',
    forecastCategory: stage ? fieldTypes.enum.toCell(stage.forecastCategory, env, { type: 'enum', options: forecastCategoryOptions }) : '',
    weightedValue: weighted ?? '',
    slaDue: slaDue ?? '',
    hygiene,
  };
  if (suggestedQualified !== null) values.qualified = suggestedQualified;
  return { values, problems, hygiene, read };
}
