// The sandbox's Date and Math: `new Date()` and `Date.now()` read the emulator's clock; Math.random is seeded.
import type { Clock } from './clock.js';

/** A Date constructor whose "now" is the emulator clock; instances are ordinary Dates, so instanceof holds both ways. */
export function clockDate(clock: Clock): DateConstructor {
  return new Proxy(Date, {
    construct(target, args: unknown[]) {
      return args.length ? new target(...(args as [string])) : new target(clock.now());
    },
    apply() {
      return new Date(clock.now()).toString();
    },
    get(target, prop, receiver) {
      if (prop === 'now') return () => clock.now();
      return Reflect.get(target, prop, receiver);
    },
  });
}

/** Math with a deterministic random(). */
export function seededMath(random: () => number): Math {
  const m = Object.create(Math) as Math & { random: () => number };
  Object.defineProperty(m, 'random', { value: random });
  return m;
}
