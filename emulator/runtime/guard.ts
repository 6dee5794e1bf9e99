// Wraps a fake so that any member it lacks throws "not implemented in emulator: Class.member" instead of returning undefined.
import { performance } from 'node:perf_hooks';
import { PlatformErrors } from './errors.js';

const passThrough = new Set<PropertyKey>(['then', 'toJSON', 'constructor', 'inspect', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@']);

/**
 * Milliseconds spent inside the fakes' members (outermost calls only): the platform's side of a service call, which the
 * latency model already charges, so an execution's script CPU time is its CPU time less this.
 */
export const serviceClock = { ms: 0, depth: 0 };

function timed(fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return (...args) => {
    if (serviceClock.depth++ > 0) {
      try {
        return fn(...args);
      } finally {
        serviceClock.depth--;
      }
    }
    const t0 = performance.now();
    try {
      return fn(...args);
    } finally {
      serviceClock.depth--;
      serviceClock.ms += performance.now() - t0;
    }
  };
}

/** Returns a proxy of `target` whose missing members throw instead of being undefined. */
export function guard<T extends object>(target: T, className: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop in obj || typeof prop === 'symbol' || passThrough.has(prop)) {
        const value = Reflect.get(obj, prop, receiver);
        return typeof value === 'function' ? timed(value.bind(obj) as (...args: unknown[]) => unknown) : value;
      }
      throw new Error(PlatformErrors.notImplemented(`${className}.${String(prop)}`));
    },
  });
}
