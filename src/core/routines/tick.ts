// One hourly tick as pure data: due jobs -> tasks to create, Budgets lines, candidate emails (fresh and re-made deferred).
import type { FollowUpStep } from '../settings.js';
import { budgetAlerts, budgetLines, type BudgetLine, type BudgetRow, type CostRow } from './budgets.js';
import type { BusinessHours } from './business-hours.js';
import { civilAt, instantOfDay } from './calendar.js';
import { collectDigests, type DigestLead, type DigestTask } from './digest.js';
import { digestEmail, type OutgoingEmail, type RowUrl } from './digest-email.js';
import { followUpTasks, lastInboundByLead, type NewTask, type Touch } from './follow-ups.js';
import { isDone, pruneLedger, splitKey, type Ledger } from './ledger.js';
import { budgetAlertEmail, fridayReviewEmails } from './notices.js';
import { reactivationTasks } from './reactivation.js';
import { currentPeriods, dueJobs, type DueJob, type ScheduleSettings } from './scheduler.js';
import type { SlaMode, SlaStage } from './sla.js';
import type { RoutineLang } from './texts.js';

export type TickSettings = ScheduleSettings & {
  readonly followUpSteps: readonly FollowUpStep[];
  readonly slaMode: SlaMode;
  readonly businessHours?: BusinessHours;
  readonly escalationDays: number;
  readonly adminEmail: string;
  readonly currency: string;
};

export type TickInput = {
  readonly now: number;
  readonly timeZone: string;
  readonly lang: RoutineLang;
  readonly settings: TickSettings;
  readonly ledger: Ledger;
  readonly stages: readonly SlaStage[];
  /** The stage the follow-up sequence runs in (e.g. "contacted"); null = no sequence. */
  readonly sequenceStageKey: string | null;
  readonly leads: readonly (DigestLead & { readonly reactivationDate?: number | null })[];
  readonly touchpoints: Iterable<Touch>;
  /** Existing tasks with their stable key (the Task ID). */
  readonly tasks: readonly (DigestTask & { readonly key: string })[];
  readonly costs: Iterable<CostRow>;
  readonly budgets: readonly BudgetRow[];
  readonly sheetIds: { readonly leads: number; readonly tasks: number };
  readonly rowUrl: RowUrl;
};

export type TickPlan = {
  readonly jobs: DueJob[];
  /** The ledger pruned to the current periods: start from it. */
  readonly ledger: Ledger;
  readonly tasks: NewTask[];
  /** Month To Date and Status for the Budgets tab (when the budget check ran). */
  readonly budgetLines: BudgetLine[] | null;
  /** Every email worth sending now, deferred ones re-made from today's data; feed to planSends. */
  readonly emails: OutgoingEmail[];
  /** Job keys to record once the tasks are written and the emails delivered. */
  readonly jobKeys: string[];
};

/** Everything the tick should do now. Pure: the app reads the tabs once, applies the plan, then records. */
export function planTick(input: TickInput): TickPlan {
  const { now, timeZone, lang, settings: s } = input;
  const periods = currentPeriods(now, timeZone);
  const today = periods.day;
  const ledger = pruneLedger(input.ledger, periods);
  const jobs = dueJobs({ now, timeZone, settings: s, ledger });
  const afterHour = civilAt(now, timeZone).hour >= s.digestHour;
  const due = new Set(jobs.map((j) => j.job));
  const deferredSeries = new Map(ledger.deferred.map((d) => [splitKey(d.key).series, d.key]));
  const existing = new Set(input.tasks.map((t) => t.key));
  const tasks: NewTask[] = [];
  let suggestions: ReturnType<typeof followUpTasks>['suggestions'] = [];

  if (input.sequenceStageKey !== null && (due.has('followUps') || due.has('dailyDigest') || [...deferredSeries.keys()].some((k) => k.startsWith('digest:')))) {
    const r = followUpTasks({ today, timeZone, lang, steps: s.followUpSteps, stageKey: input.sequenceStageKey, leads: input.leads, lastInbound: lastInboundByLead(input.touchpoints, timeZone), existingKeys: existing });
    if (due.has('followUps')) tasks.push(...r.tasks);
    suggestions = r.suggestions;
  }
  if (due.has('reactivation')) tasks.push(...reactivationTasks({ today, timeZone, lang, stages: input.stages, leads: input.leads, existingKeys: existing }));

  const emails: OutgoingEmail[] = [];
  const deferredAlerts = [...deferredSeries.keys()].some((k) => k.startsWith('budgetAlert:'));
  const lines = due.has('budgetCheck') || deferredAlerts ? budgetLines(input.budgets, input.costs, today, timeZone) : null;
  if (lines) {
    for (const alert of budgetAlerts(lines, today, (k) => isDone(ledger, k))) {
      const mail = budgetAlertEmail(alert, { lang, adminEmail: s.adminEmail, currency: s.currency });
      if (mail) emails.push(mail);
    }
  }

  const wantsDigest = due.has('dailyDigest') || [...deferredSeries.keys()].some((k) => k.startsWith('digest:'));
  if (wantsDigest) {
    // Tasks created this tick are appended below the last row and listed in today's digest.
    const lastRow = input.tasks.reduce((m, t) => Math.max(m, t.row), 1);
    const dueToday = instantOfDay(today, timeZone);
    const created = tasks.map((t, i) => ({ key: t.key, row: lastRow + 1 + i, title: t.title, owner: t.owner, dueDate: dueToday, status: 'open' }));
    const digests = collectDigests({ now, timeZone, stages: input.stages, sla: { mode: s.slaMode, businessHours: s.businessHours }, leads: input.leads, tasks: [...input.tasks, ...created], suggestions, escalationDays: s.escalationDays, adminEmail: s.adminEmail });
    const ctx = { today, lang, adminEmail: s.adminEmail, escalationDays: s.escalationDays, leadsSheetId: input.sheetIds.leads, tasksSheetId: input.sheetIds.tasks, rowUrl: input.rowUrl };
    for (const d of digests) {
      const mail = digestEmail(d, ctx);
      if (!mail) continue;
      const series = splitKey(mail.key).series;
      if (due.has('dailyDigest')) emails.push(mail);
      else {
        // A digest deferred for lack of quota goes out under its own key with today's content: today's
        // right away, an earlier day's only from the Digest Hour (today's digest, if due, supersedes it).
        const old = deferredSeries.get(series);
        if (old && (splitKey(old).period === today || afterHour)) emails.push({ ...mail, key: old });
      }
    }
  }

  if (due.has('fridayReview') || [...deferredSeries.keys()].some((k) => k.startsWith('review'))) {
    const open = input.leads.filter((l) => input.stages.find((st) => st.key === l.stageKey)?.kind === 'open');
    const byStage = input.stages.filter((st) => st.kind === 'open').map((st) => ({ stage: st.name, count: open.filter((l) => l.stageKey === st.key).length }));
    const breaches = collectDigests({ now, timeZone, stages: input.stages, sla: { mode: s.slaMode, businessHours: s.businessHours }, leads: input.leads, tasks: [], escalationDays: s.escalationDays, adminEmail: s.adminEmail }).reduce((n, d) => n + d.breaches.length, 0);
    const recipients = [s.adminEmail, ...input.leads.map((l) => l.owner)];
    const review = fridayReviewEmails(periods.week, { openLeads: open.length, breaches, byStage }, { lang, recipients });
    emails.push(...review.filter((m) => due.has('fridayReview') || deferredSeries.get(splitKey(m.key).series) === m.key));
  }

  return { jobs, ledger, tasks, budgetLines: lines, emails, jobKeys: jobs.map((j) => j.key) };
}

