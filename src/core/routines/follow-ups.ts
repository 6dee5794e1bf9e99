// Seed 001 follow-up automation: the day-N tasks of a Contacted lead that has not replied, each created once.
import type { FollowUpStep } from '../settings.js';
import { addDays, dayKeyOf, type DayKey } from './calendar.js';
import { routineText, type RoutineLang } from './texts.js';

export type SequenceLead = {
  readonly leadId: string;
  readonly name: string;
  readonly owner: string;
  readonly stageKey: string;
  readonly stageChangedAt: number | null;
};

export type NewTask = {
  /** Stable identity: a task with this key is created once (store it as the Task ID). */
  readonly key: string;
  readonly relatedId: string;
  readonly title: string;
  readonly type: 'followUp' | 'reactivation' | 'review';
  readonly dueDate: DayKey;
  readonly owner: string;
  readonly source: 'sequence' | 'system';
};

export type SequenceSuggestion = { readonly leadId: string; readonly owner: string; readonly since: DayKey };

export type SequenceInput = {
  readonly today: DayKey;
  readonly timeZone: string;
  readonly lang: RoutineLang;
  readonly steps: readonly FollowUpStep[];
  /** The stage the sequence runs in (Contacted in the OpsMind and Roadmap presets). */
  readonly stageKey: string;
  readonly leads: Iterable<SequenceLead>;
  /** Per lead, the latest day of an inbound touchpoint. */
  readonly lastInbound: ReadonlyMap<string, DayKey>;
  /** Keys of tasks that already exist (in any status). */
  readonly existingKeys: ReadonlySet<string>;
};

export const followUpKey = (leadId: string, day: number) => `fu:${leadId}:d${day}`;

/**
 * For each lead still in the sequence stage with no inbound touchpoint since it entered it: the
 * latest step whose day has come, unless its task exists. Earlier missed steps are not back-filled
 * (after downtime the lead gets today's step, not a pile of stale ones). The sequence stops at the first
 * inbound touchpoint or any stage change. After the last (break-up) step's day, the lead is suggested
 * for Nurturing or Closed Lost.
 */
export function followUpTasks(input: SequenceInput): { tasks: NewTask[]; suggestions: SequenceSuggestion[] } {
  const tasks: NewTask[] = [];
  const suggestions: SequenceSuggestion[] = [];
  const last = input.steps.at(-1);
  if (!last) return { tasks, suggestions };
  for (const lead of input.leads) {
    if (lead.stageKey !== input.stageKey || lead.stageChangedAt === null || lead.leadId === '') continue;
    const entered = dayKeyOf(lead.stageChangedAt, input.timeZone);
    const inbound = input.lastInbound.get(lead.leadId);
    if (inbound !== undefined && inbound >= entered) continue;
    const breakUpDay = addDays(entered, last.day);
    if (input.today > breakUpDay) suggestions.push({ leadId: lead.leadId, owner: lead.owner, since: addDays(breakUpDay, 1) });
    let index = -1;
    for (let i = 0; i < input.steps.length; i++) if (addDays(entered, input.steps[i].day) <= input.today) index = i;
    if (index < 0) continue;
    const step = input.steps[index];
    const key = followUpKey(lead.leadId, step.day);
    if (input.existingKeys.has(key)) continue;
    tasks.push({
      key,
      relatedId: lead.leadId,
      title: routineText(input.lang, 'task.followUp', { n: index + 1, of: input.steps.length, channel: step.channel, day: step.day, name: lead.name }),
      type: 'followUp',
      dueDate: input.today,
      owner: lead.owner,
      source: 'sequence',
    });
  }
  return { tasks, suggestions };
}

export type Touch = { readonly leadId: string; readonly date: number | null; readonly direction: string };

/** The latest inbound touchpoint day per lead, from the Touchpoints tab (one pass). */
export function lastInboundByLead(touchpoints: Iterable<Touch>, timeZone: string): Map<string, DayKey> {
  const latest = new Map<string, number>();
  for (const t of touchpoints) {
    if (t.direction !== 'inbound' || t.date === null || t.leadId === '') continue;
    if ((latest.get(t.leadId) ?? -Infinity) < t.date) latest.set(t.leadId, t.date);
  }
  const out = new Map<string, DayKey>();
  for (const [id, ms] of latest) out.set(id, dayKeyOf(ms, timeZone));
  return out;
}
