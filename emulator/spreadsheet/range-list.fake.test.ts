import { describe, it, expect } from 'vitest';
import { makeCtx } from '../runtime/testing.js';
import { createSpreadsheetModel } from './spreadsheet-store.js';
import { createSpreadsheetApp } from './spreadsheet-app.fake.js';

function book() {
  const ctx = makeCtx();
  createSpreadsheetModel(ctx.world, { name: 'CRM' });
  const app = createSpreadsheetApp(ctx);
  return { ctx, app, sheet: app.getActive().getSheets()[0] };
}

describe('RangeList', () => {
  it('formats every range of the list in one metered write', () => {
    const { ctx, sheet } = book();
    const before = ctx.exec.totalCalls();
    sheet.getRangeList(['A2:A5', 'C2:D3']).setNumberFormat('0.00').setFontColor('#999999');
    expect(ctx.exec.totalCalls() - before).toBe(3);
    expect(ctx.exec.calls.get('RangeList.setNumberFormat')).toBe(1);
    expect(sheet.getRange('A5').getNumberFormat()).toBe('0.00');
    expect(sheet.getRange('D3').getNumberFormat()).toBe('0.00');
    expect(sheet.getRange('B2').getNumberFormat()).not.toBe('0.00');
    expect(sheet.getRange('C2').getFontColor()).toBe('#999999');
  });

  it('writes one value into every cell of every range in one metered write, a leading "=" as a formula', () => {
    const { ctx, sheet } = book();
    sheet.getRange('B1').setValue(2);
    const before = ctx.exec.totalCalls();
    sheet.getRangeList(['A2:A3', 'C5']).setValue('Fresh Lead');
    expect(ctx.exec.totalCalls() - before).toBe(2);
    expect(ctx.exec.calls.get('RangeList.setValue')).toBe(1);
    expect(sheet.getRange('A2:A4').getValues()).toEqual([['Fresh Lead'], ['Fresh Lead'], ['']]);
    expect(sheet.getRange('C5').getValue()).toBe('Fresh Lead');
    sheet.getRangeList(['D1', 'D2']).setValue('=B1*2');
    expect(sheet.getRange('D2').getValue()).toBe(4);
    sheet.getRangeList(['E1']).setValue("'=B1");
    expect(sheet.getRange('E1').getValue()).toBe('=B1');
  });

  it('hands back its ranges in the order given', () => {
    const { sheet } = book();
    const ranges = sheet.getRangeList(['C1:C9', 'A1']).getRanges();
    expect(ranges.map((r) => r.getA1Notation())).toEqual(['C1:C9', 'A1']);
  });

  it('takes only a non-empty list of ranges on its own sheet', () => {
    const { app, sheet } = book();
    app.getActive().insertSheet('Other');
    expect(() => sheet.getRangeList([])).toThrow();
    expect(() => sheet.getRangeList(['Other!A1:A2'])).toThrow();
  });
});

describe('Protection.setRange', () => {
  it('moves a range protection; a sheet protection has no range to move', () => {
    const { sheet } = book();
    const p = sheet.getRange('B1:B10').protect().setDescription('derived');
    p.setRange(sheet.getRange('B1:B500'));
    expect(sheet.getProtections(rangeKind)[0].getRange().getA1Notation()).toBe('B1:B500');
    expect(() => sheet.protect().setRange(sheet.getRange('A1'))).toThrow();
  });
});

const rangeKind = 'RANGE' as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
