import { describe, expect, it } from 'vitest';
import { consecutiveRuns, trimTable } from './table.js';

describe('trimTable', () => {
  it('cuts trailing blank rows and columns, and pads short rows to the width', () => {
    expect(trimTable([['Stage', 'Order', '', ''], ['New', 1], ['', '', ' ', ''], ['', '']])).toEqual([['Stage', 'Order'], ['New', 1]]);
  });
  it('keeps a blank cell inside the table and a column only one row fills', () => {
    expect(trimTable([['a', '', 'c'], ['', 'b']])).toEqual([['a', '', 'c'], ['', 'b', '']]);
  });
  it('gives nothing for a table of blanks', () => {
    expect(trimTable([['', null], []])).toEqual([]);
  });
});

describe('consecutiveRuns', () => {
  it('groups ascending numbers into runs of consecutive ones', () => {
    expect(consecutiveRuns([2, 3, 4, 7, 9, 10])).toEqual([[2, 4], [7, 7], [9, 10]]);
    expect(consecutiveRuns([])).toEqual([]);
  });
});
