// Chooses which emails to send under MailApp's remaining daily quota, most important first, and which to defer.
import { isDone, splitKey, type Deferred, type Ledger } from './ledger.js';

/** Most important first: hard stop > exceeded > SLA breaches > digests > everything else. */
export const priorities = ['hardStop', 'exceeded', 'slaBreach', 'digest', 'other'] as const;
export type Priority = (typeof priorities)[number];

export type Outgoing = {
  readonly key: string;
  readonly priority: Priority;
  /** Everyone in to, cc and bcc. */
  readonly recipients: readonly string[];
  /** Keys this message makes unnecessary (a hard-stop alert covers the alert-level one). */
  readonly covers?: readonly string[];
};

export type SendPlan<T extends Outgoing> = { readonly send: T[]; readonly defer: Deferred[]; readonly dropped: string[] };

const rank = (p: Priority) => priorities.indexOf(p);

/**
 * Plans one tick's sends. The quota counts recipients, not messages
 * (https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()), so each
 * message costs its recipient count. Candidates already done, covered by another candidate, or older
 * than a candidate of the same series are dropped; then the most important go first, and a message
 * that does not fit is deferred while smaller ones may still fit.
 */
export function planSends<T extends Outgoing>(candidates: readonly T[], remainingQuota: number, ledger: Ledger): SendPlan<T> {
  const dropped: string[] = [];
  const covered = new Set(candidates.flatMap((c) => c.covers ?? []));
  const newest = new Map<string, string>();
  for (const c of candidates) {
    const { series, period } = splitKey(c.key);
    if ((newest.get(series) ?? '') < period) newest.set(series, period);
  }
  const seen = new Set<string>();
  const live: T[] = [];
  for (const c of candidates) {
    const { series, period } = splitKey(c.key);
    if (isDone(ledger, c.key) || covered.has(c.key) || newest.get(series) !== period || seen.has(c.key)) {
      dropped.push(c.key);
      continue;
    }
    seen.add(c.key);
    live.push(c);
  }
  const order = [...live].sort((a, b) => rank(a.priority) - rank(b.priority) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  let left = Math.max(0, Math.floor(remainingQuota));
  const send: T[] = [];
  const defer: Deferred[] = [];
  for (const c of order) {
    const cost = new Set(c.recipients.map((r) => r.toLowerCase())).size;
    if (cost > 0 && cost <= left) {
      send.push(c);
      left -= cost;
    } else if (cost > 0) defer.push({ key: c.key, priority: c.priority });
    else dropped.push(c.key);
  }
  return { send, defer, dropped };
}
