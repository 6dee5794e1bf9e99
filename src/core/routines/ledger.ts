// The tick's memory: which period of each job or message is done, deferred sends, unconfirmed claims; compact enough for one document property.
import { addDays } from './calendar.js';
import type { Priority } from './quota.js';

/**
 * A key is "<series>:<period>": the series names a job or a message ("dailyDigest", "digest:ana@x.de",
 * "budgetAlert:OpenAI:alert"), the period is its last segment ("2026-11-16", "2026-W47", "2026-11", "2026-11-16T08").
 * Periods of one series always share a format, so they compare as strings.
 */
export type Deferred = { readonly key: string; readonly priority: Priority };

export type Ledger = {
  /** Series -> the latest period done. A later period done implies every earlier one is done. */
  readonly done: Readonly<Record<string, string>>;
  /** Messages the daily email quota did not allow, sent first next time. */
  readonly deferred: readonly Deferred[];
  /** Messages claimed for sending whose send was not confirmed (the execution stopped in between). */
  readonly pending: readonly string[];
};

export const emptyLedger: Ledger = { done: {}, deferred: [], pending: [] };

export function splitKey(key: string): { series: string; period: string } {
  const i = key.lastIndexOf(':');
  if (i <= 0 || i === key.length - 1) throw new Error(`Not a period key: ${key}`);
  return { series: key.slice(0, i), period: key.slice(i + 1) };
}

export function isDone(ledger: Ledger, key: string): boolean {
  const { series, period } = splitKey(key);
  const last = ledger.done[series];
  return last !== undefined && last >= period;
}

/** Records keys as done; never moves a series back to an earlier period. */
export function markDone(ledger: Ledger, ...keys: readonly string[]): Ledger {
  const done = { ...ledger.done };
  for (const key of keys) {
    const { series, period } = splitKey(key);
    if (done[series] === undefined || done[series] < period) done[series] = period;
  }
  return { ...ledger, done };
}

/** The period keys of the current time, one per period format, for pruning. */
export type CurrentPeriods = { readonly hour: string; readonly day: string; readonly week: string; readonly month: string };

function currentFor(period: string, now: CurrentPeriods): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}$/.test(period)) return now.hour;
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return now.day;
  if (/^\d{4}-W\d{2}$/.test(period)) return now.week;
  if (/^\d{4}-\d{2}$/.test(period)) return now.month;
  return undefined;
}

/** A deferred message too old to be worth sending: over a week for daily ones, a past week or month otherwise. */
function stale(period: string, now: CurrentPeriods): boolean {
  const current = currentFor(period, now);
  if (current === undefined) return false;
  if (current === now.day || current === now.hour) return period.slice(0, 10) < addDays(now.day, -7);
  return period < current;
}

/**
 * Drops what can no longer matter: a series done for an earlier period than the current one answers
 * isDone exactly as a missing one (only current keys are ever asked), and
 * deferred messages that are done, stale, or older than another of their series (the fresher one supersedes).
 */
export function pruneLedger(ledger: Ledger, now: CurrentPeriods): Ledger {
  const done: Record<string, string> = {};
  for (const [series, period] of Object.entries(ledger.done)) {
    const current = currentFor(period, now);
    if (current === undefined || period >= current) done[series] = period;
  }
  const latest = new Map<string, Deferred>();
  for (const d of ledger.deferred) {
    const { series, period } = splitKey(d.key);
    const seen = latest.get(series);
    if (!seen || splitKey(seen.key).period < period) latest.set(series, d);
  }
  const deferred = [...latest.values()].filter((d) => !isDone({ ...ledger, done }, d.key) && !stale(splitKey(d.key).period, now));
  return { done, deferred, pending: ledger.pending };
}
