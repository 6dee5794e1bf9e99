// Sheets validation rules as Excel sees them: dropdowns from lists and ranges, numbers, dates, formulas.
import { describe, expect, it } from 'vitest';
import type { DataValidationModel } from '../spreadsheet/model.js';
import { sampleWorld } from './sample-world.js';
import { excelValidation } from './xlsx-rules.js';

const rule = (criteria: DataValidationModel['criteria'], args: unknown[], allowInvalid = false): DataValidationModel => ({ criteria, args, showDropdown: true, allowInvalid, helpText: null });
const ss = () => [...sampleWorld().spreadsheets.values()][0];
const noSpill = (): string => {
  throw new Error('unexpected spill');
};

describe('excelValidation', () => {
  it('a list from a range becomes a dropdown with an absolute, sheet-qualified reference', () => {
    const s = ss();
    const dv = excelValidation(s, rule('VALUE_IN_RANGE', [{ sheetId: 1, r1: 1, c1: 0, r2: 9, c2: 0 }, true]), 'E2', noSpill);
    expect(dv).toMatchObject({ type: 'list', formulae: ['Log!$A$2:$A$10'], errorStyle: 'stop' });
  });

  it('a list too long or with commas for an inline Excel list is spilled to a range', () => {
    const spilled: string[][] = [];
    const long = Array.from({ length: 80 }, (_, i) => `Option number ${i}`);
    const dv = excelValidation(ss(), rule('VALUE_IN_LIST', [long]), 'A2', (v) => (spilled.push(v), "'_lists'!$A$1:$A$80"));
    expect(dv?.formulae).toEqual(["'_lists'!$A$1:$A$80"]);
    expect(spilled[0]).toHaveLength(80);
    const comma = excelValidation(ss(), rule('VALUE_IN_LIST', [['a, b', 'c']]), 'A2', () => 'X');
    expect(comma?.formulae).toEqual(['X']);
  });

  it('number and date comparisons keep their operator; dates become serial days in the sheet time zone', () => {
    expect(excelValidation(ss(), rule('NUMBER_BETWEEN', [1, 5], true), 'B2', noSpill)).toMatchObject({ type: 'decimal', operator: 'between', formulae: [1, 5], errorStyle: 'warning' });
    const d = excelValidation(ss(), rule('DATE_ON_OR_AFTER', [new Date('2026-11-15T23:00:00Z')]), 'C2', noSpill);
    expect(d).toMatchObject({ type: 'date', operator: 'greaterThanOrEqual' });
    expect(d?.formulae[0]).toBe(46342);
  });

  it('custom formulas and text rules become custom formulas relative to the top-left cell; checkboxes TRUE/FALSE', () => {
    expect(excelValidation(ss(), rule('CUSTOM_FORMULA', ['=LEN(A2)>3']), 'A2', noSpill)?.formulae).toEqual(['LEN(A2)>3']);
    expect(excelValidation(ss(), rule('TEXT_CONTAINS', ['@']), 'D2', noSpill)?.formulae).toEqual(['ISNUMBER(SEARCH("@",D2))']);
    expect(excelValidation(ss(), rule('CHECKBOX', []), 'F2', noSpill)?.formulae).toEqual(['"TRUE,FALSE"']);
    expect(excelValidation(ss(), rule('TEXT_IS_VALID_URL', []), 'F2', noSpill)).toBeNull();
  });
});
