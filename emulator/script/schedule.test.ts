import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { nextRunAfter } from './schedule.js';
import type { TriggerRecord } from './trigger-record.js';
import { DAY_MS, HOUR_MS, WEEK_MS } from './trigger-record.js';
import { formatJavaDate } from '../utilities/format-date.js';

const clock = (over: Partial<TriggerRecord>): TriggerRecord => ({
  uid: 't',
  handler: 'tick',
  owner: 'owner@example.com',
  eventType: 'CLOCK',
  source: 'CLOCK',
  sourceId: null,
  everyMs: null,
  nextRunMs: null,
  atHour: null,
  weekDay: null,
  atMs: null,
  ...over,
});
const ms = (iso: string) => Date.parse(iso);
const berlin = (t: number | null) => (t === null ? null : formatJavaDate(new Date(t), 'Europe/Berlin', 'EEE yyyy-MM-dd HH:mm z'));

describe('nextRunAfter (https://developers.google.com/apps-script/reference/script/clock-trigger-builder)', () => {
  it('everyHours(1) is due at the next full hour, strictly after the given time', () => {
    const t = clock({ everyMs: HOUR_MS });
    expect(nextRunAfter(t, ms('2026-11-16T08:20:00Z'), 'Europe/Berlin')).toBe(ms('2026-11-16T09:00:00Z'));
    expect(nextRunAfter(t, ms('2026-11-16T09:00:00Z'), 'Europe/Berlin')).toBe(ms('2026-11-16T10:00:00Z'));
    expect(nextRunAfter({ ...t, nearMinute: 15 }, ms('2026-11-16T09:00:00Z'), 'UTC')).toBe(ms('2026-11-16T09:15:00Z'));
  });

  it('atHour(8).everyDays(1) keeps 08:00 Berlin time across the spring DST change (23 hours apart)', () => {
    const t = clock({ everyMs: DAY_MS, atHour: 8 });
    const first = nextRunAfter(t, ms('2026-03-27T12:00:00Z'), 'Europe/Berlin');
    expect(berlin(first)).toBe('Sat 2026-03-28 08:00 CET');
    const second = nextRunAfter({ ...t, nextRunMs: first }, first as number, 'Europe/Berlin');
    expect(berlin(second)).toBe('Sun 2026-03-29 08:00 CEST');
    expect((second as number) - (first as number)).toBe(23 * HOUR_MS);
  });

  it('atHour(8).everyDays(1) keeps 08:00 Berlin time across the autumn DST change (25 hours apart)', () => {
    const t = clock({ everyMs: DAY_MS, atHour: 8, nextRunMs: ms('2026-10-24T06:00:00Z') });
    const next = nextRunAfter(t, ms('2026-10-24T06:00:00Z'), 'Europe/Berlin');
    expect(berlin(next)).toBe('Sun 2026-10-25 08:00 CET');
    expect((next as number) - ms('2026-10-24T06:00:00Z')).toBe(25 * HOUR_MS);
  });

  it('runs later the same day when the hour has not come yet', () => {
    const t = clock({ everyMs: DAY_MS, atHour: 18, nearMinute: 30 });
    expect(berlin(nextRunAfter(t, ms('2026-11-16T08:00:00Z'), 'Europe/Berlin'))).toBe('Mon 2026-11-16 18:30 CET');
  });

  it('everyDays(2) steps two days from the previous run', () => {
    const first = ms('2026-11-16T07:00:00Z');
    const t = clock({ everyMs: 2 * DAY_MS, atHour: 8, nextRunMs: first });
    expect(berlin(nextRunAfter(t, first + 5000, 'Europe/Berlin'))).toBe('Wed 2026-11-18 08:00 CET');
  });

  it('onWeekDay(MONDAY).atHour(9) is due on the next Monday, then weekly', () => {
    const t = clock({ everyMs: WEEK_MS, atHour: 9, weekDay: 'MONDAY' });
    const first = nextRunAfter(t, ms('2026-11-18T10:00:00Z'), 'Europe/Berlin');
    expect(berlin(first)).toBe('Mon 2026-11-23 09:00 CET');
    expect(berlin(nextRunAfter({ ...t, nextRunMs: first }, first as number, 'Europe/Berlin'))).toBe('Mon 2026-11-30 09:00 CET');
  });

  it('uses the trigger’s own time zone (inTimezone) over the script’s', () => {
    const t = clock({ everyMs: DAY_MS, atHour: 8, timeZone: 'America/New_York' });
    expect(nextRunAfter(t, ms('2026-11-16T12:00:00Z'), 'Europe/Berlin')).toBe(ms('2026-11-16T13:00:00Z'));
  });

  it('at(date) runs once', () => {
    const t = clock({ atMs: ms('2026-11-20T10:00:00Z') });
    expect(nextRunAfter(t, ms('2026-11-16T00:00:00Z'), 'UTC')).toBe(ms('2026-11-20T10:00:00Z'));
    expect(nextRunAfter(t, ms('2026-11-20T10:00:00Z'), 'UTC')).toBeNull();
  });

  it('never schedules a spreadsheet trigger', () => {
    expect(nextRunAfter(clock({ eventType: 'ON_EDIT', source: 'SPREADSHEETS' }), 0, 'UTC')).toBeNull();
  });

  it('property: the next run is strictly later, within one period, and a daily run lands on the wall-clock hour', () => {
    const zones = fc.constantFrom('Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC', 'Australia/Sydney');
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2020-01-01'), max: Date.parse('2030-12-31') }), zones, fc.integer({ min: 0, max: 23 }), (after, tz, hour) => {
        const hourly = nextRunAfter(clock({ everyMs: HOUR_MS }), after, tz) as number;
        expect(hourly).toBeGreaterThan(after);
        expect(hourly - after).toBeLessThanOrEqual(HOUR_MS);
        const daily = nextRunAfter(clock({ everyMs: DAY_MS, atHour: hour }), after, tz) as number;
        expect(daily).toBeGreaterThan(after);
        expect(daily - after).toBeLessThanOrEqual(DAY_MS + HOUR_MS);
        const shown = Number(formatJavaDate(new Date(daily), tz, 'H'));
        // On a spring-forward day a skipped hour moves forward by the gap.
        expect([hour, hour + 1]).toContain(shown);
      }),
      { numRuns: 300 },
    );
  });
});
