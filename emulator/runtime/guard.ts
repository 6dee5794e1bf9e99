// Wraps a fake so that any member it lacks throws "not implemented in emulator: Class.member" instead of returning undefined.
import { PlatformErrors } from './errors.js';

const passThrough = new Set<PropertyKey>(['then', 'toJSON', 'constructor', 'inspect', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@']);

/** Returns a proxy of `target` whose missing members throw instead of being undefined. */
export function guard<T extends object>(target: T, className: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (prop in obj || typeof prop === 'symbol' || passThrough.has(prop)) {
        const value = Reflect.get(obj, prop, receiver);
        return typeof value === 'function' ? value.bind(obj) : value;
      }
      throw new Error(PlatformErrors.notImplemented(`${className}.${String(prop)}`));
    },
  });
}
