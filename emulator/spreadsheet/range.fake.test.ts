import { describe, it, expect } from 'vitest';
import { makeCtx, newExecution } from '../runtime/testing.js';
import { createSpreadsheetModel } from './spreadsheet-store.js';
import { createSpreadsheetApp } from './spreadsheet-app.fake.js';
import { latencyModel } from '../runtime/latency.js';

function setup(locale = 'en_US') {
  const ctx = makeCtx({ locale });
  const model = createSpreadsheetModel(ctx.world, { name: 'CRM' });
  const app = createSpreadsheetApp(ctx);
  const sheet = app.getActiveSpreadsheet().getActiveSheet();
  return { ctx, model, app, sheet };
}

describe('Range values', () => {
  it('round-trips numbers, text, booleans and Dates, with "" for empty cells', () => {
    const { sheet } = setup();
    const when = new Date('2026-11-16T08:00:00Z');
    sheet.getRange('A1:D2').setValues([[1.5, 'text', true, when], ['', null, 0, false]]);
    const values = sheet.getRange('A1:D2').getValues();
    expect(values).toEqual([[1.5, 'text', true, when], ['', '', 0, false]]);
    expect(values[0][3]).not.toBe(when);
    (values[0][3] as Date).setFullYear(2000);
    expect((sheet.getRange('D1').getValue() as Date).toISOString()).toBe(when.toISOString());
  });

  it('turns a string starting with "=" into a formula and returns its computed value', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(21);
    sheet.getRange('B1').setValue('=A1*2');
    expect(sheet.getRange('B1').getFormula()).toBe('=A1*2');
    expect(sheet.getRange('B1').getValue()).toBe(42);
    sheet.getRange('A1').setValue(5);
    expect(sheet.getRange('B1').getValue()).toBe(10);
  });

  it('a formula without digits written by a script is a formula too', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue('=TODAY()');
    expect(sheet.getRange('A1').getFormula()).toBe('=TODAY()');
    expect(sheet.getRange('A1').getValue()).toBeInstanceOf(Date);
  });

  it('reads strings a script writes like typed input, except in plain-text cells', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['00123', '2026-12-24', 'TRUE']]);
    const [[n, d, b]] = sheet.getRange('A1:C1').getValues();
    expect(n).toBe(123);
    expect(d).toBeInstanceOf(Date);
    expect(b).toBe(true);
    sheet.getRange('A2').setNumberFormat('@').setValue('00123');
    expect(sheet.getRange('A2').getValue()).toBe('00123');
  });

  it('rejects data whose size does not match the range, with the platform message', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  it('setValue on a block fills every cell; setFormula moves relative references per cell', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*10');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=A1*10'], ['=A2*10'], ['=A3*10']]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[10], [20], [30]]);
    sheet.getRange('C1:D1').setValue('x');
    expect(sheet.getRange('C1:D1').getValues()).toEqual([['x', 'x']]);
  });

  it('shows display values through number formats in the spreadsheet locale', () => {
    const { sheet } = setup('de_DE');
    sheet.getRange('A1:B1').setValues([[1234.5, new Date('2026-12-23T23:00:00Z')]]);
    sheet.getRange('A1').setNumberFormat('#,##0.00 [$€-407]');
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['1.234,50 €', '24.12.2026']]);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('#,##0.00 [$€-407]');
  });
});

describe('Range notes and formats', () => {
  it('stores notes per cell; clearNote removes them', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setNotes([['first', null]]);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['first', '']]);
    sheet.getRange('A1').clearNote();
    expect(sheet.getRange('A1').getNote()).toBe('');
  });

  it('normalises colours to lowercase #rrggbb; an unset background is #ffffff', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    sheet.getRange('A1:B1').setBackgrounds([['red', '#ABC']]);
    sheet.getRange('C1').setBackground('#FFEE00');
    expect(sheet.getRange('A1:C1').getBackgrounds()).toEqual([['#ff0000', '#aabbcc', '#ffee00']]);
    sheet.getRange('A1').setBackground(null);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });

  it('defaults font weight and style to normal and font colour to black', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    expect([r.getFontWeight(), r.getFontStyle(), r.getFontColor()]).toEqual(['normal', 'normal', '#000000']);
    r.setFontWeight('bold').setFontStyle('italic').setFontColor('Blue');
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getFontStyles()).toEqual([['italic', 'italic']]);
    expect(r.getFontColors()).toEqual([['#0000ff', '#0000ff']]);
  });

  it('clear() removes content, formats and notes; clearContent keeps formats', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1');
    r.setValue(1).setBackground('red').setNote('n');
    r.clearContent();
    expect([r.getValue(), r.getBackground(), r.getNote()]).toEqual(['', '#ff0000', 'n']);
    r.clear();
    expect([r.getValue(), r.getBackground(), r.getNote()]).toEqual(['', '#ffffff', '']);
  });

  it('insertCheckboxes sets a checkbox rule and every cell to false', () => {
    const { ctx, sheet } = setup();
    const r = sheet.getRange('A1:A2');
    r.setValue('old');
    r.insertCheckboxes();
    expect(r.getValues()).toEqual([[false], [false]]);
    expect(ctx.world.spreadsheets.values().next().value!.sheets[0].validations.get(0, 0)?.criteria).toBe('CHECKBOX');
    expect(r.isChecked()).toBe(false);
    sheet.getRange('A1').setValue(true);
    expect(r.isChecked()).toBeNull();
  });
});

describe('Range geometry', () => {
  it('reports its A1 notation, position and size', () => {
    const { sheet } = setup();
    const r = sheet.getRange(2, 3, 4, 2);
    expect([r.getA1Notation(), r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getLastRow(), r.getLastColumn()]).toEqual(['C2:D5', 2, 3, 4, 2, 5, 4]);
    expect(r.offset(1, 1).getA1Notation()).toBe('D3:E6');
    expect(r.getCell(2, 2).getA1Notation()).toBe('D3');
    expect(() => r.getCell(5, 1)).toThrow('Cell reference out of range');
  });

  it('refuses ranges outside the sheet', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange('AA1')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => sheet.getRange(1, 1).offset(-1, 0)).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });

  it('throws for a member the emulator lacks, also on a handle returned by chaining', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1') as unknown as Record<string, unknown>;
    expect(() => r.autoFillToNeighbor).toThrow('not implemented in emulator: Range.autoFillToNeighbor');
    const chained = sheet.getRange('A1').setValue(1) as unknown as Record<string, unknown>;
    expect(() => chained.merge).toThrow('not implemented in emulator: Range.merge');
  });
});

describe('Range metering and rules', () => {
  it('counts each call and charges read latency per cell', () => {
    const { ctx, sheet } = setup();
    const r = sheet.getRange('A1:B10');
    const before = ctx.exec.projectedMs;
    r.getValues();
    r.getValues();
    expect(ctx.exec.calls.get('Range.getValues')).toBe(2);
    expect(ctx.exec.projectedMs - before).toBeCloseTo(2 * (latencyModel.read.base + latencyModel.read.perCell * 20));
    r.setValues(Array.from({ length: 10 }, () => [1, 2]));
    expect(ctx.exec.calls.get('Range.setValues')).toBe(1);
  });

  it('refuses a write to a protected range by someone who is not an editor, but not a warning-only one', () => {
    const { ctx, model, app } = setup();
    model.sheets[0].protections.push({ kind: 'RANGE', range: { sheetId: 0, r1: 0, c1: 0, r2: 0, c2: 0 }, description: '', warningOnly: false, editors: [model.owner] });
    ctx.exec = newExecution(ctx.world, { user: 'bob@example.com' });
    const sheet = app.getActiveSheet();
    expect(() => sheet.getRange('A1').setValue(1)).toThrow('You are trying to edit a protected cell or object.');
    sheet.getRange('B1').setValue(1);
    model.sheets[0].protections[0].warningOnly = true;
    sheet.getRange('A1').setValue(1);
    expect(sheet.getRange('A1').getValue()).toBe(1);
  });

  it('a custom function may read cells but not write them', () => {
    const { ctx, sheet } = setup();
    sheet.getRange('A1').setValue(7);
    ctx.exec = newExecution(ctx.world, { authMode: 'CUSTOM_FUNCTION' });
    expect(sheet.getRange('A1').getValue()).toBe(7);
    expect(() => sheet.getRange('A1').setValue(8)).toThrow('You do not have permission to call Range.setValue');
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow('You do not have permission to call Sheet.insertRowsAfter');
  });

  it('handles 100,000 rows x 20 columns in one write and one read', () => {
    const { sheet } = setup();
    sheet.insertRowsAfter(1000, 99_000);
    const data = Array.from({ length: 100_000 }, (_, i) => Array.from({ length: 20 }, (_, j) => (j === 0 ? `row ${i}` : i * 20 + j)));
    sheet.getRange(1, 1, 100_000, 20).setValues(data);
    const back = sheet.getRange(1, 1, 100_000, 20).getValues();
    expect(back.length).toBe(100_000);
    expect(back[99_999]).toEqual(data[99_999]);
    expect(back[50_000][19]).toBe(50_000 * 20 + 19);
    expect(sheet.getLastRow()).toBe(100_000);
  });
});

describe('Range rules built with SpreadsheetApp', () => {
  it('stores a data validation rule and hands it back; a fetched rule can be set elsewhere', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInList(['New', 'Won']).setAllowInvalid(false).build();
    sheet.getRange('E2:E5').setDataValidation(rule);
    const back = sheet.getRange('E3').getDataValidation()!;
    expect(String(back.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(back.getCriteriaValues()[0]).toEqual(['New', 'Won']);
    sheet.getRange('F2').setDataValidation(back);
    expect(sheet.getRange('F2').getDataValidation()!.getAllowInvalid()).toBe(false);
    expect(sheet.getRange('E1:E2').getDataValidations()).toMatchObject([[null], [{}]]);
    sheet.getRange('E2:E5').clearDataValidations();
    expect(sheet.getRange('E3').getDataValidation()).toBeNull();
  });

  it('a VALUE_IN_RANGE rule gives back its source as a Range', () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireValueInRange(sheet.getRange('H1:H4')).build();
    sheet.getRange('A2').setDataValidation(rule);
    const source = sheet.getRange('A2').getDataValidation()!.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(source.getA1Notation()).toBe('H1:H4');
  });

  it('stores conditional format rules on the sheet and returns their ranges', () => {
    const { app, sheet } = setup();
    const rule = app.newConditionalFormatRule().whenCellEmpty().setBackground('#FF0000').setRanges([sheet.getRange('B2:B9')]).build();
    sheet.setConditionalFormatRules([rule]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules.length).toBe(1);
    expect(rules[0].getRanges()[0].getA1Notation()).toBe('B2:B9');
    sheet.setConditionalFormatRules([...rules, rules[0]]);
    expect(sheet.getConditionalFormatRules().length).toBe(2);
  });
});
