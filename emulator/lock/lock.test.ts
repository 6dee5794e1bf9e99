import { describe, it, expect } from 'vitest';
import { makeCtx } from '../runtime/testing.js';
import { Execution } from '../runtime/execution.js';
import type { Ctx } from '../runtime/context.js';
import { createLockService, releaseLocksOf } from './index.js';

let nextExecId = 100;
/** Another, concurrent execution (its own id) in the same world. */
const second = (ctx: Ctx, user?: string): Ctx => ({
  world: ctx.world,
  exec: new Execution(nextExecId++, 'other', 'direct', 'FULL', user ?? ctx.world.activeUser, ctx.world.clock, ctx.world.faults),
});

describe('LockService (https://developers.google.com/apps-script/reference/lock/lock)', () => {
  it('grants a free lock at once; hasLock reports it; releaseLock frees it', () => {
    const ctx = makeCtx();
    const lock = createLockService(ctx).getScriptLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    expect(ctx.world.locks.size).toBe(0);
  });

  it('tryLock returns false after waiting the whole timeout when another execution holds the lock', () => {
    const ctx = makeCtx();
    createLockService(ctx).getScriptLock().waitLock(1000);
    const other = second(ctx);
    const t0 = ctx.world.clock.now();
    expect(createLockService(other).getScriptLock().tryLock(5000)).toBe(false);
    expect(ctx.world.clock.now() - t0).toBe(20 + 5000);
  });

  it('waitLock throws "Lock timeout: another process was holding the lock for too long." under contention', () => {
    const ctx = makeCtx();
    ctx.world.faults.lockContention = true;
    const lock = createLockService(ctx).getScriptLock();
    expect(lock.tryLock(100)).toBe(false);
    expect(() => lock.waitLock(30_000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(lock.hasLock()).toBe(false);
  });

  it('locks die with their execution (releaseLocksOf), so the next execution gets them', () => {
    const ctx = makeCtx();
    ctx.world.activeSpreadsheetId = 'ss-1';
    createLockService(ctx).getDocumentLock().waitLock(10);
    createLockService(ctx).getUserLock().waitLock(10);
    releaseLocksOf(ctx.world, ctx.exec.id);
    expect(ctx.world.locks.size).toBe(0);
    expect(createLockService(second(ctx)).getDocumentLock().tryLock(10)).toBe(true);
  });

  it('a user lock excludes only the same user; the document lock is null without a document', () => {
    const ctx = makeCtx();
    expect(createLockService(ctx).getDocumentLock()).toBeNull();
    expect(createLockService(ctx).getUserLock().tryLock(10)).toBe(true);
    expect(createLockService(second(ctx, 'rep@example.com')).getUserLock().tryLock(10)).toBe(true);
    expect(createLockService(second(ctx)).getUserLock().tryLock(10)).toBe(false);
  });

  it('a wait that outlasts the execution time limit ends it with "Exceeded maximum execution time"', () => {
    const ctx = makeCtx({}, { kind: 'simple', authMode: 'LIMITED' });
    ctx.world.faults.lockContention = true;
    expect(() => createLockService(ctx).getScriptLock().waitLock(60_000)).toThrow('Exceeded maximum execution time');
  });
});
