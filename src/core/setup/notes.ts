// Notes OpsMind puts on problem cells (of the Stages tab): its own are replaced or cleared, people's notes are kept.
import type { CellProblem } from '../stages.js';

const PREFIX = 'OpsMind: ';

const a1 = (r: number, c: number) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return `${s}${r + 1}`;
};

/** The notes grid to write (same shape as `current`), or null when nothing changes. */
export function problemNotes(current: readonly (readonly string[])[], problems: readonly CellProblem[]): string[][] | null {
  const byCell = new Map<string, string[]>();
  for (const p of problems) byCell.set(p.cell, [...(byCell.get(p.cell) ?? []), p.message]);
  let changed = false;
  const next = current.map((row, r) =>
    row.map((note, c) => {
      const messages = byCell.get(a1(r, c));
      const wanted = messages ? PREFIX + messages.join('\n') : note.startsWith(PREFIX) ? '' : note;
      if (wanted !== note) changed = true;
      return wanted;
    }),
  );
  return changed ? next : null;
}
