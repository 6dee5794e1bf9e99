import { describe, expect, it } from 'vitest';
import { civilOf, instantOf } from './zoned-time.js';
import { instantOfDay } from './routines/calendar.js';

describe('wall clock to instant', () => {
  it('reads ordinary wall times exactly, summer and winter', () => {
    expect(instantOf({ year: 2026, month: 11, day: 16, hour: 8, minute: 0, second: 0 }, 'Europe/Berlin').toISOString()).toBe('2026-11-16T07:00:00.000Z');
    expect(instantOf({ year: 2026, month: 7, day: 1, hour: 8, minute: 0, second: 0 }, 'Europe/Berlin').toISOString()).toBe('2026-07-01T06:00:00.000Z');
  });

  it('moves a wall time skipped by spring-forward past the gap, east and west of UTC', () => {
    const berlin = instantOf({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, 'Europe/Berlin');
    expect(civilOf(berlin, 'Europe/Berlin')).toMatchObject({ hour: 3, minute: 30 });
    const ny = instantOf({ year: 2026, month: 3, day: 8, hour: 2, minute: 0, second: 0 }, 'America/New_York');
    expect(civilOf(ny, 'America/New_York')).toMatchObject({ hour: 3, minute: 0 });
  });

  it('agrees with the routines’ calendar inside a DST gap', () => {
    const c = { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 };
    expect(instantOf(c, 'Europe/Berlin').getTime()).toBe(instantOfDay('2026-03-29', 'Europe/Berlin', 2, 30));
  });
});
