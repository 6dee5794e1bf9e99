// Trigger: a handle on one installed trigger (its id, handler, event type and source).
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { asGasEnum } from '../base/enum.js';
import type { TriggerRecord } from './trigger-record.js';

type T = GoogleAppsScript.Script.Trigger;

export class TriggerFake implements Pick<T, 'getUniqueId' | 'getHandlerFunction' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'> {
  constructor(
    private readonly ctx: Ctx,
    /** The stored record (read live, so a deleted trigger still answers with what it was). */
    readonly record: TriggerRecord,
  ) {}

  private call(member: string): void {
    this.ctx.exec.call(`Trigger.${member}`, { latency: 'local', access: 'none' });
  }

  getUniqueId(): string {
    this.call('getUniqueId');
    return this.record.uid;
  }

  getHandlerFunction(): string {
    this.call('getHandlerFunction');
    return this.record.handler;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    this.call('getEventType');
    return asGasEnum(this.record.eventType);
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    this.call('getTriggerSource');
    return asGasEnum(this.record.source);
  }

  /** https://developers.google.com/apps-script/reference/script/trigger#getTriggerSourceId() — the spreadsheet id; null for time-driven triggers. */
  getTriggerSourceId(): string {
    this.call('getTriggerSourceId');
    return this.record.source === 'CLOCK' ? (null as unknown as string) : (this.record.sourceId as string);
  }
}

export function triggerHandle(ctx: Ctx, record: TriggerRecord): T {
  return guard(new TriggerFake(ctx, record), 'Trigger') as unknown as T;
}
