import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilOf, instantOf } from '../zoned-time.js';
import { civilAt, dayKeyOfNumber, instantOfDay } from './calendar.js';

const zones = ['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Sao_Paulo', 'UTC'];

describe('fast wall-clock arithmetic agrees with Intl', () => {
  it('reads any instant as Intl does, across DST changes (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2030-12-31T00:00:00Z') }), fc.constantFrom(...zones), (ms, tz) => {
        const { dayNum: _d, ...fast } = civilAt(ms, tz);
        expect(fast).toEqual(civilOf(new Date(ms), tz));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the instant of an existing wall-clock time as zoned-time does (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 18_262, max: 22_280 }), fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45), fc.constantFrom(...zones), (dayNum, hour, minute, tz) => {
        const [year, month, day] = dayKeyOfNumber(dayNum).split('-').map(Number);
        const reference = instantOf({ year, month, day, hour, minute, second: 0 }, tz);
        const c = civilOf(reference, tz);
        if (c.hour !== hour || c.minute !== minute) return; // a DST gap: see the next test
        expect(instantOfDay(dayKeyOfNumber(dayNum), tz, hour, minute)).toBe(instantOf({ year, month, day, hour, minute, second: 0 }, tz).getTime());
      }),
      { numRuns: 2000 },
    );
  });

  it('resolves the DST gap forward and the overlap to the earlier instant in Berlin', () => {
    // 02:30 does not exist on 29 March 2026: it means 03:30 CEST; 02:30 happens twice on 25 October (the earlier is CEST).
    expect(new Date(instantOfDay('2026-03-29', 'Europe/Berlin', 2, 30)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(instantOfDay('2026-10-25', 'Europe/Berlin', 2, 30)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
});
