import { describe, it, expect } from 'vitest';
import { makeCtx } from '../runtime/testing.js';
import { createConsole, createLogger } from './index.js';

describe('Logger (https://developers.google.com/apps-script/reference/base/logger)', () => {
  it('replaces %s placeholders with the values and appends an INFO line to the execution log', () => {
    const ctx = makeCtx();
    createLogger(ctx).log('Moved %s deals to %s', 3, 'Won');
    expect(ctx.world.logs).toEqual([{ level: 'INFO', message: 'Moved 3 deals to Won', at: '2026-11-16T08:00:00.000Z' }]);
  });

  it('getLog returns this execution’s messages, clear() empties it, and log() chains', () => {
    const ctx = makeCtx();
    const logger = createLogger(ctx);
    logger.log('one', 'ignored').log({ stage: 'Lead' }).log('%s at %.1f%%', 'Won', 12.345);
    expect(logger.getLog()).toBe('one\n{"stage":"Lead"}\nWon at 12.3%\n');
    logger.clear();
    expect(logger.getLog()).toBe('');
    expect(ctx.world.logs).toHaveLength(3);
  });

  it('works in AuthMode.NONE', () => {
    const ctx = makeCtx({}, { kind: 'simple', authMode: 'NONE' });
    createLogger(ctx).log('menu built');
    expect(ctx.world.logs[0].message).toBe('menu built');
  });
});

describe('console (https://developers.google.com/apps-script/reference/base/console)', () => {
  it('writes DEBUG for log, INFO for info, WARNING for warn and ERROR for error', () => {
    const ctx = makeCtx();
    const c = createConsole(ctx);
    c.log('a %d', 1);
    c.info('b');
    c.warn('c', { x: 1 });
    c.error(new Error('boom'));
    expect(ctx.world.logs.map((l) => [l.level, l.message])).toEqual([
      ['DEBUG', 'a 1'],
      ['INFO', 'b'],
      ['WARNING', 'c {"x":1}'],
      ['ERROR', 'Error: boom'],
    ]);
  });

  it('time/timeEnd measure on the emulator clock', () => {
    const ctx = makeCtx();
    const c = createConsole(ctx);
    c.time('tick');
    ctx.world.clock.advance(250);
    c.timeEnd('tick');
    expect(ctx.world.logs.at(-1)?.message).toBe('tick: 250ms');
  });
});
