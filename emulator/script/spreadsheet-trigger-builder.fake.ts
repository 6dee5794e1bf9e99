// SpreadsheetTriggerBuilder: an installable open, edit, change or form-submit trigger on one spreadsheet.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { PlatformError } from '../runtime/errors.js';
import { installTrigger } from './trigger-rules.js';
import { triggerHandle } from './trigger.fake.js';
import type { TriggerRecord } from './trigger-record.js';

type B = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;

export class SpreadsheetTriggerBuilderFake implements Pick<B, 'onOpen' | 'onEdit' | 'onChange' | 'onFormSubmit' | 'create'> {
  private eventType: TriggerRecord['eventType'] | null = null;

  constructor(
    private readonly ctx: Ctx,
    private readonly handler: string,
    private readonly spreadsheetId: string,
  ) {}

  private set(member: string, eventType: TriggerRecord['eventType']): B {
    this.ctx.exec.call(`SpreadsheetTriggerBuilder.${member}`, { latency: 'local', access: 'none' });
    this.eventType = eventType;
    return guard(this, 'SpreadsheetTriggerBuilder') as unknown as B;
  }

  onOpen(): B {
    return this.set('onOpen', 'ON_OPEN');
  }

  onEdit(): B {
    return this.set('onEdit', 'ON_EDIT');
  }

  onChange(): B {
    return this.set('onChange', 'ON_CHANGE');
  }

  onFormSubmit(): B {
    return this.set('onFormSubmit', 'ON_FORM_SUBMIT');
  }

  create(): GoogleAppsScript.Script.Trigger {
    this.ctx.exec.call('SpreadsheetTriggerBuilder.create', { latency: 'structure', access: 'full' });
    if (this.eventType === null) throw new PlatformError('Invalid argument: the spreadsheet trigger has no event type');
    const record = installTrigger(this.ctx, {
      handler: this.handler,
      eventType: this.eventType,
      source: 'SPREADSHEETS',
      sourceId: this.spreadsheetId,
      everyMs: null,
      atHour: null,
      weekDay: null,
      atMs: null,
      documentId: this.spreadsheetId,
    });
    return triggerHandle(this.ctx, record);
  }
}
