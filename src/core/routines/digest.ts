// The daily digest's content: per owner, their SLA breaches, overdue next steps, due tasks, missing fields and sequence suggestions.
import { DAY_MS, dayKeyOf, type DayKey } from './calendar.js';
import type { SequenceSuggestion } from './follow-ups.js';
import { slaState, type SlaLead, type SlaOptions, type SlaStage } from './sla.js';

export type DigestLead = SlaLead & {
  readonly leadId: string;
  /** 1-based sheet row, for the link. */
  readonly row: number;
  readonly name: string;
  readonly company?: string;
  readonly owner: string;
  readonly stageKey: string;
  readonly nextStep?: string;
  readonly nextStepDate?: number | null;
  /** Labels of the required fields this lead misses (from hygiene). */
  readonly missingFields?: readonly string[];
};

export type DigestTask = {
  readonly row: number;
  readonly title: string;
  readonly owner: string;
  readonly dueDate: number | null;
  /** Stored status: only "open" tasks are listed. */
  readonly status: string;
};

type Linked = { readonly lead: string; readonly row: number };
export type BreachItem = Linked & { readonly stage: string; readonly hoursOver: number; readonly kickoff: boolean; readonly escalated: boolean };
export type NextStepItem = Linked & { readonly step: string; readonly date: DayKey };
export type TaskItem = { readonly title: string; readonly row: number; readonly date: DayKey };
export type MissingItem = Linked & { readonly fields: readonly string[] };

export type OwnerDigest = {
  readonly owner: string;
  readonly breaches: BreachItem[];
  readonly nextSteps: NextStepItem[];
  readonly tasks: TaskItem[];
  readonly missing: MissingItem[];
  readonly suggestions: Linked[];
  /** Some breach is older than Escalation Days: the admin goes in copy. */
  readonly escalate: boolean;
};

export type DigestInput = {
  readonly now: number;
  readonly timeZone: string;
  readonly stages: readonly SlaStage[];
  readonly sla: Omit<SlaOptions, 'timeZone'>;
  readonly leads: Iterable<DigestLead>;
  readonly tasks: Iterable<DigestTask>;
  readonly suggestions?: readonly SequenceSuggestion[];
  /** Settings › Escalation Days. */
  readonly escalationDays: number;
  /** Who gets items with no owner (Settings › Admin Email); blank = nobody. */
  readonly adminEmail: string;
};

const label = (l: { name: string; company?: string }) => (l.company ? `${l.name} (${l.company})` : l.name) || '—';

/** Everything each owner has to do today; owners with nothing are left out. Sorted by owner. */
export function collectDigests(input: DigestInput): OwnerDigest[] {
  const today = dayKeyOf(input.now, input.timeZone);
  const stages = new Map(input.stages.map((s) => [s.key, s]));
  const opts: SlaOptions = { ...input.sla, timeZone: input.timeZone };
  const byOwner = new Map<string, { breaches: BreachItem[]; nextSteps: NextStepItem[]; tasks: TaskItem[]; missing: MissingItem[]; suggestions: Linked[]; escalate: boolean }>();
  const bucket = (owner: string) => {
    const key = owner.trim().toLowerCase() || input.adminEmail.trim().toLowerCase();
    if (key === '') return null;
    let b = byOwner.get(key);
    if (!b) byOwner.set(key, (b = { breaches: [], nextSteps: [], tasks: [], missing: [], suggestions: [], escalate: false }));
    return b;
  };
  const leadById = new Map<string, DigestLead>();
  const escalateAfter = input.escalationDays * DAY_MS;
  for (const lead of input.leads) {
    if (lead.leadId) leadById.set(lead.leadId, lead);
    const stage = stages.get(lead.stageKey);
    const state = stage ? slaState(lead, stage, input.now, opts) : null;
    const nextStepDay = lead.nextStepDate != null ? dayKeyOf(lead.nextStepDate, input.timeZone) : null;
    const overdueStep = stage?.kind === 'open' && nextStepDay !== null && nextStepDay < today;
    const missing = lead.missingFields ?? [];
    const breach = state?.breached && state.action !== 'reactivate';
    if (!breach && !overdueStep && missing.length === 0) continue;
    const b = bucket(lead.owner);
    if (!b) continue;
    if (breach && state && stage) {
      const escalated = input.now - state.due > escalateAfter;
      b.escalate ||= escalated;
      b.breaches.push({ lead: label(lead), row: lead.row, stage: stage.name, hoursOver: state.hoursOver, kickoff: state.action === 'kickoff', escalated });
    }
    if (overdueStep) b.nextSteps.push({ lead: label(lead), row: lead.row, step: lead.nextStep ?? '', date: nextStepDay! });
    if (missing.length > 0) b.missing.push({ lead: label(lead), row: lead.row, fields: missing });
  }
  for (const task of input.tasks) {
    if (task.status !== 'open' || task.dueDate === null) continue;
    const date = dayKeyOf(task.dueDate, input.timeZone);
    if (date > today) continue;
    bucket(task.owner)?.tasks.push({ title: task.title, row: task.row, date });
  }
  for (const s of input.suggestions ?? []) {
    const lead = leadById.get(s.leadId);
    if (lead) bucket(lead.owner)?.suggestions.push({ lead: label(lead), row: lead.row });
  }
  return [...byOwner.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([owner, b]) => ({
      owner,
      ...b,
      breaches: b.breaches.sort((x, y) => y.hoursOver - x.hoursOver || x.row - y.row),
      tasks: b.tasks.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.row - y.row)),
    }));
}
