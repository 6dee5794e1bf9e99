import { describe, it, expect } from 'vitest';
import { makeCtx, newExecution } from '../runtime/testing.js';
import type { Ctx } from '../runtime/context.js';
import { createCacheService, CacheErrors } from './index.js';

/** A later execution in the same world (the clock moved on between two runs of the script). */
const later = (ctx: Ctx, ms: number): Ctx => {
  ctx.world.clock.advance(ms);
  return { world: ctx.world, exec: newExecution(ctx.world) };
};

describe('CacheService (https://developers.google.com/apps-script/reference/cache/cache)', () => {
  it('expires an entry after 600 seconds by default, on the emulator clock', () => {
    const ctx = makeCtx();
    createCacheService(ctx).getScriptCache().put('k', 'v');
    expect(createCacheService(later(ctx, 590_000)).getScriptCache().get('k')).toBe('v');
    expect(createCacheService(later(ctx, 11_000)).getScriptCache().get('k')).toBeNull();
  });

  it('honours an explicit expiration up to 21600 seconds and refuses more', () => {
    const ctx = makeCtx();
    const cache = createCacheService(ctx).getUserCache();
    expect(() => cache.put('k', 'v', 21_601)).toThrow(CacheErrors.badExpiration);
    cache.put('long', 'v', 21_600);
    expect(createCacheService(later(ctx, 21_590_000)).getUserCache().get('long')).toBe('v');
    expect(createCacheService(later(ctx, 11_000)).getUserCache().get('long')).toBeNull();
  });

  it('refuses keys over 250 characters and values over 100 KB', () => {
    const cache = createCacheService(makeCtx()).getScriptCache();
    cache.put('k'.repeat(250), 'ok');
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    cache.put('big', 'x'.repeat(100 * 1024));
    expect(() => cache.put('bigger', 'x'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => cache.putAll({ a: '1', b: 'x'.repeat(100 * 1024 + 1) })).toThrow('Argument too large: value');
    expect(cache.get('a')).toBeNull();
  });

  it('getAll returns only the keys found; remove and removeAll delete', () => {
    const cache = createCacheService(makeCtx()).getScriptCache();
    cache.putAll({ a: '1', b: 2, c: '3' });
    expect(cache.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    cache.remove('a');
    cache.removeAll(['b', 'c']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({});
  });

  it('keeps the 900 entries farthest from expiration when more than 1,000 are written', () => {
    const cache = createCacheService(makeCtx()).getScriptCache();
    for (let i = 0; i < 1000; i++) cache.put(`k${i}`, 'v', 100 + i);
    expect(cache.get('k0')).toBe('v');
    cache.put('last', 'v', 5000);
    expect(cache.get('k0')).toBeNull();
    expect(cache.get('k100')).toBeNull();
    expect(cache.get('k101')).toBe('v');
    expect(cache.get('last')).toBe('v');
  });

  it('separates script, document and per-user caches; the document cache is null without a document', () => {
    const ctx = makeCtx();
    expect(createCacheService(ctx).getDocumentCache()).toBeNull();
    ctx.world.activeSpreadsheetId = 'ss-1';
    createCacheService(ctx).getUserCache().put('k', 'owner');
    createCacheService(ctx).getDocumentCache()?.put('k', 'doc');
    const other = createCacheService({ world: ctx.world, exec: newExecution(ctx.world, { user: 'rep@example.com' }) });
    expect(other.getUserCache().get('k')).toBeNull();
    expect(other.getDocumentCache()?.get('k')).toBe('doc');
    expect(other.getScriptCache().get('k')).toBeNull();
  });
});
