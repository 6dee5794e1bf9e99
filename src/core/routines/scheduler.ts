// Which jobs the hourly tick runs now, each once per period for the whole spreadsheet, with one catch-up after downtime.
import { civilAt, dayKeyOfNumber, isoWeekKey, monthKeyOf, weekdayOf, type Weekday } from './calendar.js';
import { isDone, type CurrentPeriods, type Ledger } from './ledger.js';

export type JobName = 'budgetCheck' | 'followUps' | 'reactivation' | 'dailyDigest' | 'fridayReview' | 'monthly';

/** The order jobs run in one tick: tasks are created before the digest that lists them. */
export const jobOrder: readonly JobName[] = ['budgetCheck', 'followUps', 'reactivation', 'dailyDigest', 'fridayReview', 'monthly'];

export type ScheduleSettings = {
  /** Hour of day (0-23) in the spreadsheet's time zone. */
  readonly digestHour: number;
  readonly digestDays: readonly Weekday[];
};

export const defaultSchedule: ScheduleSettings = { digestHour: 8, digestDays: ['mon', 'tue', 'wed', 'thu', 'fri'] };

export type DueJob = { readonly job: JobName; readonly key: string };

/** The current hour, day, ISO week and month in the time zone. */
export function currentPeriods(now: number, timeZone: string): CurrentPeriods {
  const c = civilAt(now, timeZone);
  const day = dayKeyOfNumber(c.dayNum);
  return { hour: `${day}T${String(c.hour).padStart(2, '0')}`, day, week: isoWeekKey(day), month: monthKeyOf(day) };
}

/**
 * The jobs due now with their period keys. A job is due when its period has started (for the digest,
 * review and monthly jobs: the Digest Hour of the right day has passed) and the ledger does not hold
 * its key. Only the current period is ever proposed, so after any downtime each job catches up once;
 * a late tick (add-on clock triggers run at most hourly, at a time Apps Script picks:
 * https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers) still
 * finds its period open, and a repeated one finds the key done. Every user who turns automations on
 * has their own trigger (one per type, per user, per document:
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers), so keys are per spreadsheet.
 */
export function dueJobs(args: { now: number; timeZone: string; settings: ScheduleSettings; ledger: Ledger }): DueJob[] {
  const { now, timeZone, settings, ledger } = args;
  const p = currentPeriods(now, timeZone);
  const hour = civilAt(now, timeZone).hour;
  const afterDigestHour = hour >= settings.digestHour;
  const weekday = weekdayOf(p.day);
  const candidates: (DueJob | null)[] = [
    { job: 'budgetCheck', key: `budgetCheck:${p.hour}` },
    afterDigestHour ? { job: 'followUps', key: `followUps:${p.day}` } : null,
    afterDigestHour ? { job: 'reactivation', key: `reactivation:${p.day}` } : null,
    afterDigestHour && settings.digestDays.includes(weekday) ? { job: 'dailyDigest', key: `dailyDigest:${p.day}` } : null,
    // Seed 000 meeting rhythm: "Jeden Freitag: Pipeline-Review"; a missed Friday is caught up on the weekend.
    (weekday === 'fri' || weekday === 'sat' || weekday === 'sun') && (weekday !== 'fri' || afterDigestHour)
      ? { job: 'fridayReview', key: `fridayReview:${p.week}` }
      : null,
    p.day.endsWith('-01') && !afterDigestHour ? null : { job: 'monthly', key: `monthly:${p.month}` },
  ];
  return candidates.filter((j): j is DueJob => j !== null && !isDone(ledger, j.key));
}
