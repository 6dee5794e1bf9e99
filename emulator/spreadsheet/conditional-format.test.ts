import { describe, it, expect } from 'vitest';
import { makeCtx } from '../runtime/testing.js';
import { newSheetModel, type SheetModel, type SpreadsheetModel } from './model.js';
import { conditionalFormatModelOf, newConditionalFormatRule, newConditionalFormatRuleBuilder } from './conditional-format.fake.js';
import { effectiveBackground, evaluateConditionalFormats } from './conditional-format.eval.js';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

function fakeRange(sheetId: number, row: number, col: number, rows: number, cols: number): GasRange {
  return {
    getRow: () => row, getColumn: () => col, getNumRows: () => rows, getNumColumns: () => cols,
    getSheet: () => ({ getSheetId: () => sheetId }),
  } as unknown as GasRange;
}

function setup(): { ss: SpreadsheetModel; sheet: SheetModel } {
  const sheet = newSheetModel(3, 'Leads', 0);
  const ss: SpreadsheetModel = {
    id: 'ss', name: 'Book', url: '', locale: 'en_US', timeZone: 'Europe/Berlin', owner: 'o', sheets: [sheet],
    namedRanges: [], activeSheetId: 3, nextSheetId: 4, selection: null,
  };
  return { ss, sheet };
}

const opts = { now: Date.parse('2026-11-16T08:00:00Z'), timeZone: 'Europe/Berlin' };

describe('ConditionalFormatRuleBuilder', () => {
  it('records ranges, condition and format, and reads them back through BooleanCondition', () => {
    const ctx = makeCtx();
    const range = fakeRange(3, 2, 1, 10, 4);
    const rule = newConditionalFormatRuleBuilder(ctx).whenTextContains('won').setBackground('GREEN').setBold(true).setRanges([range]).build();
    const m = conditionalFormatModelOf(rule);
    expect(m.ranges).toEqual([{ sheetId: 3, r1: 1, c1: 0, r2: 10, c2: 3 }]);
    expect(m.format).toEqual({ background: '#008000', bold: true });
    const cond = rule.getBooleanCondition();
    expect(String(cond?.getCriteriaType())).toBe('TEXT_CONTAINS');
    expect(cond?.getCriteriaValues()).toEqual(['won']);
    expect(cond?.getBackground()).toBe('#008000');
    expect(cond?.getItalic()).toBeNull();
    expect(rule.getRanges()[0]).toBe(range);
  });

  it('reports the Apps Script criteria names (TEXT_EQUAL_TO, DATE_BEFORE_RELATIVE)', () => {
    const ctx = makeCtx();
    const eq = newConditionalFormatRuleBuilder(ctx).whenTextEqualTo('x').build();
    expect(String(eq.getBooleanCondition()?.getCriteriaType())).toBe('TEXT_EQUAL_TO');
    const rel = newConditionalFormatRuleBuilder(ctx).whenDateBefore('TODAY' as unknown as GoogleAppsScript.Spreadsheet.RelativeDate).build();
    expect(String(rel.getBooleanCondition()?.getCriteriaType())).toBe('DATE_BEFORE_RELATIVE');
  });

  it('copy() of a stored rule keeps its settings and rebuilds ranges through the factory', () => {
    const ctx = makeCtx();
    const stored = { ranges: [{ sheetId: 3, r1: 0, c1: 0, r2: 4, c2: 0 }], condition: { type: 'CELL_EMPTY' as const, values: [] }, format: { background: '#ff0000' } };
    const made: unknown[] = [];
    const rule = newConditionalFormatRule(ctx, stored, (g) => { made.push(g); return fakeRange(g.sheetId, g.r1 + 1, g.c1 + 1, 5, 1); });
    const again = conditionalFormatModelOf(rule.copy().setItalic(true).build());
    expect(again.condition.type).toBe('CELL_EMPTY');
    expect(again.format).toEqual({ background: '#ff0000', italic: true });
    expect(rule.getRanges()[0].getRow()).toBe(1);
    expect(made).toHaveLength(1);
  });

  it('builder members are local calls that work in AuthMode.NONE', () => {
    const ctx = makeCtx({}, { authMode: 'NONE', kind: 'simple' });
    newConditionalFormatRuleBuilder(ctx).whenCellEmpty().setBackground('#fff').build();
    expect(ctx.exec.totalCalls()).toBe(0);
    expect(ctx.exec.localCalls).toBe(3);
  });

  it('setConditionalFormatRules accepts only built rules', () => {
    expect(() => conditionalFormatModelOf('rule')).toThrow(/don't match the method signature/);
  });
});

describe('conditional format evaluation', () => {
  it('the first rule whose condition holds wins for a cell', () => {
    const { ss, sheet } = setup();
    ['Won', 'Lost', 'Open'].forEach((v, r) => sheet.values.set(r, 0, v));
    const all = { sheetId: 3, r1: 0, c1: 0, r2: 2, c2: 0 };
    sheet.conditionalFormats.push(
      { ranges: [all], condition: { type: 'TEXT_EQ', values: ['won'] }, format: { background: '#00ff00' } },
      { ranges: [all], condition: { type: 'CELL_NOT_EMPTY', values: [] }, format: { background: '#cccccc', bold: true } },
    );
    const cf = evaluateConditionalFormats(ss, sheet, opts);
    expect(cf.get(0, 0)).toEqual({ background: '#00ff00' });
    expect(cf.get(1, 0)).toEqual({ background: '#cccccc', bold: true });
    expect(effectiveBackground(sheet, cf, 0, 0)).toBe('#00ff00');
  });

  it('a custom formula written for the top-left cell applies shifted to each row (three rows down reads row 5)', () => {
    const { ss, sheet } = setup();
    for (let r = 1; r <= 6; r++) sheet.values.set(r, 2, r === 4 ? 'overdue' : 'ok'); // C2:C7, C5 overdue
    sheet.conditionalFormats.push({
      ranges: [{ sheetId: 3, r1: 1, c1: 0, r2: 6, c2: 3 }], // A2:D7
      condition: { type: 'CUSTOM_FORMULA', values: ['=$C2="overdue"'] },
      format: { background: '#ff0000' },
    });
    const cf = evaluateConditionalFormats(ss, sheet, opts);
    for (let c = 0; c <= 3; c++) expect(effectiveBackground(sheet, cf, 4, c)).toBe('#ff0000');
    expect(cf.get(3, 0)).toBeUndefined();
    expect(cf.get(1, 0)).toBeUndefined();
  });

  it('date rules compare calendar days with the emulator clock, and empty-cell rules match blanks inside the data', () => {
    const { ss, sheet } = setup();
    sheet.values.set(0, 0, new Date('2026-11-10T12:00:00Z'));
    sheet.values.set(1, 0, new Date('2026-11-20T12:00:00Z'));
    sheet.values.set(3, 0, 'x');
    const col = { sheetId: 3, r1: 0, c1: 0, r2: 999, c2: 0 };
    sheet.conditionalFormats.push(
      { ranges: [col], condition: { type: 'DATE_BEFORE', values: ['TODAY'] }, format: { fontColor: '#ff0000' } },
      { ranges: [col], condition: { type: 'CELL_EMPTY', values: [] }, format: { background: '#eeeeee' } },
    );
    const cf = evaluateConditionalFormats(ss, sheet, opts);
    expect(cf.get(0, 0)).toEqual({ fontColor: '#ff0000' });
    expect(cf.get(1, 0)).toBeUndefined();
    expect(cf.get(2, 0)).toEqual({ background: '#eeeeee' });
    expect(cf.get(10, 0)).toBeUndefined(); // past the last row with content
    expect(evaluateConditionalFormats(ss, sheet, { ...opts, maxRow: 10 }).get(10, 0)).toEqual({ background: '#eeeeee' });
  });

  it('number rules only match numbers; the cell background shows where no rule applies', () => {
    const { ss, sheet } = setup();
    sheet.values.set(0, 0, 12);
    sheet.values.set(1, 0, '12');
    sheet.backgrounds.set(1, 0, '#123456');
    sheet.conditionalFormats.push({ ranges: [{ sheetId: 3, r1: 0, c1: 0, r2: 1, c2: 0 }], condition: { type: 'NUMBER_BETWEEN', values: [10, 20] }, format: { background: '#0000ff' } });
    const cf = evaluateConditionalFormats(ss, sheet, opts);
    expect(effectiveBackground(sheet, cf, 0, 0)).toBe('#0000ff');
    expect(effectiveBackground(sheet, cf, 1, 0)).toBe('#123456');
    expect(effectiveBackground(sheet, cf, 5, 5)).toBe('#ffffff');
  });

  it('rules see formula results of the cells they test', () => {
    const { ss, sheet } = setup();
    sheet.values.set(0, 1, 3);
    sheet.formulas.set(0, 0, '=B1*10');
    sheet.conditionalFormats.push({ ranges: [{ sheetId: 3, r1: 0, c1: 0, r2: 0, c2: 0 }], condition: { type: 'NUMBER_GREATER_THAN', values: [20] }, format: { bold: true } });
    expect(evaluateConditionalFormats(ss, sheet, opts).get(0, 0)).toEqual({ bold: true });
  });
});
