// ClockTriggerBuilder: collects a time-driven schedule (intervals, hour, weekday, one-off time) and installs it.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { PlatformError } from '../runtime/errors.js';
import { isKnownZone } from '../utilities/tz.js';
import { installTrigger } from './trigger-rules.js';
import { triggerHandle } from './trigger.fake.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, WEEK_MS } from './trigger-record.js';

type B = GoogleAppsScript.Script.ClockTriggerBuilder;
type Members =
  | 'everyMinutes'
  | 'everyHours'
  | 'everyDays'
  | 'everyWeeks'
  | 'atHour'
  | 'nearMinute'
  | 'onWeekDay'
  | 'at'
  | 'after'
  | 'inTimezone'
  | 'create';

// https://developers.google.com/apps-script/reference/script/clock-trigger-builder#everyMinutes(Integer) — "n must be 1, 5, 10, 15 or 30".
export const VALID_MINUTE_INTERVALS = [1, 5, 10, 15, 30];

const int = (v: unknown, name: string, min: number, max: number): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new PlatformError(`Invalid argument: ${name}`);
  return n;
};

export class ClockTriggerBuilderFake implements Pick<B, Members> {
  private everyMs: number | null = null;
  private hour: number | null = null;
  private minute: number | null = null;
  private weekDay: string | null = null;
  private atMs: number | null = null;
  private timeZone: string | null = null;

  constructor(
    private readonly ctx: Ctx,
    private readonly handler: string,
  ) {}

  private step(member: string): B {
    this.ctx.exec.call(`ClockTriggerBuilder.${member}`, { latency: 'local', access: 'none' });
    return guard(this, 'ClockTriggerBuilder') as unknown as B;
  }

  everyMinutes(n: number): B {
    const self = this.step('everyMinutes');
    if (!VALID_MINUTE_INTERVALS.includes(Number(n))) throw new PlatformError('Invalid argument: n (everyMinutes takes 1, 5, 10, 15 or 30)');
    this.everyMs = Number(n) * MINUTE_MS;
    return self;
  }

  everyHours(n: number): B {
    const self = this.step('everyHours');
    this.everyMs = int(n, 'n', 1, 24 * 366) * HOUR_MS;
    return self;
  }

  everyDays(n: number): B {
    const self = this.step('everyDays');
    this.everyMs = int(n, 'n', 1, 366) * DAY_MS;
    return self;
  }

  everyWeeks(n: number): B {
    const self = this.step('everyWeeks');
    this.everyMs = int(n, 'n', 1, 53) * WEEK_MS;
    return self;
  }

  atHour(hour: number): B {
    const self = this.step('atHour');
    this.hour = int(hour, 'hour', 0, 23);
    return self;
  }

  nearMinute(minute: number): B {
    const self = this.step('nearMinute');
    this.minute = int(minute, 'minute', 0, 59);
    return self;
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): B {
    const self = this.step('onWeekDay');
    this.weekDay = String(day);
    return self;
  }

  at(date: GoogleAppsScript.Base.Date): B {
    const self = this.step('at');
    this.atMs = (date as unknown as Date).getTime();
    return self;
  }

  /** https://developers.google.com/apps-script/reference/script/clock-trigger-builder#after(Integer) — once, at least this long from now. */
  after(durationMilliseconds: number): B {
    const self = this.step('after');
    this.atMs = this.ctx.world.clock.now() + Math.max(0, Number(durationMilliseconds));
    return self;
  }

  inTimezone(timezone: string): B {
    const self = this.step('inTimezone');
    if (!isKnownZone(String(timezone))) throw new PlatformError('Invalid argument: timezone');
    this.timeZone = String(timezone);
    return self;
  }

  create(): GoogleAppsScript.Script.Trigger {
    this.ctx.exec.call('ClockTriggerBuilder.create', { latency: 'structure', access: 'full' });
    if (this.atMs === null && this.everyMs === null && this.weekDay === null) {
      throw new PlatformError('Invalid argument: the time-based trigger has no schedule');
    }
    const record = installTrigger(this.ctx, {
      handler: this.handler,
      eventType: 'CLOCK',
      source: 'CLOCK',
      sourceId: null,
      everyMs: this.atMs === null ? this.everyMs ?? (this.weekDay !== null ? WEEK_MS : null) : null,
      atHour: this.hour,
      weekDay: this.weekDay,
      atMs: this.atMs,
      timeZone: this.timeZone,
      nearMinute: this.minute,
      documentId: this.ctx.world.activeSpreadsheetId,
    });
    return triggerHandle(this.ctx, record);
  }
}
