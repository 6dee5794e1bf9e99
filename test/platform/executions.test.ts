// Contract tests: how the emulator runs executions, each rule citing the documentation that states it.
import { describe, expect, it } from 'vitest';
import { probe } from './probe.js';

describe('executions', () => {
  // https://developers.google.com/apps-script/guides/v8-runtime — each execution evaluates the project's global scope anew.
  it('starts every execution in a fresh global context: globals do not survive', () => {
    const emu = probe();
    expect(emu.run('bump').result).toBe(1);
    expect(emu.run('bump').result).toBe(1);
  });

  it('reads the emulator clock for new Date(), and the clock moves only when told', () => {
    const emu = probe();
    const t0 = emu.run('whatTimeIsIt').result as string;
    expect(Date.parse(t0) - Date.parse('2026-11-16T08:00:00Z')).toBeLessThan(2000);
    emu.advance(25 * 3600_000);
    const t1 = emu.run('whatTimeIsIt').result as string;
    expect(Date.parse(t1) - Date.parse(t0)).toBeGreaterThanOrEqual(25 * 3600_000);
  });

  // https://developers.google.com/apps-script/concepts/manifests — the manifest's timeZone is the script's time zone.
  it('reads new Date(y, m, d) in the script time zone of appsscript.json', () => {
    expect(probe().run('localMidnight').result).toBe('2026-12-23T23:00:00.000Z');
  });

  // https://developers.google.com/apps-script/guides/services/quotas#current_limitations — 6 minutes per execution.
  it('stops an execution that runs past 6 minutes with "Exceeded maximum execution time"', () => {
    const emu = probe();
    expect(emu.run('sleepMinutes', [5]).record.error).toBeNull();
    expect(emu.run('sleepMinutes', [7]).record.error).toMatch(/Exceeded maximum execution time/);
  });

  it('records each execution with its function, kind, auth mode, user, calls by method and projected time', () => {
    const emu = probe();
    const { record } = emu.run('writeFormulaLikeText');
    expect(record).toMatchObject({ function: 'writeFormulaLikeText', kind: 'direct', authMode: 'FULL', user: 'anna@example.com', error: null });
    expect(record.calls['Range.setValue']).toBe(1);
    expect(record.totalCalls).toBeGreaterThanOrEqual(4);
    expect(record.projectedMs).toBeGreaterThan(0);
  });

  it('fails an unknown function with "Script function not found"', () => {
    expect(probe().run('nope').record.error).toMatch(/Script function not found: nope/);
  });

  // https://developers.google.com/apps-script/reference/spreadsheet/range#setvaluevalue — a string starting with = is a formula.
  it('turns a script-written string starting with "=" into a formula', () => {
    expect(probe().run('writeFormulaLikeText').result).toBe('=1+1');
  });

  it('injects a service failure at a chosen call', () => {
    const emu = probe();
    emu.world.faults.inject({ member: 'Range.setValue', message: 'Service invoked too many times for one day: spreadsheet.' });
    expect(emu.run('writeFormulaLikeText').record.error).toMatch(/Service invoked too many times/);
    expect(emu.run('writeFormulaLikeText').record.error).toBeNull();
  });
});

describe('google.script.run', () => {
  // https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...) — Dates are not legal parameters.
  it('refuses a Date as a parameter and passes JSON-safe values through as copies', () => {
    const emu = probe();
    expect(() => emu.call('echo', [new Date()])).toThrow(/not a legal parameter/);
    expect(emu.call('echo', [{ a: [1, 'x', null] }]).result).toEqual({ a: [1, 'x', null] });
  });

  it('hands the client null for a return value that is not legal (a Date)', () => {
    expect(probe().call('today').result).toBeNull();
  });
});
