// Rewrites the A1 references inside a formula when rows or columns of a sheet are inserted or deleted (structure.ts uses it).
import { columnToLetters, lettersToColumn, splitSheetName } from './a1.js';

export type Axis = 'rows' | 'columns';

/** A structural change: `count` rows/columns inserted at, or deleted from, 0-based index `at`. */
export type Shift = { axis: Axis; op: 'insert' | 'delete'; at: number; count: number };

/** New index of one row/column after the shift, or null when it was deleted. */
export function shiftIndex(i: number, s: Shift): number | null {
  if (s.op === 'insert') return i >= s.at ? i + s.count : i;
  if (i < s.at) return i;
  if (i >= s.at + s.count) return i - s.count;
  return null;
}

/** New bounds of an inclusive span: inserting inside grows it, deleting part shrinks it; null when all of it is deleted. */
export function shiftSpan(a: number, b: number, s: Shift): [number, number] | null {
  if (s.op === 'insert') return [a >= s.at ? a + s.count : a, b >= s.at ? b + s.count : b];
  const end = s.at + s.count;
  const na = a >= end ? a - s.count : a >= s.at ? s.at : a;
  const nb = b >= end ? b - s.count : b >= s.at ? s.at - 1 : b;
  return nb < na ? null : [na, nb];
}

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const COL = String.raw`\$?[A-Za-z]{1,3}`;
const ROW = String.raw`\$?\d+`;
const REF = new RegExp(String.raw`(${SHEET})?(${CELL}(?::${CELL})?|${COL}:${COL}|${ROW}:${ROW})`, 'g');

type Piece = { col: string | null; colAbs: boolean; row: number | null; rowAbs: boolean };

function parsePiece(p: string): Piece {
  const m = /^(\$?)([A-Za-z]{1,3})?(\$?)(\d+)?$/.exec(p);
  if (!m) return { col: null, colAbs: false, row: null, rowAbs: false };
  return { col: m[2] ?? null, colAbs: m[1] === '$' && m[2] !== undefined, row: m[4] ? Number(m[4]) : null, rowAbs: m[4] !== undefined && (m[3] === '$' || (m[2] === undefined && m[1] === '$')) };
}

function printPiece(p: Piece): string {
  const col = p.col === null ? '' : `${p.colAbs ? '$' : ''}${p.col}`;
  const row = p.row === null ? '' : `${p.rowAbs ? '$' : ''}${p.row}`;
  return col + row;
}

function shiftRef(ref: string, s: Shift): string {
  const parts = ref.split(':').map(parsePiece);
  const key = s.axis === 'rows' ? 'row' : 'col';
  const get = (p: Piece): number | null => (key === 'row' ? (p.row === null ? null : p.row - 1) : p.col === null ? null : lettersToColumn(p.col));
  const put = (p: Piece, i: number): void => {
    if (key === 'row') p.row = i + 1;
    else p.col = columnToLetters(i);
  };
  if (parts.length === 1) {
    const i = get(parts[0]);
    if (i === null) return ref;
    const n = shiftIndex(i, s);
    if (n === null) return '#REF!';
    put(parts[0], n);
    return printPiece(parts[0]);
  }
  const a = get(parts[0]);
  const b = get(parts[1]);
  if (a === null || b === null) return ref; // open along this axis ("A:A" when rows move)
  const span = shiftSpan(a, b, s);
  if (!span) return '#REF!';
  put(parts[0], span[0]);
  put(parts[1], span[1]);
  return `${printPiece(parts[0])}:${printPiece(parts[1])}`;
}

/**
 * Rewrites every standalone A1 reference of a formula through `rewrite(sheetPart, ref)`, leaving string literals and
 * function names (SUM( …) alone. `sheetPart` is the "Sheet!" prefix as written, or undefined.
 */
function mapReferences(formula: string, rewrite: (sheetPart: string | undefined, ref: string) => string): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const q = formula.indexOf('"', i);
    const end = q < 0 ? formula.length : q;
    const chunk = formula.slice(i, end);
    out += chunk.replace(REF, (match: string, sheetPart: string | undefined, ref: string, offset: number) => {
      const before = chunk[offset - 1];
      const after = chunk[offset + match.length];
      if ((before && /[A-Za-z0-9_.$]/.test(before)) || (after && /[A-Za-z0-9_(]/.test(after))) return match;
      return rewrite(sheetPart, ref);
    });
    if (q < 0) break;
    const close = formula.indexOf('"', q + 1);
    const stop = close < 0 ? formula.length : close + 1;
    out += formula.slice(q, stop);
    i = stop;
  }
  return out;
}

/**
 * Rewrites references to sheet `target` in `formula` (which lives on sheet `home`) for a structural change.
 * String literals and function names are left alone.
 */
export function shiftFormula(formula: string, home: string, target: string, s: Shift): string {
  return mapReferences(formula, (sheetPart, ref) => {
    const sheet = sheetPart ? splitSheetName(`${sheetPart}A1`).sheetName : home;
    if (sheet !== target) return `${sheetPart ?? ''}${ref}`;
    const shifted = shiftRef(ref, s);
    return shifted === '#REF!' ? '#REF!' : `${sheetPart ?? ''}${shifted}`;
  });
}

/**
 * The formula as it reads `dr` rows and `dc` columns away (fill / copy semantics): relative references move,
 * $-anchored parts stay; a reference pushed off the sheet becomes #REF!.
 */
export function offsetFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return mapReferences(formula, (sheetPart, ref) => {
    const moved = ref.split(':').map((p) => {
      const piece = parsePiece(p);
      if (piece.row !== null && !piece.rowAbs) piece.row += dr;
      if (piece.col !== null && !piece.colAbs) {
        const c = lettersToColumn(piece.col) + dc;
        if (c < 0) return null;
        piece.col = columnToLetters(c);
      }
      if (piece.row !== null && piece.row < 1) return null;
      return printPiece(piece);
    });
    if (moved.some((m) => m === null)) return '#REF!';
    return `${sheetPart ?? ''}${moved.join(':')}`;
  });
}
