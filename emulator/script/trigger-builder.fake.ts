// TriggerBuilder: ScriptApp.newTrigger(fn) — chooses between a time-driven and a spreadsheet trigger.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { PlatformError } from '../runtime/errors.js';
import { ClockTriggerBuilderFake } from './clock-trigger-builder.fake.js';
import { SpreadsheetTriggerBuilderFake } from './spreadsheet-trigger-builder.fake.js';

type B = GoogleAppsScript.Script.TriggerBuilder;

export class TriggerBuilderFake implements Pick<B, 'timeBased' | 'forSpreadsheet'> {
  constructor(
    private readonly ctx: Ctx,
    private readonly handler: string,
  ) {}

  timeBased(): GoogleAppsScript.Script.ClockTriggerBuilder {
    this.ctx.exec.call('TriggerBuilder.timeBased', { latency: 'local', access: 'none' });
    return guard(new ClockTriggerBuilderFake(this.ctx, this.handler), 'ClockTriggerBuilder') as unknown as GoogleAppsScript.Script.ClockTriggerBuilder;
  }

  /** Takes a Spreadsheet or its id. */
  forSpreadsheet(sheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    this.ctx.exec.call('TriggerBuilder.forSpreadsheet', { latency: 'local', access: 'none' });
    // The platform reads the spreadsheet's id itself: not a call of the script's (nothing metered).
    const id = typeof sheet === 'string' ? sheet : this.ctx.exec.asPlatform(() => (sheet as { getId?: () => string })?.getId?.());
    if (!id || !this.ctx.world.spreadsheets.has(id)) throw new PlatformError(`Invalid argument: key`);
    return guard(new SpreadsheetTriggerBuilderFake(this.ctx, this.handler, id), 'SpreadsheetTriggerBuilder') as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }
}
