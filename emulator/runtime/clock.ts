// The emulator's deterministic clock: every `new Date()` in a sandbox and every timestamp the fakes write reads it.

/** A settable, monotonic clock in epoch milliseconds. */
export class Clock {
  private ms: number;

  constructor(startMs: number) {
    this.ms = startMs;
  }

  now(): number {
    return this.ms;
  }

  advance(ms: number): void {
    if (ms < 0 || !Number.isFinite(ms)) throw new Error(`Clock.advance: invalid duration ${ms}`);
    this.ms += ms;
  }

  set(ms: number): void {
    this.ms = ms;
  }
}
