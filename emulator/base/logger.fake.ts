// Logger: writes INFO lines to the execution log (world.logs) and keeps this execution's log for getLog().
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { sprintf } from '../utilities/format-string.js';
import { stringify } from './log-format.js';

type L = GoogleAppsScript.Base.Logger;

export class LoggerFake implements Pick<L, 'log' | 'getLog' | 'clear'> {
  private lines: string[] = [];

  constructor(private readonly ctx: Ctx) {}

  /** https://developers.google.com/apps-script/reference/base/logger#log(String,Object...) — %s placeholders are replaced by the values. */
  log(dataOrFormat?: unknown, ...values: unknown[]): L {
    this.ctx.exec.call('Logger.log', { latency: 'local', access: 'none' });
    // Like Java's String.format, values without a placeholder are dropped; a lone object is serialized.
    const message =
      typeof dataOrFormat === 'string' && values.length > 0
        ? sprintf(dataOrFormat, values.map((v) => (typeof v === 'object' && v !== null && !(v instanceof Date) ? stringify(v) : v)))
        : dataOrFormat === undefined
          ? ''
          : stringify(dataOrFormat);
    const at = new Date(this.ctx.world.clock.now()).toISOString();
    this.ctx.world.logs.push({ level: 'INFO', message, at });
    this.lines.push(message);
    return guard(this, 'Logger') as unknown as L;
  }

  /** https://developers.google.com/apps-script/reference/base/logger#getLog() — the messages of the current log. */
  getLog(): string {
    this.ctx.exec.call('Logger.getLog', { latency: 'local', access: 'none' });
    return this.lines.map((l) => `${l}\n`).join('');
  }

  clear(): void {
    this.ctx.exec.call('Logger.clear', { latency: 'local', access: 'none' });
    this.lines = [];
  }
}
