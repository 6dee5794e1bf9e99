// A1 notation: parse and format cell references, open ranges and quoted sheet names; column letters <-> indexes.
import type { GridRange } from './model.js';

/**
 * A parsed A1 reference, 0-based and inclusive. An open side is null: "A:A" has no rows, "2:5" no columns,
 * "A2:C" no last row.
 */
export type A1Ref = {
  sheetName: string | null;
  r1: number | null;
  c1: number | null;
  r2: number | null;
  c2: number | null;
};

/** 0-based column index -> letters (0 -> "A", 26 -> "AA"). */
export function columnToLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters -> 0-based column index ("A" -> 0, "aa" -> 26); -1 when not letters. */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i) | 0x20; // lower-case
    if (code < 97 || code > 122) return -1;
    n = n * 26 + (code - 96);
  }
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

type Part = { row: number | null; col: number | null };

function parsePart(text: string): Part | null {
  const m = CELL.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return null;
  const col = m[1] === undefined ? null : lettersToColumn(m[1]);
  const row = m[2] === undefined ? null : Number(m[2]) - 1;
  if (row !== null && row < 0) return null;
  return { row, col };
}

/** Splits "'My ''x'' Sheet'!A1:B2" into its sheet name (unquoted) and the range part. */
export function splitSheetName(a1: string): { sheetName: string | null; range: string } {
  const s = a1.trim();
  if (s.startsWith("'")) {
    let i = 1;
    let name = '';
    while (i < s.length) {
      if (s[i] === "'") {
        if (s[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += s[i];
      i++;
    }
    if (s[i] !== "'" || s[i + 1] !== '!') return { sheetName: null, range: s };
    return { sheetName: name, range: s.slice(i + 2) };
  }
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { sheetName: null, range: s };
  return { sheetName: s.slice(0, bang), range: s.slice(bang + 1) };
}

/** Parses A1 notation; returns null when it is not a valid reference. */
export function parseA1(a1: string): A1Ref | null {
  const { sheetName, range } = splitSheetName(a1);
  const pieces = range.split(':');
  if (pieces.length > 2 || range === '') return null;
  const a = parsePart(pieces[0]);
  if (!a) return null;
  if (pieces.length === 1) {
    // A single part must be a full cell ("B7"): "B" or "7" alone is not a range.
    if (a.row === null || a.col === null) return null;
    return { sheetName, r1: a.row, c1: a.col, r2: a.row, c2: a.col };
  }
  const b = parsePart(pieces[1]);
  if (!b) return null;
  // "A:A" (columns), "2:5" (rows), "A2:C" / "A:C5" (open at one end), "A1:B2".
  if (a.col === null && b.col !== null) return null;
  if (a.col === null && a.row === null) return null;
  if (a.col !== null && b.col === null) return null;
  let r1 = a.row;
  let r2 = b.row;
  let c1 = a.col;
  let c2 = b.col;
  if (r1 === null && r2 !== null) {
    // "A:C5" means A1:C5 in Sheets.
    r1 = 0;
  }
  if (r1 !== null && r2 !== null && r2 < r1) [r1, r2] = [r2, r1];
  if (c1 !== null && c2 !== null && c2 < c1) [c1, c2] = [c2, c1];
  return { sheetName, r1, c1, r2, c2 };
}

/** Resolves open sides against the sheet's size: an open end runs to the last row/column of the sheet. */
export function resolveRef(ref: A1Ref, sheetId: number, maxRows: number, maxColumns: number): GridRange {
  return {
    sheetId,
    r1: ref.r1 ?? 0,
    c1: ref.c1 ?? 0,
    r2: ref.r2 ?? maxRows - 1,
    c2: ref.c2 ?? maxColumns - 1,
  };
}

/** True when the sheet name must be quoted in A1 notation. */
export function needsQuotes(name: string): boolean {
  return !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^R\d*C\d*$/i.test(name);
}

export function quoteSheetName(name: string): string {
  return needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name;
}

/** "A1" for one cell, "A1:B2" otherwise (0-based inclusive coordinates). */
export function formatA1(r1: number, c1: number, r2: number, c2: number): string {
  const a = `${columnToLetters(c1)}${r1 + 1}`;
  if (r1 === r2 && c1 === c2) return a;
  return `${a}:${columnToLetters(c2)}${r2 + 1}`;
}

/** A1 of a GridRange, optionally prefixed with the (quoted when needed) sheet name. */
export function formatGridRange(g: GridRange, sheetName?: string): string {
  const a1 = formatA1(g.r1, g.c1, g.r2, g.c2);
  return sheetName === undefined ? a1 : `${quoteSheetName(sheetName)}!${a1}`;
}

export function gridRangesIntersect(a: GridRange, b: GridRange): boolean {
  return a.sheetId === b.sheetId && a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function gridRangeContains(g: GridRange, row: number, col: number): boolean {
  return row >= g.r1 && row <= g.r2 && col >= g.c1 && col <= g.c2;
}
