import { describe, expect, it } from 'vitest';
import vm from 'node:vm';
import { Clock } from './clock.js';
import { clockDate, seededMath } from './clock-date.js';
import { seededRandom } from './world.js';

describe('the sandbox clock', () => {
  it('new Date() and Date.now() read the emulator clock, not the host clock', () => {
    const clock = new Clock(Date.parse('2026-11-16T08:00:00Z'));
    const ctx = vm.createContext({ Date: clockDate(clock) });
    expect(vm.runInContext('new Date().toISOString()', ctx)).toBe('2026-11-16T08:00:00.000Z');
    clock.advance(3_600_000);
    expect(vm.runInContext('Date.now()', ctx)).toBe(Date.parse('2026-11-16T09:00:00Z'));
  });

  it('dates made in the sandbox are Dates to the host and host Dates are Dates to the script', () => {
    const clock = new Clock(0);
    const ctx = vm.createContext({ Date: clockDate(clock), hostDate: new Date(5) });
    expect(vm.runInContext('new Date(2020, 0, 1)', ctx)).toBeInstanceOf(Date);
    expect(vm.runInContext('hostDate instanceof Date', ctx)).toBe(true);
  });

  it('Math.random is deterministic for a seed', () => {
    const a = vm.runInContext('[Math.random(), Math.random()]', vm.createContext({ Math: seededMath(seededRandom(7)) }));
    const b = vm.runInContext('[Math.random(), Math.random()]', vm.createContext({ Math: seededMath(seededRandom(7)) }));
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(a[1]);
  });
});
