// Notes OpsMind puts on problem cells (of the Stages tab): its own part is replaced or cleared, people's words are kept.
import { columnLetter } from '../names.js';
import { withOurNote } from '../notes.js';
import type { CellProblem } from '../stages.js';

const a1 = (r: number, c: number) => `${columnLetter(c)}${r + 1}`;

/** The notes grid to write (same shape as `current`), or null when nothing changes. */
export function problemNotes(current: readonly (readonly string[])[], problems: readonly CellProblem[]): string[][] | null {
  const byCell = new Map<string, string[]>();
  for (const p of problems) byCell.set(p.cell, [...(byCell.get(p.cell) ?? []), p.message]);
  let changed = false;
  const next = current.map((row, r) =>
    row.map((note, c) => {
      const wanted = withOurNote(note, byCell.get(a1(r, c)) ?? []);
      if (wanted !== note) changed = true;
      return wanted;
    }),
  );
  return changed ? next : null;
}
