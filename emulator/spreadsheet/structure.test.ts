import { describe, it, expect } from 'vitest';
import { createWorld } from '../runtime/world.js';
import { createSpreadsheetModel, writeValues } from './spreadsheet-store.js';
import { applyShift } from './structure.js';
import type { DataValidationModel } from './model.js';

function setup() {
  const ss = createSpreadsheetModel(createWorld(), { name: 'x' });
  const sheet = ss.sheets[0];
  writeValues(sheet, 0, 0, [['h1', 'h2'], ['a', 1], ['b', 2], ['c', 3]]);
  return { ss, sheet };
}

describe('structural changes', () => {
  it('inserting rows shifts values, notes and backgrounds down and grows maxRows', () => {
    const { ss, sheet } = setup();
    sheet.notes.set(2, 0, 'note on b');
    sheet.backgrounds.set(2, 1, '#ff0000');
    applyShift(ss, sheet, { axis: 'rows', op: 'insert', at: 1, count: 2 });
    expect(sheet.values.get(4, 0)).toBe('b');
    expect(sheet.values.get(1, 0)).toBeUndefined();
    expect(sheet.notes.get(4, 0)).toBe('note on b');
    expect(sheet.backgrounds.get(4, 1)).toBe('#ff0000');
    expect(sheet.maxRows).toBe(1002);
  });

  it('deleting rows pulls cells up and shrinks maxRows', () => {
    const { ss, sheet } = setup();
    applyShift(ss, sheet, { axis: 'rows', op: 'delete', at: 1, count: 2 });
    expect(sheet.values.get(1, 0)).toBe('c');
    expect(sheet.maxRows).toBe(998);
  });

  it('inserting rows inside a conditional format range grows it; deleting all of a range drops the rule', () => {
    const { ss, sheet } = setup();
    sheet.conditionalFormats.push({ ranges: [{ sheetId: 0, r1: 1, c1: 0, r2: 3, c2: 1 }], condition: { type: 'CELL_EMPTY', values: [] }, format: {} });
    applyShift(ss, sheet, { axis: 'rows', op: 'insert', at: 2, count: 1 });
    expect(sheet.conditionalFormats[0].ranges[0]).toEqual({ sheetId: 0, r1: 1, c1: 0, r2: 4, c2: 1 });
    applyShift(ss, sheet, { axis: 'rows', op: 'delete', at: 1, count: 4 });
    expect(sheet.conditionalFormats).toEqual([]);
  });

  it('named ranges, protections and VALUE_IN_RANGE validations follow the change', () => {
    const { ss, sheet } = setup();
    ss.namedRanges.push({ name: 'Stages', range: { sheetId: 0, r1: 0, c1: 5, r2: 4, c2: 5 } });
    sheet.protections.push({ kind: 'RANGE', range: { sheetId: 0, r1: 0, c1: 0, r2: 0, c2: 1 }, description: 'header', warningOnly: true, editors: [] });
    const dv: DataValidationModel = { criteria: 'VALUE_IN_RANGE', args: [{ sheetId: 0, r1: 0, c1: 5, r2: 4, c2: 5 }, true], showDropdown: true, allowInvalid: false, helpText: null };
    sheet.validations.set(1, 2, dv);
    sheet.validations.set(2, 2, dv);
    applyShift(ss, sheet, { axis: 'columns', op: 'insert', at: 0, count: 1 });
    expect(ss.namedRanges[0].range).toMatchObject({ c1: 6, c2: 6 });
    expect(sheet.protections[0].range).toMatchObject({ c1: 1, c2: 2 });
    expect(dv.args[0]).toMatchObject({ c1: 6, c2: 6 });
    expect(sheet.validations.get(1, 3)).toBe(dv);
  });

  it('formulas on any sheet that point at the changed rows are rewritten', () => {
    const { ss, sheet } = setup();
    sheet.formulas.set(0, 3, '=SUM(B2:B4)');
    applyShift(ss, sheet, { axis: 'rows', op: 'delete', at: 1, count: 1 });
    expect(sheet.formulas.get(0, 3)).toBe('=SUM(B2:B3)');
  });

  it('inserting columns moves widths and hidden columns; rows inside the frozen area grow it', () => {
    const { ss, sheet } = setup();
    sheet.columnWidths.set(1, 250);
    sheet.hiddenColumns.add(2);
    sheet.frozenRows = 2;
    applyShift(ss, sheet, { axis: 'columns', op: 'insert', at: 1, count: 1 });
    expect(sheet.columnWidths.get(2)).toBe(250);
    expect(sheet.hiddenColumns.has(3)).toBe(true);
    applyShift(ss, sheet, { axis: 'rows', op: 'insert', at: 1, count: 1 });
    expect(sheet.frozenRows).toBe(3);
  });
});
