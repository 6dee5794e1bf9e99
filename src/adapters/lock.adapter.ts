// LockService behind two small functions: the document lock a tick or a settings change holds while it works.

/**
 * The document lock, or null when another execution holds it after `waitMs`
 * (https://developers.google.com/apps-script/reference/lock/lock#tryLock(Integer)). Locks end with the execution.
 */
export function tryDocumentLock(waitMs: number): GoogleAppsScript.Lock.Lock | null {
  const lock = LockService.getDocumentLock();
  return lock.tryLock(waitMs) ? lock : null;
}

/** The document lock, waiting up to `waitMs`; throws the platform's timeout message when it stays taken. */
export function waitDocumentLock(waitMs: number): GoogleAppsScript.Lock.Lock {
  const lock = LockService.getDocumentLock();
  lock.waitLock(waitMs);
  return lock;
}
