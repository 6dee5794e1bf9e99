import { describe, it, expect } from 'vitest';
import { createWorld } from '../runtime/world.js';
import { createSpreadsheetModel, findSheet, lastColumn, lastRow, readValues, writeValues } from './spreadsheet-store.js';

describe('spreadsheet store', () => {
  it('creates a spreadsheet with one 1000 x 26 sheet "Sheet1" and makes it active when none is', () => {
    const world = createWorld();
    const ss = createSpreadsheetModel(world, { name: 'CRM' });
    expect(ss.sheets.map((s) => [s.name, s.maxRows, s.maxColumns])).toEqual([['Sheet1', 1000, 26]]);
    expect(world.activeSpreadsheetId).toBe(ss.id);
    expect(ss.locale).toBe(world.locale);
    const other = createSpreadsheetModel(world, { name: 'Other', locale: 'de_DE' });
    expect(world.activeSpreadsheetId).toBe(ss.id);
    expect(other.locale).toBe('de_DE');
    expect(findSheet(ss, 'Sheet1')).toBe(ss.sheets[0]);
  });

  it('finds the last row and column with content, ignoring formatting-only cells', () => {
    const ss = createSpreadsheetModel(createWorld(), { name: 'x' });
    const sheet = ss.sheets[0];
    expect([lastRow(sheet), lastColumn(sheet)]).toEqual([0, 0]);
    writeValues(sheet, 0, 0, [['a', 'b'], ['c', '']]);
    sheet.backgrounds.set(50, 20, '#ff0000');
    sheet.notes.set(60, 10, 'note');
    expect([lastRow(sheet), lastColumn(sheet)]).toEqual([2, 2]);
    sheet.formulas.set(4, 3, '=1+1');
    expect([lastRow(sheet), lastColumn(sheet)]).toEqual([5, 4]);
  });

  it('reads values with "" for empty cells and evaluates formulas when asked', () => {
    const ss = createSpreadsheetModel(createWorld(), { name: 'x' });
    const sheet = ss.sheets[0];
    writeValues(sheet, 0, 0, [[2, 3]]);
    sheet.formulas.set(0, 2, '=A1*B1');
    const g = { sheetId: 0, r1: 0, c1: 0, r2: 1, c2: 2 };
    expect(readValues(sheet, g, { ss, now: 0 })).toEqual([[2, 3, 6], ['', '', '']]);
  });

  it('writing grows the sheet beyond its size', () => {
    const ss = createSpreadsheetModel(createWorld(), { name: 'x' });
    const sheet = ss.sheets[0];
    writeValues(sheet, 1000, 26, [['far']]);
    expect([sheet.maxRows, sheet.maxColumns]).toEqual([1001, 27]);
  });
});
