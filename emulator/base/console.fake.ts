// console: DEBUG/INFO/WARNING/ERROR lines in the execution log (world.logs), timers on the emulator's clock.
import type { Ctx } from '../runtime/context.js';
import { formatLogArgs } from './log-format.js';

type Members = 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd';

/** https://developers.google.com/apps-script/reference/base/console — log() writes DEBUG, info() INFO, warn() WARNING, error() ERROR. */
export type LogLevel = 'DEBUG' | 'INFO' | 'WARNING' | 'ERROR';

export class ConsoleFake implements Pick<Console, Members> {
  private readonly timers = new Map<string, number>();

  constructor(private readonly ctx: Ctx) {}

  private write(member: string, level: LogLevel, args: unknown[]): void {
    this.ctx.exec.call(`console.${member}`, { latency: 'local', access: 'none' });
    const at = new Date(this.ctx.world.clock.now()).toISOString();
    this.ctx.world.logs.push({ level, message: formatLogArgs(args), at });
  }

  log(...args: unknown[]): void {
    this.write('log', 'DEBUG', args);
  }

  info(...args: unknown[]): void {
    this.write('info', 'INFO', args);
  }

  warn(...args: unknown[]): void {
    this.write('warn', 'WARNING', args);
  }

  error(...args: unknown[]): void {
    this.write('error', 'ERROR', args);
  }

  time(label: string): void {
    this.ctx.exec.call('console.time', { latency: 'local', access: 'none' });
    this.timers.set(String(label), this.ctx.world.clock.now());
  }

  /** Logs "label: Nms" measured on the emulator's clock (service latency and Utilities.sleep included). */
  timeEnd(label: string): void {
    const start = this.timers.get(String(label));
    if (start === undefined) {
      this.write('timeEnd', 'WARNING', [`Timer '${label}' does not exist`]);
      return;
    }
    this.timers.delete(String(label));
    this.write('timeEnd', 'DEBUG', [`${label}: ${this.ctx.world.clock.now() - start}ms`]);
  }
}
