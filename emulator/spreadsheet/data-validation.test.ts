import { describe, it, expect } from 'vitest';
import { makeCtx } from '../runtime/testing.js';
import { newSheetModel, type DataValidationModel, type SheetModel, type SpreadsheetModel } from './model.js';
import { dataValidationModelOf, newDataValidation, newDataValidationBuilder } from './data-validation.fake.js';
import { checkValidation, validationOutcome, validationRejectMessage, type ValidationContext } from './validation-check.js';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

/** A stand-in Range exposing only the public members the builder reads. */
function fakeRange(sheetId: number, row: number, col: number, rows: number, cols: number): GasRange {
  return {
    getRow: () => row, getColumn: () => col, getNumRows: () => rows, getNumColumns: () => cols,
    getSheet: () => ({ getSheetId: () => sheetId }),
  } as unknown as GasRange;
}

function setup(): { ss: SpreadsheetModel; sheet: SheetModel; at: (row: number, col: number) => ValidationContext } {
  const sheet = newSheetModel(0, 'Leads', 0);
  const lists = newSheetModel(7, 'Lists', 1);
  ['New', 'Qualified', 'Won'].forEach((v, r) => lists.values.set(r, 0, v));
  const ss: SpreadsheetModel = {
    id: 'ss', name: 'Book', url: '', locale: 'en_US', timeZone: 'Europe/Berlin', owner: 'o', sheets: [sheet, lists],
    namedRanges: [], activeSheetId: 0, nextSheetId: 8, selection: null,
  };
  const at = (row: number, col: number): ValidationContext => ({ ss, sheet, row, col, now: Date.parse('2026-11-16T08:00:00Z'), timeZone: 'Europe/Berlin' });
  return { ss, sheet, at };
}

function built(make: (b: GoogleAppsScript.Spreadsheet.DataValidationBuilder) => GoogleAppsScript.Spreadsheet.DataValidationBuilder): DataValidationModel {
  const ctx = makeCtx();
  return dataValidationModelOf(make(newDataValidationBuilder(ctx)).build());
}

describe('DataValidationBuilder', () => {
  it('new rules allow invalid data (warn) until setAllowInvalid(false)', () => {
    expect(built((b) => b.requireNumberGreaterThan(0)).allowInvalid).toBe(true);
    expect(built((b) => b.requireNumberGreaterThan(0).setAllowInvalid(false)).allowInvalid).toBe(false);
  });

  it('a value list shows its dropdown unless told not to, and reports [values, showDropdown]', () => {
    const ctx = makeCtx();
    const rule = newDataValidationBuilder(ctx).requireValueInList(['a', 'b']).setHelpText('Pick one').build();
    expect(String(rule.getCriteriaType())).toBe('VALUE_IN_LIST');
    expect(rule.getCriteriaValues()).toEqual([['a', 'b'], true]);
    expect(rule.getHelpText()).toBe('Pick one');
    expect(dataValidationModelOf(newDataValidationBuilder(ctx).requireValueInList(['a'], false).build()).showDropdown).toBe(false);
  });

  it('builder members are local calls that work in AuthMode.NONE', () => {
    const ctx = makeCtx({}, { authMode: 'NONE', kind: 'simple' });
    newDataValidationBuilder(ctx).requireCheckbox().build();
    expect(ctx.exec.calls.get('DataValidationBuilder.requireCheckbox')).toBe(1);
    expect(ctx.exec.totalCalls()).toBe(0);
  });

  it('copy() starts a new builder from a rule and withCriteria sets criteria by enum', () => {
    const ctx = makeCtx();
    const rule = newDataValidation(ctx, { criteria: 'NUMBER_BETWEEN', args: [1, 5], showDropdown: false, allowInvalid: false, helpText: null });
    const next = rule.copy().withCriteria('NUMBER_LESS_THAN' as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria, [3]).build();
    expect(String(next.getCriteriaType())).toBe('NUMBER_LESS_THAN');
    expect(next.getCriteriaValues()).toEqual([3]);
    expect(next.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toBeNull();
  });

  it('a missing builder member throws the guard error', () => {
    const b = newDataValidationBuilder(makeCtx()) as unknown as Record<string, unknown>;
    expect(() => b.requireSomethingElse).toThrow('not implemented in emulator: DataValidationBuilder.requireSomethingElse');
  });

  it('setDataValidation accepts only built rules', () => {
    expect(() => dataValidationModelOf({})).toThrow(/don't match the method signature/);
  });
});

describe('validation of what a person enters', () => {
  it('an empty value always passes', () => {
    const { at } = setup();
    expect(checkValidation(built((b) => b.requireNumberGreaterThan(10).setAllowInvalid(false)), '', at(1, 1))).toBe(true);
  });

  it('a dropdown list matches exactly; failing input is rejected only when invalid data is not allowed', () => {
    const { at } = setup();
    const strict = built((b) => b.requireValueInList(['Won', 'Lost']).setAllowInvalid(false));
    expect(validationOutcome(strict, 'Won', at(1, 1))).toBe('ok');
    expect(validationOutcome(strict, 'won', at(1, 1))).toBe('reject');
    const lenient = built((b) => b.requireValueInList(['Won', 'Lost']));
    expect(validationOutcome(lenient, 'maybe', at(1, 1))).toBe('warn');
  });

  it('value in range reads the range (on another sheet)', () => {
    const { at } = setup();
    const m = built((b) => b.requireValueInRange(fakeRange(7, 1, 1, 10, 1)).setAllowInvalid(false));
    expect(m.args[0]).toEqual({ sheetId: 7, r1: 0, c1: 0, r2: 9, c2: 0 });
    expect(checkValidation(m, 'Qualified', at(1, 1))).toBe(true);
    expect(checkValidation(m, 'Lost', at(1, 1))).toBe(false);
  });

  it('a checkbox accepts booleans only, or its custom checked/unchecked values', () => {
    const { at } = setup();
    expect(checkValidation(built((b) => b.requireCheckbox()), true, at(0, 0))).toBe(true);
    expect(checkValidation(built((b) => b.requireCheckbox()), 'yes', at(0, 0))).toBe(false);
    expect(checkValidation(built((b) => b.requireCheckbox('y', 'n')), 'n', at(0, 0))).toBe(true);
  });

  it('dates compare by calendar day in the spreadsheet time zone', () => {
    const { at } = setup();
    const m = built((b) => b.requireDateOnOrAfter(new Date('2026-11-16T00:00:00+01:00')));
    expect(checkValidation(m, new Date('2026-11-16T00:30:00+01:00'), at(0, 0))).toBe(true);
    expect(checkValidation(m, new Date('2026-11-15T23:30:00+01:00'), at(0, 0))).toBe(false);
    expect(checkValidation(built((b) => b.requireDate()), 'tomorrow', at(0, 0))).toBe(false);
  });

  it('numbers, text and email/URL criteria', () => {
    const { at } = setup();
    expect(checkValidation(built((b) => b.requireNumberBetween(1, 5)), 5, at(0, 0))).toBe(true);
    expect(checkValidation(built((b) => b.requireNumberBetween(1, 5)), '3', at(0, 0))).toBe(false);
    expect(checkValidation(built((b) => b.requireTextContains('acme')), 'ACME Ltd', at(0, 0))).toBe(true);
    expect(checkValidation(built((b) => b.requireTextIsEmail()), 'ana@example.com', at(0, 0))).toBe(true);
    expect(checkValidation(built((b) => b.requireTextIsEmail()), 'ana@', at(0, 0))).toBe(false);
    expect(checkValidation(built((b) => b.requireTextIsUrl()), 'https://example.com/x', at(0, 0))).toBe(true);
  });

  it('a custom formula is shifted from the rule\'s top-left cell to the edited cell', () => {
    const { sheet, at } = setup();
    const m = built((b) => b.requireFormulaSatisfied('=AND(ISNUMBER(B2), B2<=C2)'));
    for (let r = 1; r <= 5; r++) sheet.validations.set(r, 1, m); // B2:B6
    sheet.values.set(4, 2, 10); // C5
    expect(checkValidation(m, 7, at(4, 1))).toBe(true); // B5 = 7 <= C5
    expect(checkValidation(m, 11, at(4, 1))).toBe(false);
    expect(sheet.values.get(4, 1)).toBeUndefined(); // the trial value is not left behind
  });

  it('a rejected entry shows the help text, or the generic message', () => {
    const m = built((b) => b.requireNumberGreaterThan(0).setAllowInvalid(false));
    expect(validationRejectMessage(m, 1, 27)).toBe('The data you entered in cell AB2 violates the data validation rules set on this cell.');
    expect(validationRejectMessage({ ...m, helpText: 'Positive only' }, 1, 1)).toBe('Positive only');
  });
});
