// Switches a test flips to make the platform fail: an error at the n-th call of a member, or lock contention.
import { PlatformError, PlatformErrors } from './errors.js';

export type FaultSpec = {
  /** "Class.method", e.g. "MailApp.sendEmail" or "Range.setValues"; "*" matches any member. */
  member: string;
  /** Fail on the n-th matching call from now on (1 = the next one). */
  nth?: number;
  /** The message thrown; defaults to the platform's server error. */
  message?: string;
  /** Keep failing after the first time (default: fail once). */
  sticky?: boolean;
};

export const FaultMessages = {
  tooManyTimes: PlatformErrors.tooManyTimes('email'),
  serverError: PlatformErrors.serverError,
  timeout: PlatformErrors.timeout,
} as const;

type Armed = FaultSpec & { seen: number; fired: boolean };

export class Faults {
  private armed: Armed[] = [];
  /** When true, every lock is held by "another process": tryLock returns false, waitLock throws. */
  lockContention = false;

  inject(spec: FaultSpec): void {
    this.armed.push({ ...spec, seen: 0, fired: false });
  }

  clear(): void {
    this.armed = [];
    this.lockContention = false;
  }

  check(member: string): void {
    for (const f of this.armed) {
      if (f.fired && !f.sticky) continue;
      if (f.member !== '*' && f.member !== member) continue;
      f.seen++;
      if (f.seen >= (f.nth ?? 1)) {
        f.fired = true;
        throw new PlatformError(f.message ?? PlatformErrors.serverError);
      }
    }
  }
}
