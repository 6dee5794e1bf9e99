// The Logger and console globals of one execution, plus the enum helpers the other script-level fakes share.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { LoggerFake } from './logger.fake.js';
import { ConsoleFake } from './console.fake.js';

export { LoggerFake } from './logger.fake.js';
export { ConsoleFake, type LogLevel } from './console.fake.js';
export { makeEnum, asGasEnum, Weekday, type WeekdayName } from './enum.js';
export { formatLogArgs } from './log-format.js';

/** The `Logger` global of one execution (its getLog() holds only this execution's lines). */
export function createLogger(ctx: Ctx): LoggerFake {
  return guard(new LoggerFake(ctx), 'Logger');
}

/** The `console` global of one execution. */
export function createConsole(ctx: Ctx): ConsoleFake {
  return guard(new ConsoleFake(ctx), 'console');
}
