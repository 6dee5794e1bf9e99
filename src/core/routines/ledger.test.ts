import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekKey, addDays, weekdayOf, monthBounds } from './calendar.js';
import { decodeLedger, encodeLedger, ledgerJson, PROPERTY_VALUE_BYTES, utf8Bytes } from './ledger-codec.js';
import { emptyLedger, isDone, markDone, pruneLedger, splitKey, type Ledger } from './ledger.js';
import { currentPeriods } from './scheduler.js';

describe('calendar periods', () => {
  it('numbers ISO weeks from the week holding the year’s first Thursday', () => {
    expect(isoWeekKey('2026-11-16')).toBe('2026-W47');
    expect(isoWeekKey('2027-01-01')).toBe('2026-W53'); // a Friday: still the last week of 2026
    expect(isoWeekKey('2024-12-30')).toBe('2025-W01');
    expect(weekdayOf('2026-11-20')).toBe('fri');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });

  it('bounds a month at local midnight in the time zone', () => {
    const { start, end } = monthBounds('2026-03-15', 'Europe/Berlin');
    expect(new Date(start).toISOString()).toBe('2026-02-28T23:00:00.000Z');
    expect(new Date(end).toISOString()).toBe('2026-03-31T22:00:00.000Z'); // CEST from 29 March
  });
});

describe('ledger', () => {
  it('treats a later period of a series as covering every earlier one', () => {
    const l = markDone(emptyLedger, 'dailyDigest:2026-11-18');
    expect(isDone(l, 'dailyDigest:2026-11-18')).toBe(true);
    expect(isDone(l, 'dailyDigest:2026-11-17')).toBe(true);
    expect(isDone(l, 'dailyDigest:2026-11-19')).toBe(false);
    expect(isDone(markDone(l, 'dailyDigest:2026-11-10'), 'dailyDigest:2026-11-18')).toBe(true);
  });

  it('splits a key at its last colon so series may contain colons', () => {
    expect(splitKey('budgetAlert:OpenAI:alert:2026-11')).toEqual({ series: 'budgetAlert:OpenAI:alert', period: '2026-11' });
    expect(() => splitKey('nonsense')).toThrow();
  });

  it('prunes what is past its period so the ledger stays small', () => {
    const l = markDone(emptyLedger, 'dailyDigest:2026-11-16', 'digest:ana@x.de:2026-11-16', 'budgetAlert:OpenAI:alert:2026-10', 'budgetAlert:OpenAI:limit:2026-11', 'budgetCheck:2026-11-16T08', 'fridayReview:2026-W46');
    const now = currentPeriods(Date.parse('2026-11-17T09:30:00Z'), 'Europe/Berlin');
    const p = pruneLedger(l, now);
    expect(Object.keys(p.done)).toEqual(['budgetAlert:OpenAI:limit']);
    // A pruned series answers exactly as before for every current key.
    for (const key of ['dailyDigest:2026-11-17', 'budgetAlert:OpenAI:alert:2026-11', 'budgetAlert:OpenAI:limit:2026-11', 'fridayReview:2026-W47']) {
      expect(isDone(p, key)).toBe(isDone(l, key));
    }
  });

  it('keeps only the newest deferred message of a series', () => {
    const l: Ledger = { ...emptyLedger, deferred: [{ key: 'digest:ana@x.de:2026-11-16', priority: 'digest' }, { key: 'digest:ana@x.de:2026-11-17', priority: 'slaBreach' }] };
    expect(pruneLedger(l, currentPeriods(Date.parse('2026-11-17T09:00:00Z'), 'UTC')).deferred).toEqual([{ key: 'digest:ana@x.de:2026-11-17', priority: 'slaBreach' }]);
  });
});

describe('deferred messages', () => {
  it('gives up a deferred daily message after a week and a monthly one after its month', () => {
    const l: Ledger = { ...emptyLedger, deferred: [{ key: 'digest:ana@x.de:2026-11-09', priority: 'digest' }, { key: 'digest:ben@x.de:2026-11-10', priority: 'digest' }, { key: 'budgetAlert:AI:alert:2026-10', priority: 'other' }, { key: 'budgetAlert:AI:limit:2026-11', priority: 'exceeded' }] };
    expect(pruneLedger(l, currentPeriods(Date.parse('2026-11-17T09:00:00Z'), 'UTC')).deferred.map((d) => d.key)).toEqual(['digest:ben@x.de:2026-11-10', 'budgetAlert:AI:limit:2026-11']);
  });
});

describe('ledger encoding', () => {
  const realistic = (): Ledger => {
    let l = markDone(emptyLedger, 'budgetCheck:2026-11-16T08', 'followUps:2026-11-16', 'reactivation:2026-11-16', 'dailyDigest:2026-11-16', 'fridayReview:2026-W47', 'monthly:2026-11');
    for (const s of ['OpenAI', 'Anthropic', 'Hosting', 'Tools', 'Total']) for (const lv of ['alert', 'limit', 'hardStop']) l = markDone(l, `budgetAlert:${s}:${lv}:2026-11`);
    for (let i = 0; i < 60; i++) l = markDone(l, `digest:owner${i}@agency-example.de:2026-11-16`);
    return { ...l, deferred: Array.from({ length: 40 }, (_, i) => ({ key: `digest:late${i}@agency-example.de:2026-11-16`, priority: 'digest' as const })), pending: ['budgetAlert:Tools:alert:2026-11'] };
  };

  it('fits a team of 60 owners with 40 deferred digests in one 9 KB property value', () => {
    const parts = encodeLedger(realistic());
    expect(parts).toHaveLength(1);
    expect(utf8Bytes(parts[0])).toBeLessThanOrEqual(PROPERTY_VALUE_BYTES);
  });

  it('round-trips, and splits into several values only when one would exceed 9 KB', () => {
    const l = realistic();
    expect(decodeLedger(encodeLedger(l)).ledger).toEqual(l);
    const parts = encodeLedger(l, 500);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(utf8Bytes(p)).toBeLessThanOrEqual(500);
    expect(decodeLedger(parts).ledger).toEqual(l);
  });

  it('counts bytes, not characters, at the 9 KB limit (umlauts take two)', () => {
    expect(utf8Bytes('Müller')).toBe(7);
    const l = markDone(emptyLedger, ...Array.from({ length: 400 }, (_, i) => `digest:jürgen.größe${i}@müller.de:2026-11-16`));
    const parts = encodeLedger(l);
    for (const p of parts) expect(utf8Bytes(p)).toBeLessThanOrEqual(9 * 1024);
    expect(decodeLedger(parts).ledger).toEqual(l);
  });

  it('reads a ledger stored with the resume cursors of earlier versions, dropping them', () => {
    const stored = '{"v":1,"d":{"2026-11-16":["dailyDigest"]},"c":{"followUps":["2026-11-16","4000"]},"q":[],"p":[]}';
    expect(decodeLedger([stored])).toEqual({ ledger: markDone(emptyLedger, 'dailyDigest:2026-11-16') });
  });

  it('reads a missing value as empty and reports a damaged one', () => {
    expect(decodeLedger([null])).toEqual({ ledger: emptyLedger });
    const bad = decodeLedger(['{"v":1,"d":']);
    expect(bad.ledger).toEqual(emptyLedger);
    expect(bad.problem).toMatch(/unreadable/);
  });

  it('round-trips any ledger (property)', () => {
    const key = fc.tuple(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => !s.includes(':')), fc.constantFrom('2026-11-16', '2026-W47', '2026-11', '2026-11-16T08')).map(([a, b]) => `${a}:${b}`);
    fc.assert(
      fc.property(fc.array(key, { maxLength: 40 }), fc.array(key, { maxLength: 5 }), (keys, pending) => {
        const l: Ledger = { ...markDone(emptyLedger, ...keys), pending, deferred: pending.map((k) => ({ key: k, priority: 'other' })) };
        expect(decodeLedger(encodeLedger(l, 300)).ledger).toEqual(l);
        expect(ledgerJson(l).length).toBeGreaterThan(0);
      }),
    );
  });
});
