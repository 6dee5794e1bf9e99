import { describe, expect, it } from 'vitest';
import { NOTE_PREFIX, peoplesPart, withOurNote } from './notes.js';

describe('notes shared by a person and OpsMind', () => {
  it('keeps the person’s words and puts OpsMind’s lines last, each with the prefix', () => {
    expect(withOurNote('', ['Missing: Offer Amount'])).toBe(`${NOTE_PREFIX}Missing: Offer Amount`);
    expect(withOurNote('call Tuesday', ['a', 'b'])).toBe(`call Tuesday\n${NOTE_PREFIX}a\n${NOTE_PREFIX}b`);
  });
  it('replaces its own part and removes it, and never touches a note without it', () => {
    const both = withOurNote('call Tuesday', ['old']);
    expect(withOurNote(both, ['new'])).toBe(`call Tuesday\n${NOTE_PREFIX}new`);
    expect(withOurNote(both, [])).toBe('call Tuesday');
    expect(withOurNote(`${NOTE_PREFIX}old`, [])).toBe('');
    expect(withOurNote('line one\nline two', [])).toBe('line one\nline two');
  });
  it('finds the person’s part of a note', () => {
    expect(peoplesPart(`x\n${NOTE_PREFIX}y\n${NOTE_PREFIX}z`)).toBe('x');
    expect(peoplesPart('no prefix here: OpsMind: inline')).toBe('no prefix here: OpsMind: inline');
  });
});
