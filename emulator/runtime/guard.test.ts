import { describe, it, expect } from 'vitest';
import { guard, serviceClock } from './guard.js';

function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // the platform at work
  }
}

describe('guard', () => {
  it('a member the fake lacks throws "not implemented" instead of returning undefined', () => {
    const fake = guard({ getName: () => 'Leads' }, 'Sheet') as unknown as { getName(): string; getTabColor(): string };
    expect(fake.getName()).toBe('Leads');
    expect(() => fake.getTabColor()).toThrow(/Sheet\.getTabColor/);
  });

  it('times the fakes’ members as the platform’s work, an inner call inside an outer one once', () => {
    const inner = guard({ read: () => busy(5) }, 'Range');
    const outer = guard({ run: () => inner.read() }, 'Sheet');
    const before = serviceClock.ms;
    outer.run();
    expect(serviceClock.ms - before).toBeGreaterThanOrEqual(5);
    expect(serviceClock.depth).toBe(0);
  });

  it('a member that throws still ends its timing', () => {
    const fake = guard({ fail: () => { throw new Error('Range not found'); } }, 'Sheet');
    expect(() => fake.fail()).toThrow('Range not found');
    expect(serviceClock.depth).toBe(0);
  });
});
