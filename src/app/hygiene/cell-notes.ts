// Notes OpsMind puts on cells whose value it could not read (other tabs than Leads, which has its Hygiene column).
import { peoplesPart, withOurNote } from '../../core/notes.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type CellNote = { readonly rowNumber: number; readonly col: number; readonly message: string };

/** Problems by row and field, placed on their columns (fields whose column is gone are left out). */
export function cellNotesOf(problems: readonly { readonly rowNumber: number; readonly field: string; readonly message: string }[], columns: ReadonlyMap<string, number>): CellNote[] {
  return problems.flatMap((p) => (columns.has(p.field) ? [{ rowNumber: p.rowNumber, col: columns.get(p.field)!, message: p.message }] : []));
}

/**
 * The notes of a block of cells (1-based first row, 0-based columns), read now in one call: cells with a problem get a
 * note naming it; cells that carried an OpsMind note and are now fine lose it; people's own notes stay. Returns the one
 * write, to run after the edit's other writes so they travel together; null when nothing changes.
 */
export function prepareCellNotes(sheet: Sheet, firstRow: number, rows: number, c1: number, c2: number, notes: readonly CellNote[]): (() => void) | null {
  if (rows <= 0 || c2 < c1) return null;
  const range = sheet.getRange(firstRow, c1 + 1, rows, c2 - c1 + 1);
  const current = range.getNotes();
  const messages = current.map((line) => line.map((): string[] => []));
  for (const n of notes) {
    const i = n.rowNumber - firstRow;
    const j = n.col - c1;
    if (i >= 0 && i < rows && j >= 0 && j <= c2 - c1) messages[i][j].push(n.message);
  }
  const wanted = current.map((line, i) => line.map((note, j) => (messages[i][j].length > 0 ? withOurNote(note, messages[i][j]) : peoplesPart(note))));
  return wanted.some((line, i) => line.some((n, j) => n !== current[i][j])) ? () => range.setNotes(wanted) : null;
}
