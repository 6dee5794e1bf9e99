// The CacheService global of one execution.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { CacheServiceFake } from './cache-service.fake.js';

export { CacheServiceFake } from './cache-service.fake.js';
export {
  CacheFake,
  CacheErrors,
  CACHE_DEFAULT_EXPIRATION_S,
  CACHE_MAX_EXPIRATION_S,
  CACHE_MAX_KEY_LENGTH,
  CACHE_MAX_VALUE_BYTES,
  CACHE_MAX_ITEMS,
} from './cache.fake.js';

/** The `CacheService` global of one execution. */
export function createCacheService(ctx: Ctx): CacheServiceFake {
  return guard(new CacheServiceFake(ctx), 'CacheService');
}
