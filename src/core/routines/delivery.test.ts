import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deliver, recoverPending, type SendResult } from './delivery.js';
import { decodeLedger, encodeLedger } from './ledger-codec.js';
import { emptyLedger, isDone, markDone, type Ledger } from './ledger.js';
import { planSends, type Outgoing, type Priority } from './quota.js';

const msg = (key: string, priority: Priority, recipients = ['a@x.de'], covers?: string[]): Outgoing => ({ key, priority, recipients, covers });

describe('quota planning', () => {
  it('sends hard stop, exceeded, SLA breaches, digests, then others, while the quota lasts', () => {
    const plan = planSends(
      [msg('digest:d@x.de:2026-11-16', 'digest'), msg('other:2026-11-16', 'other'), msg('budgetAlert:Tools:hardStop:2026-11', 'hardStop'), msg('digest:s@x.de:2026-11-16', 'slaBreach'), msg('budgetAlert:AI:limit:2026-11', 'exceeded')],
      3,
      emptyLedger,
    );
    expect(plan.send.map((m) => m.priority)).toEqual(['hardStop', 'exceeded', 'slaBreach']);
    expect(plan.defer.map((d) => d.priority)).toEqual(['digest', 'other']);
  });

  it('counts recipients, not messages, against the quota', () => {
    const plan = planSends([msg('digest:a@x.de:2026-11-16', 'slaBreach', ['a@x.de', 'boss@x.de']), msg('digest:b@x.de:2026-11-16', 'digest')], 2, emptyLedger);
    expect(plan.send.map((m) => m.key)).toEqual(['digest:a@x.de:2026-11-16']);
    expect(plan.defer.map((m) => m.key)).toEqual(['digest:b@x.de:2026-11-16']);
  });

  it('drops what is done, covered by another candidate, or superseded by a newer period', () => {
    const ledger = markDone(emptyLedger, 'digest:a@x.de:2026-11-16');
    const plan = planSends(
      [msg('digest:a@x.de:2026-11-16', 'digest'), msg('budgetAlert:AI:alert:2026-11', 'other'), msg('budgetAlert:AI:hardStop:2026-11', 'hardStop', ['a@x.de'], ['budgetAlert:AI:alert:2026-11']), msg('digest:b@x.de:2026-11-13', 'digest'), msg('digest:b@x.de:2026-11-16', 'digest')],
      10,
      ledger,
    );
    expect(plan.send.map((m) => m.key)).toEqual(['budgetAlert:AI:hardStop:2026-11', 'digest:b@x.de:2026-11-16']);
    expect(plan.dropped.sort()).toEqual(['budgetAlert:AI:alert:2026-11', 'digest:a@x.de:2026-11-13'.replace('a@', 'b@'), 'digest:a@x.de:2026-11-16'].sort());
  });

  it('never exceeds the remaining quota (property)', () => {
    const arb = fc.array(fc.record({ n: fc.integer({ min: 0, max: 999 }), p: fc.constantFrom(...(['hardStop', 'exceeded', 'slaBreach', 'digest', 'other'] as const)), r: fc.integer({ min: 1, max: 5 }) }), { maxLength: 40 });
    fc.assert(
      fc.property(arb, fc.integer({ min: 0, max: 60 }), (items, quota) => {
        const plan = planSends(items.map((i) => msg(`m${i.n}:2026-11-16`, i.p, Array.from({ length: i.r }, (_, k) => `u${k}@x.de`))), quota, emptyLedger);
        expect(plan.send.reduce((s, m) => s + m.recipients.length, 0)).toBeLessThanOrEqual(quota);
        expect(plan.send.length + plan.defer.length + plan.dropped.length).toBe(items.length);
      }),
    );
  });
});

class ExecutionCutOff extends Error {}

/** A tick of sends against a persisted ledger (encoded like the document property) and a shared outbox. */
function sendTick(store: { value: string[] }, outbox: string[], candidates: Outgoing[], opts: { quota?: number; dieAfterSend?: number; deadlineAfter?: number; every?: number } = {}) {
  const ledger = decodeLedger(store.value).ledger;
  const plan = planSends([...candidates], opts.quota ?? 100, ledger);
  let sends = 0;
  let t = 0;
  return deliver({
    ledger,
    plan,
    checkpointEvery: opts.every ?? 2,
    clock: () => t++,
    deadline: opts.deadlineAfter ?? Infinity,
    save: (l) => (store.value = encodeLedger(l)),
    send: (m): SendResult => {
      outbox.push(m.key);
      sends++;
      if (sends === opts.dieAfterSend) throw new ExecutionCutOff('Exceeded maximum execution time');
      return 'sent';
    },
  });
}

describe('delivery (at most once)', () => {
  const digests = ['a', 'b', 'c', 'd', 'e'].map((o) => msg(`digest:${o}@x.de:2026-11-16`, 'digest'));

  it('a failure between sending and recording never sends that email twice, and reports it as unconfirmed', () => {
    const store = { value: [] as string[] };
    const outbox: string[] = [];
    expect(() => sendTick(store, outbox, digests, { dieAfterSend: 3, every: 2 })).toThrow(ExecutionCutOff);
    expect(outbox).toEqual(digests.slice(0, 3).map((m) => m.key));
    const next = sendTick(store, outbox, digests);
    // c was sent but not confirmed and d shared its claim window: at most once drops both; e goes out.
    expect(next.unconfirmed).toEqual(['digest:c@x.de:2026-11-16', 'digest:d@x.de:2026-11-16']);
    expect(next.sent).toEqual(['digest:e@x.de:2026-11-16']);
    expect(new Set(outbox).size).toBe(outbox.length);
  });

  it('checkpointing every send loses nothing but the one in flight', () => {
    const store = { value: [] as string[] };
    const outbox: string[] = [];
    expect(() => sendTick(store, outbox, digests, { dieAfterSend: 2, every: 1 })).toThrow(ExecutionCutOff);
    const next = sendTick(store, outbox, digests, { every: 1 });
    expect(next.unconfirmed).toEqual(['digest:b@x.de:2026-11-16']);
    expect(outbox).toEqual(digests.map((m) => m.key));
    expect(next.sent).toEqual(digests.slice(2).map((m) => m.key));
  });

  it('defers what the deadline or quota did not allow and sends it next time, once', () => {
    const store = { value: [] as string[] };
    const outbox: string[] = [];
    const first = sendTick(store, outbox, digests, { quota: 2 });
    expect(first.sent).toHaveLength(2);
    expect(decodeLedger(store.value).ledger.deferred).toHaveLength(3);
    const second = sendTick(store, outbox, digests, { deadlineAfter: 1 });
    expect(second.sent).toHaveLength(1);
    expect(second.deferred).toHaveLength(2);
    sendTick(store, outbox, digests);
    sendTick(store, outbox, digests);
    expect([...outbox].sort()).toEqual(digests.map((m) => m.key));
    expect(decodeLedger(store.value).ledger).toMatchObject({ deferred: [], pending: [] });
  });

  it('recoverPending reports and clears claims', () => {
    const l: Ledger = { ...emptyLedger, pending: ['x:2026-11'] };
    expect(recoverPending(l)).toEqual({ ledger: emptyLedger, unconfirmed: ['x:2026-11'] });
  });

  it('no interleaving of cut-offs and ticks sends a key twice (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 4 }), (deaths, every) => {
        const store = { value: [] as string[] };
        const outbox: string[] = [];
        for (const dieAfterSend of deaths) {
          try {
            sendTick(store, outbox, digests, { dieAfterSend, every });
          } catch (e) {
            if (!(e instanceof ExecutionCutOff)) throw e;
          }
        }
        expect(new Set(outbox).size).toBe(outbox.length);
        for (const k of outbox) expect(isDone(decodeLedger(store.value).ledger, k)).toBe(true);
      }),
    );
  });
});
