// CacheService: hands out the script's, the open document's and the current user's caches.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import type { CacheEntry } from '../runtime/world.js';
import { CacheFake } from './cache.fake.js';

type CS = GoogleAppsScript.Cache.CacheService;
type C = GoogleAppsScript.Cache.Cache;

function storeOf(stores: Map<string, Map<string, CacheEntry>>, key: string): Map<string, CacheEntry> {
  let s = stores.get(key);
  if (!s) {
    s = new Map();
    stores.set(key, s);
  }
  return s;
}

export class CacheServiceFake implements Pick<CS, 'getScriptCache' | 'getDocumentCache' | 'getUserCache'> {
  constructor(private readonly ctx: Ctx) {}

  private call(member: string): void {
    this.ctx.exec.call(`CacheService.${member}`, { latency: 'local', access: 'document' });
  }

  getScriptCache(): C {
    this.call('getScriptCache');
    return guard(new CacheFake(this.ctx, this.ctx.world.cache.script), 'Cache') as unknown as C;
  }

  /** https://developers.google.com/apps-script/reference/cache/cache-service#getDocumentCache() — null outside a document. */
  getDocumentCache(): C | null {
    this.call('getDocumentCache');
    const id = this.ctx.world.activeSpreadsheetId;
    if (id === null) return null;
    return guard(new CacheFake(this.ctx, storeOf(this.ctx.world.cache.document, id)), 'Cache') as unknown as C;
  }

  getUserCache(): C {
    this.call('getUserCache');
    return guard(new CacheFake(this.ctx, storeOf(this.ctx.world.cache.user, this.ctx.exec.user)), 'Cache') as unknown as C;
  }
}
