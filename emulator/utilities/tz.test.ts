import { describe, expect, it } from 'vitest';
import { zonedToUtc } from './tz.js';

const wall = (ms: number, tz: string): string => new Date(ms).toLocaleString('en-GB', { timeZone: tz, hour12: false });

describe('zonedToUtc', () => {
  it('moves a wall time skipped by spring-forward past the gap, in both hemispheres and on both sides of UTC', () => {
    expect(wall(zonedToUtc('America/New_York', 2026, 3, 8, 2, 0), 'America/New_York')).toBe('08/03/2026, 03:00:00');
    expect(wall(zonedToUtc('Europe/Berlin', 2026, 3, 29, 2, 30), 'Europe/Berlin')).toBe('29/03/2026, 03:30:00');
    expect(wall(zonedToUtc('Australia/Sydney', 2026, 10, 4, 2, 0), 'Australia/Sydney')).toBe('04/10/2026, 03:00:00');
  });

  it('keeps ordinary wall times exact', () => {
    expect(wall(zonedToUtc('America/New_York', 2026, 3, 8, 1, 0), 'America/New_York')).toBe('08/03/2026, 01:00:00');
    expect(zonedToUtc('Europe/Berlin', 2026, 11, 16, 8, 0)).toBe(Date.parse('2026-11-16T07:00:00Z'));
  });
});
