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

/**
 * Something a person does while a script runs, just before the script's n-th call of a member. People keep typing
 * during an execution: LockService only makes scripts wait for each other
 * (https://developers.google.com/apps-script/reference/lock/lock-service), never the editors of the sheet.
 */
export type Interleaved = { member: string; nth?: number; act: () => void };

export class Faults {
  private armed: Armed[] = [];
  /** When true, every lock is held by "another process": tryLock returns false, waitLock throws. */
  lockContention = false;

  private meanwhile: (Interleaved & { seen: number })[] = [];

  inject(spec: FaultSpec): void {
    this.armed.push({ ...spec, seen: 0, fired: false });
  }

  /** Runs `spec.act` once, before the n-th call of `spec.member` from now on (a person's edit in the middle of a run). */
  interleave(spec: Interleaved): void {
    this.meanwhile.push({ ...spec, seen: 0 });
  }

  clear(): void {
    this.armed = [];
    this.meanwhile = [];
    this.lockContention = false;
  }

  check(member: string): void {
    for (const m of [...this.meanwhile]) {
      if (m.member !== member || ++m.seen < (m.nth ?? 1)) continue;
      this.meanwhile.splice(this.meanwhile.indexOf(m), 1);
      m.act();
    }
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
