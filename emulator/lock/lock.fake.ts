// Lock: a mutual-exclusion lock over one scope (script, document or user), held by one execution at a time.
import type { Ctx } from '../runtime/context.js';
import { PlatformError, PlatformErrors } from '../runtime/errors.js';
import type { World } from '../runtime/world.js';

type L = GoogleAppsScript.Lock.Lock;

export class LockFake implements Pick<L, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly ctx: Ctx,
    /** The scope key in world.locks: "script", "document:<id>" or "user:<email>". */
    readonly scope: string,
  ) {}

  private holder(): number | undefined {
    return this.ctx.world.locks.get(this.scope);
  }

  /** Free (or already ours) unless a test switched on contention or another execution holds it. */
  private acquire(): boolean {
    const holder = this.holder();
    if (holder === this.ctx.exec.id) return true;
    if (this.ctx.world.faults.lockContention || holder !== undefined) return false;
    this.ctx.world.locks.set(this.scope, this.ctx.exec.id);
    return true;
  }

  /** https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer) — false after the timeout when another process holds it. */
  tryLock(timeoutInMillis: number): boolean {
    this.ctx.exec.call('Lock.tryLock', { latency: 'lock', access: 'document' });
    if (this.acquire()) return true;
    this.ctx.exec.wait(Math.max(0, Number(timeoutInMillis) || 0));
    return false;
  }

  /** https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer) — throws after the timeout. */
  waitLock(timeoutInMillis: number): void {
    this.ctx.exec.call('Lock.waitLock', { latency: 'lock', access: 'document' });
    if (this.acquire()) return;
    this.ctx.exec.wait(Math.max(0, Number(timeoutInMillis) || 0));
    throw new PlatformError(PlatformErrors.lockTimeout);
  }

  /** https://developers.google.com/apps-script/reference/lock/lock#releaseLock() — no effect when the lock is not held. */
  releaseLock(): void {
    this.ctx.exec.call('Lock.releaseLock', { latency: 'lock', access: 'document' });
    if (this.holder() === this.ctx.exec.id) this.ctx.world.locks.delete(this.scope);
  }

  hasLock(): boolean {
    this.ctx.exec.call('Lock.hasLock', { latency: 'local', access: 'document' });
    return this.holder() === this.ctx.exec.id;
  }
}

/**
 * Releases every lock held by an execution. The runtime calls it when an execution ends:
 * https://developers.google.com/apps-script/reference/lock/lock#releaseLock() — "Locks are automatically released when the script terminates".
 */
export function releaseLocksOf(world: World, execId: number): void {
  for (const [scope, holder] of [...world.locks]) if (holder === execId) world.locks.delete(scope);
}
