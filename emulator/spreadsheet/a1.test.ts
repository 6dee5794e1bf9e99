import { describe, it, expect } from 'vitest';
import { columnToLetters, formatA1, formatGridRange, lettersToColumn, parseA1, quoteSheetName, resolveRef, splitSheetName } from './a1.js';

describe('A1 notation', () => {
  it('maps column letters to 0-based indexes and back', () => {
    expect(lettersToColumn('A')).toBe(0);
    expect(lettersToColumn('z')).toBe(25);
    expect(lettersToColumn('AA')).toBe(26);
    expect(lettersToColumn('ZZ')).toBe(701);
    expect(lettersToColumn('AAA')).toBe(702);
    for (const c of [0, 25, 26, 51, 701, 702, 18277]) expect(lettersToColumn(columnToLetters(c))).toBe(c);
    expect(columnToLetters(27)).toBe('AB');
  });

  it('parses a single cell and a block', () => {
    expect(parseA1('B7')).toEqual({ sheetName: null, r1: 6, c1: 1, r2: 6, c2: 1 });
    expect(parseA1('$A$1:$C$3')).toEqual({ sheetName: null, r1: 0, c1: 0, r2: 2, c2: 2 });
  });

  it('normalises a block written bottom-right first', () => {
    expect(parseA1('C3:A1')).toEqual({ sheetName: null, r1: 0, c1: 0, r2: 2, c2: 2 });
  });

  it('parses open ranges: whole columns, whole rows, and columns from a row down', () => {
    expect(parseA1('A:A')).toEqual({ sheetName: null, r1: null, c1: 0, r2: null, c2: 0 });
    expect(parseA1('2:5')).toEqual({ sheetName: null, r1: 1, c1: null, r2: 4, c2: null });
    expect(parseA1('A2:C')).toEqual({ sheetName: null, r1: 1, c1: 0, r2: null, c2: 2 });
    expect(parseA1('A2:A')).toEqual({ sheetName: null, r1: 1, c1: 0, r2: null, c2: 0 });
  });

  it('reads quoted sheet names with spaces and doubled quotes', () => {
    expect(parseA1("'My Sheet'!A1:B2")).toEqual({ sheetName: 'My Sheet', r1: 0, c1: 0, r2: 1, c2: 1 });
    expect(splitSheetName("'Anna''s Leads'!C3")).toEqual({ sheetName: "Anna's Leads", range: 'C3' });
    expect(parseA1('Leads!E2')?.sheetName).toBe('Leads');
  });

  it('rejects what is not a reference', () => {
    for (const bad of ['', 'A', '7', 'A0', 'Hello World', 'A1:B2:C3', '1A']) expect(parseA1(bad)).toBeNull();
  });

  it('resolves an open side to the edge of the sheet', () => {
    const ref = parseA1('A2:C')!;
    expect(resolveRef(ref, 0, 1000, 26)).toEqual({ sheetId: 0, r1: 1, c1: 0, r2: 999, c2: 2 });
    expect(resolveRef(parseA1('3:4')!, 5, 1000, 26)).toEqual({ sheetId: 5, r1: 2, c1: 0, r2: 3, c2: 25 });
  });

  it('formats cells and blocks, quoting sheet names only when needed', () => {
    expect(formatA1(0, 0, 0, 0)).toBe('A1');
    expect(formatA1(1, 0, 9, 27)).toBe('A2:AB10');
    expect(quoteSheetName('Leads')).toBe('Leads');
    expect(quoteSheetName('My Sheet')).toBe("'My Sheet'");
    expect(quoteSheetName("Anna's")).toBe("'Anna''s'");
    expect(quoteSheetName('A1')).toBe("'A1'");
    expect(formatGridRange({ sheetId: 0, r1: 0, c1: 0, r2: 1, c2: 1 }, 'My Sheet')).toBe("'My Sheet'!A1:B2");
  });
});
