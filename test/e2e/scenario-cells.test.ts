// A scenario names a cell by the text of its row, as a person reads the sheet (dates in the spreadsheet's time zone).
import { describe, expect, it } from 'vitest';
import { setUp } from './opsmind.js';

describe('a cell named by its row in a scenario', () => {
  it('finds a row by a date as the sheet shows it, in the spreadsheet’s time zone (not UTC)', () => {
    const { emu } = setUp({ timeZone: 'Europe/Berlin' });
    emu.paste('Tasks', 'C2', [['Call Ada', '', '2026-12-24']]);
    // Stored as midnight in Berlin, 23:00 UTC the day before.
    expect(emu.resolveCell('Tasks', { row: { 'Due Date': '2026-12-24' }, column: 'Title' })).toBe('C2');
    expect(emu.resolveCell('Tasks', { row: { 'Due Date': '12/24/2026' }, column: 'Title' })).toBe('C2');
  });
});
