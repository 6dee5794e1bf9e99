import { describe, expect, it } from 'vitest';
import { decodeAutomations, encodeAutomations, noAutomations, othersOn, settingsCells, turnedOff, turnedOn } from './automation-state.js';

const t0 = Date.parse('2026-11-16T08:00:00Z');

describe('who has automations on', () => {
  it('keeps each person’s first "on" time and lists them in order', () => {
    let s = turnedOn(noAutomations, 'Anna@Example.com', t0);
    s = turnedOn(s, 'bob@example.com', t0 + 60_000);
    s = turnedOn(s, 'anna@example.com', t0 + 120_000);
    expect(s.users).toEqual({ 'anna@example.com': t0, 'bob@example.com': t0 + 60_000 });
    expect(othersOn(s, 'bob@example.com')).toEqual(['anna@example.com']);
  });

  it('shows On with everyone and since when on the sheet’s wall clock, in the sheet’s language', () => {
    const s = turnedOn(noAutomations, 'anna@example.com', t0);
    expect(settingsCells(s, 'en', 'Europe/Berlin')).toEqual({ value: 'On', description: expect.stringContaining('anna@example.com (since 2026-11-16 09:00)') });
    expect(settingsCells(s, 'de', 'Europe/Berlin')).toEqual({ value: 'Ein', description: expect.stringContaining('anna@example.com (seit 2026-11-16 09:00)') });
  });

  it('shows Off with who turned them off once nobody has them on', () => {
    const s = turnedOff(turnedOn(noAutomations, 'anna@example.com', t0), 'anna@example.com', t0 + 3_600_000);
    expect(settingsCells(s, 'en', 'UTC')).toEqual({ value: 'Off', description: expect.stringContaining('Turned off by anna@example.com on 2026-11-16 09:00') });
  });

  it('reads back what it stored, and treats a damaged value as nobody', () => {
    const s = turnedOn(noAutomations, 'anna@example.com', t0);
    expect(decodeAutomations(encodeAutomations(s))).toEqual(s);
    expect(decodeAutomations('{oops')).toEqual(noAutomations);
    expect(decodeAutomations(undefined)).toEqual(noAutomations);
  });
});
