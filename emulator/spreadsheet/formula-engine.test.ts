import { describe, it, expect } from 'vitest';
import { newSheetModel, type SheetModel, type SpreadsheetModel } from './model.js';
import { evaluateFormula, formulaHolds, newEvalCache } from './formula-engine.js';
import { compileFormula, resolveRef, shiftSensitivity } from './formula-refs.js';

function book(): { ss: SpreadsheetModel; s: SheetModel; other: SheetModel } {
  const s = newSheetModel(0, 'Leads', 0);
  const other = newSheetModel(1, "Team's Data", 1);
  const ss: SpreadsheetModel = {
    id: 'ss-1', name: 'Book', url: '', locale: 'en_US', timeZone: 'Europe/Berlin', owner: 'o@example.com',
    sheets: [s, other], namedRanges: [], activeSheetId: 0, nextSheetId: 2, selection: null,
  };
  return { ss, s, other };
}

// 2026-11-16 08:00 UTC = 09:00 in Berlin.
const NOW = Date.parse('2026-11-16T08:00:00Z');
const opts = { now: NOW, timeZone: 'Europe/Berlin' };

describe('formula engine', () => {
  it('reads referenced cells and evaluates referenced formulas recursively', () => {
    const { ss, s } = book();
    s.values.set(0, 0, 5);
    s.formulas.set(1, 0, '=A1*2');
    expect(evaluateFormula(ss, s, '=A2+1', { row: 5, col: 5 }, opts)).toBe(11);
  });

  it('reads another sheet through a quoted name with an escaped apostrophe', () => {
    const { ss, s, other } = book();
    other.values.set(2, 1, 'hello');
    expect(evaluateFormula(ss, s, "='Team''s Data'!B3", { row: 0, col: 0 }, opts)).toBe('hello');
  });

  it('gives #REF! for a missing sheet and for a circular reference', () => {
    const { ss, s } = book();
    s.formulas.set(0, 0, '=B1');
    s.formulas.set(0, 1, '=A1');
    expect(evaluateFormula(ss, s, '=Nowhere!A1', { row: 3, col: 0 }, opts)).toBe('#REF!');
    expect(evaluateFormula(ss, s, '=A1', { row: 3, col: 0 }, opts)).toBe('#REF!');
  });

  it('reports errors as Sheets shows them', () => {
    const { ss, s } = book();
    expect(evaluateFormula(ss, s, '=1/0', { row: 0, col: 0 }, opts)).toBe('#DIV/0!');
    expect(evaluateFormula(ss, s, '=NOSUCHFUNCTION(1)', { row: 0, col: 0 }, opts)).toBe('#NAME?');
    expect(evaluateFormula(ss, s, '=MATCH("zz", A1:A3, 0)', { row: 0, col: 0 }, opts)).toBe('#N/A');
    expect(evaluateFormula(ss, s, '=(', { row: 0, col: 0 }, opts)).toBe('#ERROR!');
    // A malformed sheet reference trips the parser library itself: still #ERROR!, never a thrown TypeError.
    expect(evaluateFormula(ss, s, '=k!9NK-', { row: 0, col: 0 }, opts)).toBe('#ERROR!');
  });

  it('TODAY() and NOW() read the emulator clock in the spreadsheet time zone', () => {
    const { ss, s } = book();
    const today = evaluateFormula(ss, s, '=TODAY()', { row: 0, col: 0 }, opts) as Date;
    expect(today).toBeInstanceOf(Date);
    expect(today.toISOString()).toBe('2026-11-15T23:00:00.000Z'); // midnight in Berlin
    const lateUtc = Date.parse('2026-11-16T23:30:00Z'); // already the 17th in Berlin
    const next = evaluateFormula(ss, s, '=TODAY()', { row: 0, col: 0 }, { ...opts, now: lateUtc }) as Date;
    expect(next.toISOString()).toBe('2026-11-16T23:00:00.000Z');
    expect((evaluateFormula(ss, s, '=NOW()', { row: 0, col: 0 }, opts) as Date).getTime()).toBe(NOW);
  });

  it('compares date cells with TODAY() as serial numbers', () => {
    const { ss, s } = book();
    s.values.set(1, 1, new Date('2026-11-10T10:00:00Z'));
    s.values.set(2, 1, new Date('2026-11-20T10:00:00Z'));
    expect(evaluateFormula(ss, s, '=B2<TODAY()', { row: 0, col: 0 }, opts)).toBe(true);
    expect(evaluateFormula(ss, s, '=B3<TODAY()', { row: 0, col: 0 }, opts)).toBe(false);
    expect(evaluateFormula(ss, s, '=B3-B2', { row: 0, col: 0 }, opts)).toBe(10);
    expect(evaluateFormula(ss, s, '=TODAY()-DATE(2026,11,6)', { row: 0, col: 0 }, opts)).toBe(10);
    expect(evaluateFormula(ss, s, '=B2', { row: 0, col: 0 }, opts)).toEqual(new Date('2026-11-10T10:00:00Z'));
  });

  it('supports the functions conditional formats and validations use', () => {
    const { ss, s } = book();
    ['Stage', 'Won', 'lost', '', 'Won'].forEach((v, r) => s.values.set(r, 4, v === '' ? undefined : v));
    const at = { row: 0, col: 0 };
    expect(evaluateFormula(ss, s, '=COUNTIF($E$2:$E,"won")', at, opts)).toBe(2);
    expect(evaluateFormula(ss, s, '=COUNTA(E1:E10)', at, opts)).toBe(4);
    expect(evaluateFormula(ss, s, '=MATCH("lost",$E$1:$E$5,0)', at, opts)).toBe(3);
    expect(evaluateFormula(ss, s, '=AND(NOT(ISBLANK(E2)), OR(E2="x", LEN(TRIM(" ab "))=2))', at, opts)).toBe(true);
    expect(evaluateFormula(ss, s, '=IF(ISBLANK(E4),"empty","full")', at, opts)).toBe('empty');
  });

  it('treats an empty cell as "" against text and 0 against numbers', () => {
    const { ss, s } = book();
    const at = { row: 0, col: 0 };
    expect(evaluateFormula(ss, s, '=Z9=""', at, opts)).toBe(true);
    expect(evaluateFormula(ss, s, '=Z9<>""', at, opts)).toBe(false);
    expect(evaluateFormula(ss, s, '=Z9=0', at, opts)).toBe(true);
  });

  it('shifts relative references and keeps $-anchored parts', () => {
    const { ss, s } = book();
    for (let r = 0; r < 6; r++) s.values.set(r, 0, r * 10);
    // Written for row 2 (A2); evaluated three rows further down it reads A5, while $A$1 and A$1 stay.
    expect(evaluateFormula(ss, s, '=A2', { row: 4, col: 0 }, { ...opts, shiftRows: 3 })).toBe(40);
    expect(evaluateFormula(ss, s, '=$A$1+A$1', { row: 4, col: 0 }, { ...opts, shiftRows: 3 })).toBe(0);
    expect(evaluateFormula(ss, s, '=$A2', { row: 4, col: 3 }, { ...opts, shiftRows: 3, shiftCols: 2 })).toBe(40);
    expect(evaluateFormula(ss, s, '=SUM(A1:A2)', { row: 1, col: 0 }, { ...opts, shiftRows: 1 })).toBe(30);
  });

  it('never rewrites text inside string literals', () => {
    const { ss, s } = book();
    s.values.set(3, 0, 'A1');
    expect(evaluateFormula(ss, s, '=A1&"A1"', { row: 0, col: 0 }, { ...opts, shiftRows: 3 })).toBe('A1A1');
  });

  it('resolves open ranges like $E$2:$E from row 2 to the end of the column', () => {
    const c = compileFormula('COUNTIF($E$2:$E, A2)');
    expect(c.refs).toHaveLength(2);
    expect(resolveRef(c.refs[0], 5, 0, 'S')).toEqual({ sheet: 'S', from: { row: 2, col: 5 }, to: { row: 1_048_576, col: 5 } });
    expect(resolveRef(c.refs[1], 5, 0, 'S')).toEqual({ sheet: 'S', row: 7, col: 1 });
  });

  it('knows when a result cannot change across columns or rows (so a rule may evaluate it once per row)', () => {
    expect(shiftSensitivity('=$C2="overdue"')).toEqual({ rows: true, cols: false });
    expect(shiftSensitivity('=COUNTIF($A$2:$A,"x")>1')).toEqual({ rows: false, cols: false });
    expect(shiftSensitivity('=ROW()=2')).toEqual({ rows: true, cols: true });
  });

  it('resolves named ranges', () => {
    const { ss, s } = book();
    s.values.set(0, 2, 7);
    ss.namedRanges.push({ name: 'Target', range: { sheetId: 0, r1: 0, c1: 2, r2: 0, c2: 2 } });
    expect(evaluateFormula(ss, s, '=Target*2', { row: 5, col: 5 }, opts)).toBe(14);
  });

  it('shares range reads across one batch through an evaluation cache', () => {
    const { ss, s } = book();
    s.values.set(0, 0, 'x');
    const cache = newEvalCache();
    expect(evaluateFormula(ss, s, '=COUNTIF(A1:A3,"x")', { row: 9, col: 9 }, { ...opts, cache })).toBe(1);
    expect(cache.ranges.size).toBe(1);
  });

  it('counts TRUE and non-zero numbers as a formula that holds', () => {
    expect(formulaHolds(true)).toBe(true);
    expect(formulaHolds(2)).toBe(true);
    expect(formulaHolds(0)).toBe(false);
    expect(formulaHolds('#REF!')).toBe(false);
  });
});
