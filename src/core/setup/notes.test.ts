import { describe, expect, it } from 'vitest';
import { problemNotes } from './notes.js';

describe('notes on problem cells', () => {
  it('puts each problem on its cell and leaves people’s notes alone', () => {
    const next = problemNotes([['', 'mine'], ['', '']], [{ cell: 'A2', message: 'Cell A2: twice.' }]);
    expect(next).toEqual([['', 'mine'], ['OpsMind: Cell A2: twice.', '']]);
  });
  it('adds its problem below a note a person wrote on the same cell, and takes only its own part away later', () => {
    const withProblem = problemNotes([['Ask Ben before renaming']], [{ cell: 'A1', message: 'Cell A1: no name.' }])!;
    expect(withProblem).toEqual([['Ask Ben before renaming\nOpsMind: Cell A1: no name.']]);
    expect(problemNotes(withProblem, [])).toEqual([['Ask Ben before renaming']]);
  });
  it('clears its own note once the problem is fixed, and says when nothing changes', () => {
    expect(problemNotes([['OpsMind: old', 'mine']], [])).toEqual([['', 'mine']]);
    expect(problemNotes([['', 'mine']], [])).toBeNull();
  });
});
