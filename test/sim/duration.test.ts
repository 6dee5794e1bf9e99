// Scenario durations: a number and a unit, combinable.
import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../scripts/sim/duration.js';

describe('parseDuration', () => {
  it.each([
    ['25h', 25 * 3_600_000],
    ['90m', 90 * 60_000],
    ['2d', 2 * 86_400_000],
    ['1w', 7 * 86_400_000],
    ['30s', 30_000],
    ['1h30m', 90 * 60_000],
    ['1d 12h', 36 * 3_600_000],
    ['0.5h', 1_800_000],
  ])('%s is %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['25', 'h', '2 days', '', '0h', '-1h', '1h foo'])('rejects %j', (text) => {
    expect(() => parseDuration(text)).toThrow();
  });
});
