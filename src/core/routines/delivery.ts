// Sending a planned batch with the ledger as the record.
import { markDone, type Deferred, type Ledger } from './ledger.js';
import type { Outgoing, SendPlan } from './quota.js';

/** What the mail adapter reports; a throw means the execution itself died (e.g. "Exceeded maximum execution time"). */
export type SendResult = 'sent' | 'quota' | 'failed';

/**
 * DELIVERY POLICY FOR EMAIL: AT MOST ONCE. Every message is claimed in the ledger (saved) before it is
 * sent and confirmed after; a message whose execution stopped between the two stays "pending" and is
 * never sent again, only reported (`recoverPending`). Why not at least once: MailApp cannot tell
 * whether a message left, so at-least-once means duplicates, and the issue forbids duplicate emails;
 * what a lost message said is not lost, because digests are snapshots (tomorrow's lists every breach
 * still open), budget status stays on the Budgets tab and the next level still alerts.
 * Claims are saved in windows of `checkpointEvery` messages, so after a crash at most one window is
 * uncertain, while the number of property writes stays at one per window plus one.
 */
export function deliver<T extends Outgoing>(args: {
  readonly ledger: Ledger;
  readonly plan: SendPlan<T>;
  readonly send: (message: T) => SendResult;
  readonly save: (ledger: Ledger) => void;
  readonly clock: () => number;
  /** Stop sending at this instant and defer the rest (the execution's time budget). */
  readonly deadline: number;
  readonly checkpointEvery?: number;
}): { ledger: Ledger; sent: string[]; deferred: string[]; failed: string[]; unconfirmed: string[] } {
  const { plan, send, save, clock, deadline } = args;
  const every = Math.max(1, args.checkpointEvery ?? 10);
  const { ledger: before, unconfirmed } = recoverPending(args.ledger);
  const planned = new Set([...plan.send.map((m) => m.key), ...plan.defer.map((d) => d.key), ...plan.dropped]);
  const keptDeferred = [...before.deferred.filter((d) => !planned.has(d.key)), ...plan.defer];
  let ledger: Ledger = { ...before, deferred: keptDeferred };
  const sent: string[] = [];
  const deferred: Deferred[] = [];
  const failed: string[] = [];
  let i = 0;
  sending: for (; i < plan.send.length; ) {
    // Claim the next window (done + pending) before any of it is sent.
    const window = plan.send.slice(i, i + every);
    ledger = { ...markDone(ledger, ...window.flatMap(keysOf)), pending: window.map((m) => m.key) };
    save(ledger);
    for (const m of window) {
      if (clock() >= deadline) break sending;
      const result = send(m);
      if (result === 'sent') sent.push(m.key);
      else if (result === 'quota') deferred.push({ key: m.key, priority: m.priority });
      else failed.push(m.key);
      i++;
    }
  }
  for (const m of plan.send.slice(i)) deferred.push({ key: m.key, priority: m.priority });
  // Only what was sent (or failed for good, e.g. a bad address) stays done; the rest goes back to the queue.
  const final = new Set([...sent, ...failed]);
  ledger = {
    ...markDone(before, ...plan.send.filter((m) => final.has(m.key)).flatMap(keysOf)),
    deferred: [...keptDeferred, ...deferred],
    pending: [],
  };
  save(ledger);
  return { ledger, sent, deferred: deferred.map((d) => d.key), failed, unconfirmed };
}

const keysOf = (m: Outgoing) => [m.key, ...(m.covers ?? [])];

/** Claims from an execution that died mid-send: reported, cleared, and (at most once) not sent again. */
export function recoverPending(ledger: Ledger): { ledger: Ledger; unconfirmed: string[] } {
  return { ledger: { ...ledger, pending: [] }, unconfirmed: [...ledger.pending] };
}
