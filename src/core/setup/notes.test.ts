import { describe, expect, it } from 'vitest';
import { problemNotes } from './notes.js';

describe('notes on problem cells', () => {
  it('puts each problem on its cell and leaves people’s notes alone', () => {
    const next = problemNotes([['', 'mine'], ['', '']], [{ cell: 'A2', message: 'Cell A2: twice.' }]);
    expect(next).toEqual([['', 'mine'], ['OpsMind: Cell A2: twice.', '']]);
  });
  it('clears its own note once the problem is fixed, and says when nothing changes', () => {
    expect(problemNotes([['OpsMind: old', 'mine']], [])).toEqual([['', 'mine']]);
    expect(problemNotes([['', 'mine']], [])).toBeNull();
  });
});
