// Nurturing reactivation: one Reactivation task per parked lead once its Reactivation Date has arrived.
import { dayKeyOf, type DayKey } from './calendar.js';
import type { NewTask } from './follow-ups.js';
import { addCalendarDays, type SlaStage } from './sla.js';
import { routineText, type RoutineLang } from './texts.js';

export type ParkedLead = {
  readonly leadId: string;
  readonly name: string;
  readonly owner: string;
  readonly stageKey: string;
  readonly stageChangedAt: number | null;
  readonly reactivationDate?: number | null;
};

export const reactivationKey = (leadId: string, day: DayKey) => `re:${leadId}:${day}`;

/**
 * Parked leads (stage kind "parked") whose Reactivation Date, or else Stage Changed At plus the stage's
 * SLA (Nurturing: 90 days, seed 000), is today or earlier. The key holds the date, so a lead parked
 * again with a new date gets a new task, and the same date never gets two.
 */
export function reactivationTasks(input: {
  readonly today: DayKey;
  readonly timeZone: string;
  readonly lang: RoutineLang;
  readonly stages: readonly SlaStage[];
  readonly leads: Iterable<ParkedLead>;
  readonly existingKeys: ReadonlySet<string>;
}): NewTask[] {
  const parked = new Map(input.stages.filter((s) => s.kind === 'parked').map((s) => [s.key, s]));
  const tasks: NewTask[] = [];
  for (const lead of input.leads) {
    const stage = parked.get(lead.stageKey);
    if (!stage || lead.leadId === '') continue;
    let when = lead.reactivationDate ?? null;
    if (when === null && lead.stageChangedAt !== null && stage.slaHours !== null) when = addCalendarDays(lead.stageChangedAt, Math.round(stage.slaHours / 24), input.timeZone);
    if (when === null) continue;
    const day = dayKeyOf(when, input.timeZone);
    if (day > input.today) continue;
    const key = reactivationKey(lead.leadId, day);
    if (input.existingKeys.has(key)) continue;
    tasks.push({
      key,
      relatedId: lead.leadId,
      title: routineText(input.lang, 'task.reactivation', { name: lead.name }),
      type: 'reactivation',
      dueDate: input.today,
      owner: lead.owner,
      source: 'system',
    });
  }
  return tasks;
}
