// Finds the cell and range references of a formula (with their $ anchors) and resolves them at a row/column shift.
import { createRequire } from 'node:module';

type LexToken = { image: string; startOffset: number; endOffset: number; tokenType: { name: string } };
type Lexer = { lex(text: string): { tokens: LexToken[] } };

/** The engine's own row limit: an open range ("A:A", "E2:E") ends there (the evaluator clips it to the sheet). */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

/** One end of a reference, 1-based; null = open (whole column or whole row). */
type RefPart = { row: number | null; rowAbs: boolean; col: number | null; colAbs: boolean };

/** A reference found in the formula text: a single cell, or a range between two parts. */
export type RefSpec = { sheet: string | null; single: boolean; from: RefPart; to: RefPart };

/** An engine reference (1-based), as fast-formula-parser's onCell/onRange receive it. */
export type EngineRef =
  | { sheet?: string; row: number; col: number }
  | { sheet?: string; from: { row: number; col: number }; to: { row: number; col: number } };

/** A formula whose references were replaced by placeholder names `__r0`, `__r1`… resolved by onVariable. */
export type CompiledFormula = { text: string; refs: RefSpec[]; leadingFunction: string | null; tokens?: unknown[] };

const PLACEHOLDER = /^__r(\d+)$/;
let lexer: Lexer | null = null;

function getLexer(): Lexer {
  if (!lexer) lexer = createRequire(import.meta.url)('fast-formula-parser/grammar/lexing') as Lexer;
  return lexer;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function partOf(tok: LexToken | undefined): RefPart | null {
  if (!tok) return null;
  const image = tok.image;
  if (tok.tokenType.name === 'Cell') {
    const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d+)$/.exec(image);
    if (!m) return null;
    return { col: columnNumber(m[2]), colAbs: m[1] === '$', row: Number(m[4]), rowAbs: m[3] === '$' };
  }
  if (tok.tokenType.name === 'Column') {
    const m = /^(\$?)([A-Za-z]{1,3})$/.exec(image);
    return m ? { col: columnNumber(m[2]), colAbs: m[1] === '$', row: null, rowAbs: true } : null;
  }
  if (tok.tokenType.name === 'Number' && /^\d+$/.test(image)) {
    return { col: null, colAbs: true, row: Number(image), rowAbs: false };
  }
  return null;
}

function sheetOf(tok: LexToken): string | null {
  if (tok.tokenType.name === 'Sheet') return tok.image.slice(0, -1);
  if (tok.tokenType.name === 'SheetQuoted') return tok.image.slice(1, -2).replace(/''/g, "'");
  return null;
}

const cache = new Map<string, CompiledFormula>();

/**
 * Rewrites `formula` (without its leading "=") so that every reference becomes a placeholder name. The engine then
 * asks for each reference through onVariable, where the shift of a conditional-format or validation formula is applied
 * to the relative parts only. Uses the engine's own lexer, so string literals are never touched. Throws on text the
 * lexer rejects.
 */
export function compileFormula(formula: string): CompiledFormula {
  const hit = cache.get(formula);
  if (hit) return hit;
  const tokens = getLexer().lex(formula).tokens;
  const refs: RefSpec[] = [];
  let text = '';
  let copied = 0;
  for (let i = 0; i < tokens.length; i++) {
    const sheet = sheetOf(tokens[i]);
    const first = sheet === null ? i : i + 1;
    const p1 = partOf(tokens[first]);
    if (!p1) continue;
    const p2 = tokens[first + 1]?.tokenType.name === 'Colon' ? partOf(tokens[first + 2]) : null;
    // A lone column name or number is not a reference (it is a name, or a number constant).
    if (!p2 && tokens[first].tokenType.name !== 'Cell') continue;
    const last = p2 ? first + 2 : first;
    text += formula.slice(copied, tokens[i].startOffset) + `__r${refs.length}`;
    copied = tokens[last].endOffset + 1;
    refs.push({ sheet, single: !p2, from: p1, to: p2 ?? p1 });
    i = last;
  }
  text += formula.slice(copied);
  const fn = /^\s*([A-Za-z][A-Za-z0-9._]*)\(/.exec(formula);
  const compiled: CompiledFormula = { text, refs, leadingFunction: fn ? fn[1].toUpperCase() : null };
  if (cache.size > 5000) cache.clear();
  cache.set(formula, compiled);
  return compiled;
}

/** The engine's tokens of the rewritten text, lexed once per distinct formula (null when the lexer rejects it). */
export function tokensOf(compiled: CompiledFormula): unknown[] | null {
  if (compiled.tokens) return compiled.tokens;
  try {
    compiled.tokens = getLexer().lex(compiled.text).tokens;
    return compiled.tokens;
  } catch {
    return null;
  }
}

/**
 * Which shifts can change the formula's result: a formula whose references are all column-anchored ($B2) gives the
 * same result in every column of a row, so a caller may evaluate it once per row. ROW()/COLUMN() without arguments
 * read the position itself.
 */
export function shiftSensitivity(formula: string): { rows: boolean; cols: boolean } {
  let compiled: CompiledFormula;
  try {
    compiled = compileFormula(formula.replace(/^\s*=/, ''));
  } catch {
    return { rows: false, cols: false };
  }
  if (/\b(ROW|COLUMN)\s*\(\s*\)/i.test(compiled.text)) return { rows: true, cols: true };
  let rows = false;
  let cols = false;
  for (const ref of compiled.refs) {
    for (const part of [ref.from, ref.to]) {
      if (part.row !== null && !part.rowAbs) rows = true;
      if (part.col !== null && !part.colAbs) cols = true;
    }
  }
  return { rows, cols };
}

/** The index of a placeholder name, or -1 for any other name (a named range). */
export function placeholderIndex(name: string): number {
  const m = PLACEHOLDER.exec(name);
  return m ? Number(m[1]) : -1;
}

function shifted(v: number | null, abs: boolean, by: number, open: number): number {
  if (v === null) return open;
  return abs ? v : v + by;
}

/**
 * The engine reference of `spec` evaluated `dr` rows and `dc` columns away from where it was written: relative parts
 * move, $-anchored parts and open ends do not. A part pushed above row 1 / left of column A comes back as 0 (#REF!).
 */
export function resolveRef(spec: RefSpec, dr: number, dc: number, defaultSheet: string): EngineRef {
  const sheet = spec.sheet ?? defaultSheet;
  const r1 = shifted(spec.from.row, spec.from.rowAbs, dr, 1);
  const c1 = shifted(spec.from.col, spec.from.colAbs, dc, 1);
  if (spec.single) return { sheet, row: Math.max(r1, 0), col: Math.max(c1, 0) };
  const r2 = shifted(spec.to.row, spec.to.rowAbs, dr, MAX_ROW);
  const c2 = shifted(spec.to.col, spec.to.colAbs, dc, MAX_COLUMN);
  return {
    sheet,
    from: { row: Math.max(Math.min(r1, r2), 0), col: Math.max(Math.min(c1, c2), 0) },
    to: { row: Math.max(r1, r2), col: Math.max(c1, c2) },
  };
}
