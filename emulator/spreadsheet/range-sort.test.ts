import { describe, it, expect } from 'vitest';
import { makeCtx } from '../runtime/testing.js';
import { createSpreadsheetModel } from './spreadsheet-store.js';
import { createSpreadsheetApp } from './spreadsheet-app.fake.js';
import { compareCells } from './range-sort.js';

function setup() {
  const ctx = makeCtx();
  createSpreadsheetModel(ctx.world, { name: 'CRM' });
  return createSpreadsheetApp(ctx).getActiveSheet();
}

describe('sorting', () => {
  it('orders numbers before text before booleans, and blanks last either way', () => {
    const values = ['b', '', 2, true, 'A', 1];
    expect([...values].sort((a, b) => compareCells(a, b, true))).toEqual([1, 2, 'A', 'b', true, '']);
    expect([...values].sort((a, b) => compareCells(a, b, false))).toEqual([true, 'b', 'A', 2, 1, '']);
  });

  it('Range.sort moves whole rows with their notes and backgrounds', () => {
    const sheet = setup();
    sheet.getRange('A1:B3').setValues([['Cara', 3], ['Ann', 1], ['Bob', 2]]);
    sheet.getRange('A1').setNote('Cara note').setBackground('red');
    sheet.getRange('A1:B3').sort({ column: 2, ascending: true });
    expect(sheet.getRange('A1:B3').getValues()).toEqual([['Ann', 1], ['Bob', 2], ['Cara', 3]]);
    expect(sheet.getRange('A3').getNote()).toBe('Cara note');
    expect(sheet.getRange('A3').getBackground()).toBe('#ff0000');
  });

  it('a sorted formula keeps reading from its own row', () => {
    const sheet = setup();
    sheet.getRange('A1:A2').setValues([[5], [1]]);
    sheet.getRange('B1:B2').setFormula('=A1*2');
    sheet.getRange('A1:B2').sort(1);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([[1, 2], [5, 10]]);
  });

  it('Sheet.sort leaves the frozen header in place', () => {
    const sheet = setup();
    sheet.getRange('A1:A4').setValues([['Name'], ['zed'], ['amy'], ['Max']]);
    sheet.setFrozenRows(1);
    sheet.sort(1, false);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['Name'], ['zed'], ['Max'], ['amy']]);
  });
});
