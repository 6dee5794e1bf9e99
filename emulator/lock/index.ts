// The LockService global of one execution, and the hook that frees an ended execution's locks.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { LockServiceFake } from './lock-service.fake.js';

export { LockServiceFake } from './lock-service.fake.js';
export { LockFake, releaseLocksOf } from './lock.fake.js';

/** The `LockService` global of one execution. */
export function createLockService(ctx: Ctx): LockServiceFake {
  return guard(new LockServiceFake(ctx), 'LockService');
}
