// Cache: a string key-value store whose entries expire on the emulator's clock, with the platform's limits.
import type { Ctx } from '../runtime/context.js';
import { PlatformError } from '../runtime/errors.js';
import type { CacheEntry } from '../runtime/world.js';

type C = GoogleAppsScript.Cache.Cache;
type Members = 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll';

// https://developers.google.com/apps-script/reference/cache/cache#put(String,String) — kept 600 seconds (10 minutes) by default.
export const CACHE_DEFAULT_EXPIRATION_S = 600;
// https://developers.google.com/apps-script/reference/cache/cache#put(String,String,Integer) — "the maximum is 21600 seconds (6 hours)".
export const CACHE_MAX_EXPIRATION_S = 21_600;
// https://developers.google.com/apps-script/reference/cache/cache#put(String,String) — "The maximum length of a key is 250 characters."
export const CACHE_MAX_KEY_LENGTH = 250;
// https://developers.google.com/apps-script/reference/cache/cache#put(String,String) — "The maximum amount of data that can be stored per key is 100KB."
export const CACHE_MAX_VALUE_BYTES = 100 * 1024;
// https://developers.google.com/apps-script/reference/cache/cache#putAll(Object) — "The cap for cached items is 1,000. If more than
// 1,000 items are written, the cache stores the 900 items farthest from expiration."
export const CACHE_MAX_ITEMS = 1000;
export const CACHE_KEEP_ITEMS = 900;

export const CacheErrors = {
  // The platform's wording when a key or value exceeds the documented limits (as reported from real executions).
  keyTooLarge: 'Argument too large: key',
  valueTooLarge: 'Argument too large: value',
  // The emulator refuses, rather than silently shortens, an expiration outside 1..21600 s (the docs state the range only).
  badExpiration: 'Argument too large: expirationInSeconds',
} as const;

export class CacheFake implements Pick<C, Members> {
  constructor(
    private readonly ctx: Ctx,
    private readonly store: Map<string, CacheEntry>,
  ) {}

  private now(): number {
    return this.ctx.world.clock.now();
  }

  private live(key: string): string | null {
    const e = this.store.get(key);
    if (!e) return null;
    if (e.expiresMs <= this.now()) {
      this.store.delete(key);
      return null;
    }
    return e.value;
  }

  private checkKey(key: string): void {
    if (key.length > CACHE_MAX_KEY_LENGTH) throw new PlatformError(CacheErrors.keyTooLarge);
  }

  private expiry(expirationInSeconds: number | undefined): number {
    const s = expirationInSeconds === undefined ? CACHE_DEFAULT_EXPIRATION_S : Number(expirationInSeconds);
    if (!Number.isFinite(s) || s < 1 || s > CACHE_MAX_EXPIRATION_S) throw new PlatformError(CacheErrors.badExpiration);
    return this.now() + Math.floor(s) * 1000;
  }

  private store1(key: string, value: string, expiresMs: number): void {
    this.checkKey(key);
    if (Buffer.byteLength(value, 'utf8') > CACHE_MAX_VALUE_BYTES) throw new PlatformError(CacheErrors.valueTooLarge);
    this.store.set(key, { value, expiresMs });
  }

  private evict(): void {
    for (const k of [...this.store.keys()]) this.live(k);
    if (this.store.size <= CACHE_MAX_ITEMS) return;
    const keep = [...this.store.entries()].sort((a, b) => b[1].expiresMs - a[1].expiresMs).slice(0, CACHE_KEEP_ITEMS);
    this.store.clear();
    for (const [k, e] of keep) this.store.set(k, e);
  }

  get(key: string): string | null {
    this.ctx.exec.call('Cache.get', { latency: 'cache-read', access: 'document' });
    this.checkKey(String(key));
    return this.live(String(key));
  }

  /** Only the keys found (and not expired) appear in the result. */
  getAll(keys: string[]): { [key: string]: string } {
    this.ctx.exec.call('Cache.getAll', { latency: 'cache-read', access: 'document' });
    const out: { [key: string]: string } = {};
    for (const k of keys ?? []) {
      this.checkKey(String(k));
      const v = this.live(String(k));
      if (v !== null) out[String(k)] = v;
    }
    return out;
  }

  put(key: string, value: string, expirationInSeconds?: number): void {
    this.ctx.exec.call('Cache.put', { latency: 'cache-write', access: 'document' });
    this.store1(String(key), String(value), this.expiry(expirationInSeconds));
    this.evict();
  }

  putAll(values: { [key: string]: unknown }, expirationInSeconds?: number): void {
    this.ctx.exec.call('Cache.putAll', { latency: 'cache-write', access: 'document' });
    const expiresMs = this.expiry(expirationInSeconds);
    const entries = Object.entries(values ?? {}).map(([k, v]) => [k, String(v)] as const);
    for (const [k, v] of entries) {
      this.checkKey(k);
      if (Buffer.byteLength(v, 'utf8') > CACHE_MAX_VALUE_BYTES) throw new PlatformError(CacheErrors.valueTooLarge);
    }
    for (const [k, v] of entries) this.store1(k, v, expiresMs);
    this.evict();
  }

  remove(key: string): void {
    this.ctx.exec.call('Cache.remove', { latency: 'cache-write', access: 'document' });
    this.store.delete(String(key));
  }

  removeAll(keys: string[]): void {
    this.ctx.exec.call('Cache.removeAll', { latency: 'cache-write', access: 'document' });
    for (const k of keys ?? []) this.store.delete(String(k));
  }
}
