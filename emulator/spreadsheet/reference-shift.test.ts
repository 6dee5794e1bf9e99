import { describe, it, expect } from 'vitest';
import { offsetFormula, shiftFormula, shiftSpan } from './reference-shift.js';

describe('references follow inserted and deleted rows and columns', () => {
  it('grows a span when rows are inserted inside it and moves it when inserted above', () => {
    expect(shiftSpan(2, 5, { axis: 'rows', op: 'insert', at: 3, count: 2 })).toEqual([2, 7]);
    expect(shiftSpan(2, 5, { axis: 'rows', op: 'insert', at: 2, count: 2 })).toEqual([4, 7]);
    expect(shiftSpan(2, 5, { axis: 'rows', op: 'insert', at: 6, count: 2 })).toEqual([2, 5]);
  });

  it('shrinks a span when part of it is deleted and drops it when all of it is', () => {
    expect(shiftSpan(2, 5, { axis: 'rows', op: 'delete', at: 3, count: 2 })).toEqual([2, 3]);
    expect(shiftSpan(2, 5, { axis: 'rows', op: 'delete', at: 0, count: 3 })).toEqual([0, 2]);
    expect(shiftSpan(2, 5, { axis: 'rows', op: 'delete', at: 2, count: 4 })).toBeNull();
  });

  it('rewrites references on the changed sheet, absolute ones too, and leaves strings alone', () => {
    const ins = { axis: 'rows', op: 'insert', at: 1, count: 1 } as const;
    expect(shiftFormula('=A2+$B$3+SUM(C1:C5)&"A2"', 'Leads', 'Leads', ins)).toBe('=A3+$B$4+SUM(C1:C6)&"A2"');
    expect(shiftFormula('=Leads!A2+A2', 'Summary', 'Leads', ins)).toBe('=Leads!A3+A2');
    expect(shiftFormula("='My Leads'!A2", 'Summary', 'My Leads', ins)).toBe("='My Leads'!A3");
  });

  it('does not mistake function names like LOG10 for cells', () => {
    expect(shiftFormula('=LOG10(A5)', 'S', 'S', { axis: 'rows', op: 'insert', at: 0, count: 1 })).toBe('=LOG10(A6)');
  });

  it('turns a reference to a deleted cell into #REF!', () => {
    expect(shiftFormula('=A2*2', 'S', 'S', { axis: 'rows', op: 'delete', at: 1, count: 1 })).toBe('=#REF!*2');
  });

  it('moves columns in column references', () => {
    expect(shiftFormula('=SUM(B:B)+C1', 'S', 'S', { axis: 'columns', op: 'insert', at: 1, count: 1 })).toBe('=SUM(C:C)+D1');
  });

  it('offsets relative references when a formula is filled, keeping $-anchored parts', () => {
    expect(offsetFormula('=A1*$B$1+B$2', 2, 1)).toBe('=B3*$B$1+C$2');
    expect(offsetFormula('=A1', -1, 0)).toBe('=#REF!');
  });
});
