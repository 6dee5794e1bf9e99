import { describe, it, expect } from 'vitest';
import { makeCtx } from '../runtime/testing.js';
import { createSpreadsheetModel } from './spreadsheet-store.js';
import { createSpreadsheetApp } from './spreadsheet-app.fake.js';

function setup() {
  const ctx = makeCtx();
  const model = createSpreadsheetModel(ctx.world, { name: 'CRM' });
  const app = createSpreadsheetApp(ctx);
  const sheet = app.getActiveSheet();
  return { ctx, model, app, sheet, m: model.sheets[0] };
}

describe('Sheet size and content', () => {
  it('getLastRow and getLastColumn count content, not formatting', () => {
    const { sheet } = setup();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('A1:C3').setValues([['a', 'b', 'c'], [1, 2, 3], [4, 5, 6]]);
    sheet.getRange('A10:F10').setBackground('yellow');
    sheet.getRange('H20').setNote('only a note');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C3');
  });

  it('an empty sheet has a one-cell data range', () => {
    const { sheet } = setup();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
  });

  it('open ranges run to the last row of the sheet and keep their A1 form', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A2').setValues([['x'], ['y']]);
    const col = sheet.getRange('A:A');
    expect(col.getNumRows()).toBe(1000);
    expect(col.getA1Notation()).toBe('A:A');
    expect(col.getValues().slice(0, 3)).toEqual([['x'], ['y'], ['']]);
    expect(sheet.getRange('A2:C').getA1Notation()).toBe('A2:C');
    expect(sheet.getRange('A2:C').getNumRows()).toBe(999);
    expect(sheet.getRange('2:3').getNumColumns()).toBe(26);
  });

  it('getRange checks its arguments with the platform messages', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  it('appendRow writes after the last row with content, growing the sheet, "=" making a formula', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['n', 'double']]);
    sheet.appendRow([4, '=A2*2']);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([[4, 8]]);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['beyond']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('beyond');
  });
});

describe('Sheet structure', () => {
  it('inserting rows before a row shifts notes and backgrounds down', () => {
    const { sheet } = setup();
    sheet.getRange('A2').setValue('lead').setNote('call back').setBackground('#00ff00');
    sheet.insertRowsBefore(2, 3);
    expect(sheet.getRange('A5').getValue()).toBe('lead');
    expect(sheet.getRange('A5').getNote()).toBe('call back');
    expect(sheet.getRange('A5').getBackground()).toBe('#00ff00');
    expect(sheet.getRange('A2').getNote()).toBe('');
    expect(sheet.getMaxRows()).toBe(1003);
  });

  it('inserting rows inside a conditional format range grows it', () => {
    const { sheet, m } = setup();
    m.conditionalFormats.push({ ranges: [{ sheetId: 0, r1: 1, c1: 0, r2: 9, c2: 4 }], condition: { type: 'CELL_EMPTY', values: [] }, format: { background: '#ff0000' } });
    sheet.insertRowsAfter(5, 2);
    expect(m.conditionalFormats[0].ranges[0]).toMatchObject({ r1: 1, r2: 11 });
    sheet.deleteRows(2, 3);
    expect(m.conditionalFormats[0].ranges[0]).toMatchObject({ r1: 1, r2: 8 });
  });

  it('inserting after the last row appends rows; inserting past it is out of bounds', () => {
    const { sheet } = setup();
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getMaxRows()).toBe(1005);
    expect(() => sheet.insertRowsAfter(2000, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(1000, 10)).toThrow('Those rows are out of bounds.');
  });

  it('cannot delete every non-frozen row or column', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    sheet.deleteRows(2, 998);
    expect(sheet.getMaxRows()).toBe(2);
    expect(() => sheet.deleteColumns(1, 26)).toThrow('Sorry, it is not possible to delete all non-frozen columns.');
  });

  it('deleting a column moves cells left and rewrites formulas', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([[1, 2, '=A1+B1']]);
    sheet.deleteColumn(1);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=#REF!+A1']]);
    expect(sheet.getMaxColumns()).toBe(25);
  });
});

describe('Sheet naming, view and visibility', () => {
  it('refuses a name another sheet has, ignoring case', () => {
    const { app, sheet } = setup();
    app.getActiveSpreadsheet().insertSheet('Leads');
    expect(() => sheet.setName('leads')).toThrow('A sheet with the name "leads" already exists. Please enter another name.');
    sheet.setName('Pipeline');
    expect(sheet.getName()).toBe('Pipeline');
  });

  it('freezes rows and columns', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
  });

  it('cannot hide the only visible sheet', () => {
    const { app, sheet } = setup();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const other = app.getActiveSpreadsheet().insertSheet('Other');
    other.hideSheet();
    expect(other.isSheetHidden()).toBe(true);
  });

  it('columns are 100 pixels wide until set; hidden columns are remembered', () => {
    const { sheet } = setup();
    expect(sheet.getColumnWidth(3)).toBe(100);
    sheet.setColumnWidths(2, 2, 240);
    expect([sheet.getColumnWidth(2), sheet.getColumnWidth(3), sheet.getColumnWidth(4)]).toEqual([240, 240, 100]);
    sheet.hideColumns(5, 2);
    expect([sheet.isColumnHiddenByUser(5), sheet.isColumnHiddenByUser(6), sheet.isColumnHiddenByUser(7)]).toEqual([true, true, false]);
  });

  it('clearContents keeps formats; clear removes both', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(1).setBackground('red');
    sheet.clearContents();
    expect([sheet.getRange('A1').getValue(), sheet.getRange('A1').getBackground()]).toEqual(['', '#ff0000']);
    sheet.clear();
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });

  it('protect() returns the sheet protection, the same one when asked again; ranges protect separately', () => {
    const { app, sheet, m } = setup();
    const p = sheet.protect().setDescription('locked').setWarningOnly(true);
    expect(String(p.getProtectionType())).toBe('SHEET');
    expect(sheet.protect().getDescription()).toBe('locked');
    expect(m.protections.length).toBe(1);
    sheet.getRange('A1:B1').protect().setDescription('header');
    expect(app.getActiveSpreadsheet().getProtections(app.ProtectionType.RANGE).map((x) => x.getDescription())).toEqual(['header']);
    expect(sheet.getProtections(app.ProtectionType.SHEET).length).toBe(1);
  });

  it('structural calls are metered as structure changes', () => {
    const { ctx, sheet } = setup();
    sheet.insertRowsAfter(1, 1);
    sheet.setFrozenRows(1);
    expect(ctx.exec.calls.get('Sheet.insertRowsAfter')).toBe(1);
    expect(ctx.exec.calls.get('Sheet.setFrozenRows')).toBe(1);
  });
});
