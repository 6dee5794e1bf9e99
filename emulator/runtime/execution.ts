// One execution of the script: who runs it, in which auth mode, its time limit, and the meter every fake reports to.
import type { Clock } from './clock.js';
import { PlatformError, PlatformErrors } from './errors.js';
import { type LatencyClass, projectMs } from './latency.js';
import type { Faults } from './faults.js';
import { missingScope, scopesFor } from './scopes.js';

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

/** How the execution was started. */
export type ExecutionKind =
  | 'simple' // onOpen / onEdit / onInstall / onSelectionChange simple triggers
  | 'installable' // installable spreadsheet trigger (onEdit, onOpen, onChange, onFormSubmit)
  | 'time' // time-driven trigger
  | 'menu' // a menu item clicked
  | 'sidebar' // google.script.run from a sidebar or dialog
  | 'webapp' // doGet / doPost
  | 'direct'; // run from the editor (or a test) with full authorization

/**
 * What a service member needs.
 * - 'none': available even in AuthMode.NONE (Logger, Utilities, building an add-on menu);
 * - 'document': the current document, properties, cache, lock, toasts (AuthMode.LIMITED and up);
 * - 'full': anything else that needs the user's authorization (mail, Drive, Docs, triggers, other files).
 */
export type Access = 'none' | 'document' | 'full';

export type CallOptions = {
  latency: LatencyClass;
  /** Cells moved by this call, for the per-cell cost. */
  cells?: number;
  access?: Access;
};

export type ExecutionRecord = {
  id: number;
  function: string;
  kind: ExecutionKind;
  authMode: AuthModeName;
  user: string;
  startedAt: string;
  calls: Record<string, number>;
  totalCalls: number;
  /**
   * Sheets round trips: each read, structural change and flush, and each run of consecutive writes (Apps Script's write
   * cache sends them together; see WRITE_RUN_KEEPERS): what "Sheets round trips" budgets count.
   */
  roundTrips: number;
  localCalls: number;
  /** Projected milliseconds of service calls alone (the latency model): deterministic for a given run. */
  meteredMs: number;
  /** meteredMs plus the script's CPU time: the execution's projected Apps Script time. */
  projectedMs: number;
  /** The script's CPU time: the execution's CPU time less the time spent inside the fake services (emulatorMs). */
  cpuMs: number;
  /** Time spent inside the fake services' members: the emulator standing in for the platform, not the script's work. */
  emulatorMs: number;
  error: string | null;
};

// https://developers.google.com/apps-script/guides/triggers#restrictions — simple triggers run at most 30 seconds.
export const SIMPLE_TRIGGER_LIMIT_MS = 30_000;
// https://developers.google.com/apps-script/guides/services/quotas#current_limitations — script runtime 6 min / execution.
export const EXECUTION_LIMIT_MS = 6 * 60_000;

const ROUND_TRIP = new Set<LatencyClass>(['read', 'structure', 'flush']);

/*
 * https://developers.google.com/apps-script/guides/support/best-practices#use_batch_operations — Apps Script has "write
 * caching to save what is likely to be set", and it is alternating reads and writes that is slow. So a run of writes
 * is one round trip: it reaches the server when the script next asks the spreadsheet anything or ends. What leaves a
 * run open: another write, a range built from coordinates (no question to the server), and calls to services that
 * know nothing of the sheet. Anything else of the spreadsheet (a read, getLastRow, a toast, a structural change)
 * closes it, so the next write is a new trip.
 */
const WRITE_RUN_KEEPERS = new Set(['Sheet.getRange', 'Sheet.getRangeList']);
const UNRELATED_SERVICES = /^(PropertiesService|Properties|LockService|Lock|CacheService|Cache|Session|ScriptApp|Utilities|Logger|console)\./;

/** Whether a call leaves a run of cached writes open (the next write joins the same round trip). */
export function keepsWriteRun(member: string, latency: LatencyClass): boolean {
  return latency === 'write' || latency === 'local' || WRITE_RUN_KEEPERS.has(member) || UNRELATED_SERVICES.test(member);
}

const accessRank: Record<Access, number> = { none: 0, document: 1, full: 2 };
// https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle#authorization_modes
const modeRank: Record<AuthModeName, number> = { NONE: 0, LIMITED: 1, CUSTOM_FUNCTION: 1, FULL: 2 };

export class Execution {
  readonly calls = new Map<string, number>();
  localCalls = 0;
  roundTrips = 0;
  /** A write is cached and not yet sent (the next write joins its round trip). */
  private writeRun = false;
  projectedMs = 0;
  readonly startedAtMs: number;
  readonly limitMs: number;
  /**
   * The person whose action caused the execution (an editor of the sheet, a web-app visitor); the execution runs with
   * the authority of `user` (an installable trigger's creator). Equal to `user` unless the runtime says otherwise.
   */
  activeUser: string;
  /** Set once the execution ran out of time: the platform ends it, so every later call fails too. */
  killed = false;

  constructor(
    readonly id: number,
    readonly functionName: string,
    readonly kind: ExecutionKind,
    readonly authMode: AuthModeName,
    readonly user: string,
    private readonly clock: Clock,
    private readonly faults: Faults,
    /** The manifest's explicit oauthScopes; null when the project lets Apps Script detect them. */
    private readonly scopes: ReadonlySet<string> | null = null,
  ) {
    this.startedAtMs = clock.now();
    this.activeUser = user;
    this.limitMs = kind === 'simple' ? SIMPLE_TRIGGER_LIMIT_MS : EXECUTION_LIMIT_MS;
  }

  /**
   * Every fake service member calls this before doing its work: it checks the auth mode, the time limit and
   * injected faults, counts the call and advances the clock by its projected latency.
   */
  call(member: string, opts: CallOptions): void {
    if (this.platformDepth > 0) return;
    if (this.killed) throw new PlatformError(PlatformErrors.timeout);
    const access = opts.access ?? 'document';
    if (accessRank[access] > modeRank[this.authMode]) {
      // https://developers.google.com/apps-script/guides/triggers#restrictions — simple triggers cannot call services that need authorization.
      throw new PlatformError(PlatformErrors.noPermission(member, scopesFor(member)?.[0] ?? null));
    }
    const missing = this.scopes ? missingScope(member, this.scopes) : null;
    // https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes
    if (missing) throw new PlatformError(`You do not have permission to call ${member}. Required permissions: ${missing}`);
    this.checkTime();
    try {
      this.faults.check(member);
    } catch (e) {
      // An injected timeout ends the execution like a real one.
      if ((e as Error).message === PlatformErrors.timeout) this.killed = true;
      throw e;
    }
    this.calls.set(member, (this.calls.get(member) ?? 0) + 1);
    if (!keepsWriteRun(member, opts.latency)) this.writeRun = false;
    if (opts.latency === 'local') {
      this.localCalls++;
      return;
    }
    if (ROUND_TRIP.has(opts.latency)) this.roundTrips++;
    else if (opts.latency === 'write' && !this.writeRun) {
      this.roundTrips++;
      this.writeRun = true;
    }
    const ms = projectMs(opts.latency, opts.cells ?? 0);
    this.projectedMs += ms;
    this.clock.advance(Math.round(ms));
  }

  private platformDepth = 0;

  /**
   * Runs `fn` as the platform itself (building a trigger's event object, say): nothing is counted or checked,
   * because the script did not make these calls.
   */
  asPlatform<T>(fn: () => T): T {
    this.platformDepth++;
    try {
      return fn();
    } finally {
      this.platformDepth--;
    }
  }

  /** Advances the clock for Utilities.sleep and similar waits, enforcing the time limit. */
  wait(ms: number): void {
    this.projectedMs += ms;
    this.clock.advance(ms);
    this.checkTime();
  }

  checkTime(): void {
    // https://developers.google.com/apps-script/guides/services/quotas#current_limitations
    if (this.clock.now() - this.startedAtMs > this.limitMs) {
      // The script cannot catch its way past the limit: "your script throws an exception and execution stops".
      this.killed = true;
      throw new PlatformError(PlatformErrors.timeout);
    }
  }

  totalCalls(): number {
    let n = 0;
    for (const v of this.calls.values()) n += v;
    return n - this.localCalls;
  }

  /** Projected time so far: service latency plus the CPU time spent (Apps Script runs the JavaScript on Google's servers). */
  projectedWith(cpuMs: number): number {
    return this.projectedMs + cpuMs;
  }

  record(cpuMs: number, error: string | null, emulatorMs = 0): ExecutionRecord {
    return {
      id: this.id,
      function: this.functionName,
      kind: this.kind,
      authMode: this.authMode,
      user: this.user,
      startedAt: new Date(this.startedAtMs).toISOString(),
      calls: Object.fromEntries([...this.calls.entries()].sort(([a], [b]) => a.localeCompare(b))),
      totalCalls: this.totalCalls(),
      roundTrips: this.roundTrips,
      localCalls: this.localCalls,
      meteredMs: Math.round(this.projectedMs),
      projectedMs: Math.round(this.projectedWith(cpuMs)),
      cpuMs: Math.round(cpuMs * 10) / 10,
      emulatorMs: Math.round(emulatorMs * 10) / 10,
      error,
    };
  }
}
