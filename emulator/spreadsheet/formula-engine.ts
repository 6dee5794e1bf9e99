// Evaluates Sheets formulas against the sheet model with fast-formula-parser (MIT), on the emulator's clock.
import { createRequire } from 'node:module';
import type { CellValue, SheetModel, SpreadsheetModel } from './model.js';
import { compileFormula, placeholderIndex, resolveRef, tokensOf, type CompiledFormula, type EngineRef } from './formula-refs.js';
import { formulaLib, sheetsFunctions } from './formula-functions.js';
import { dateToSerial, serialToDate } from './zoned-time.js';

/** Values the engine computes with: dates as serial numbers, empty as null, errors as the library's FormulaError. */
type EngineValue = unknown;
type Position = { row: number; col: number; sheet: string };
type EngineParser = {
  parse(text: string, position: Position, allowArray?: boolean): unknown;
  // fast-formula-parser 1.0.x internals that parse() itself uses; runTokens() falls back to parse() without them.
  position?: Position;
  async?: boolean;
  parser?: { input: unknown[]; errors: unknown[]; formulaWithBinaryOp(): unknown };
  checkFormulaResult?(res: unknown, allowArray: boolean): unknown;
  funsNullAs0?: unknown;
  funsNeedContext?: unknown;
  funsNeedContextAndNoDataRetrieve?: unknown;
  funsPreserveRef?: unknown;
};
type ParserCtor = new (config: Record<string, unknown>) => EngineParser;

/** Results shared by the evaluations of one batch (one conditional-format pass): valid only while no cell changes. */
export type EvalCache = { cells: Map<string, EngineValue>; ranges: Map<string, EngineValue[][]> };

export type EvalOptions = {
  /** The emulator clock's epoch ms: TODAY() and NOW() read it, never the host clock. */
  now: number;
  timeZone: string;
  /** Move every relative (not $-anchored) reference by this many rows / columns. */
  shiftRows?: number;
  shiftCols?: number;
  cache?: EvalCache;
};

type Frame = { ss: SpreadsheetModel; sheet: SheetModel; opts: EvalOptions; compiled: CompiledFormula; visiting: Set<string> };

// Nesting deeper than this (a chain of formula cells) is reported as #REF!, as Sheets reports circular dependencies.
const MAX_DEPTH = 40;
const DATE_FUNCTIONS = new Set(['TODAY', 'NOW', 'DATE', 'DATEVALUE', 'EDATE', 'EOMONTH', 'WORKDAY', 'WORKDAY.INTL']);

const parsers: EngineParser[] = [];
const todayMemo = { now: NaN, timeZone: '', serial: 0 };

/** NOW() as a serial in the zone, computed once per clock reading. */
function nowSerial(now: number, timeZone: string): number {
  if (todayMemo.now !== now || todayMemo.timeZone !== timeZone) {
    todayMemo.now = now;
    todayMemo.timeZone = timeZone;
    todayMemo.serial = dateToSerial(new Date(now), timeZone);
  }
  return todayMemo.serial;
}

/** The library checks function names with Array.includes on every call; a Set answers the same question faster. */
function setLike(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  const set = new Set(list);
  return Object.assign([...list], { includes: (x: unknown) => set.has(x) });
}
const frames: Frame[] = [];

export function newEvalCache(): EvalCache {
  return { cells: new Map(), ranges: new Map() };
}

function errorValue(code: string): Error {
  return new (formulaLib().FormulaError)(code);
}

function findSheetByName(ss: SpreadsheetModel, name: string): SheetModel | undefined {
  const lower = name.toLowerCase();
  return ss.sheets.find((s) => s.name.toLowerCase() === lower);
}

// Converting a Date to a serial asks Intl for the zone's wall clock, which dominates big evaluations: memoise per Date.
const serials = new WeakMap<Date, { timeZone: string; ms: number; serial: number }>();

function toEngine(v: CellValue | undefined, timeZone: string): EngineValue {
  if (v === undefined || v === '') return null;
  if (v instanceof Date) {
    const hit = serials.get(v);
    if (hit && hit.timeZone === timeZone && hit.ms === v.getTime()) return hit.serial;
    const serial = dateToSerial(v, timeZone);
    serials.set(v, { timeZone, ms: v.getTime(), serial });
    return serial;
  }
  return v;
}

function cellValue(depth: number, sheet: SheetModel, r: number, c: number): EngineValue {
  const frame = frames[depth];
  const formula = sheet.formulas.get(r, c);
  if (formula === undefined) return toEngine(sheet.values.get(r, c), frame.opts.timeZone);
  const key = `${sheet.id}:${r}:${c}`;
  const cached = frame.opts.cache?.cells.get(key);
  if (cached !== undefined) return cached;
  if (frame.visiting.has(key) || depth + 1 >= MAX_DEPTH) return errorValue('#REF!');
  frame.visiting.add(key);
  const opts: EvalOptions = { now: frame.opts.now, timeZone: frame.opts.timeZone, cache: frame.opts.cache };
  const v = run(depth + 1, frame.ss, sheet, formula, { row: r, col: c }, opts, frame.visiting);
  frame.visiting.delete(key);
  frame.opts.cache?.cells.set(key, v);
  return v;
}

function onCell(depth: number, ref: { sheet?: string; row: number; col: number }): EngineValue {
  const frame = frames[depth];
  const sheet = ref.sheet ? findSheetByName(frame.ss, ref.sheet) : frame.sheet;
  if (!sheet || ref.row < 1 || ref.col < 1) return errorValue('#REF!');
  return cellValue(depth, sheet, ref.row - 1, ref.col - 1);
}

function onRange(depth: number, ref: { sheet?: string; from: { row: number; col: number }; to: { row: number; col: number } }): EngineValue[][] {
  const frame = frames[depth];
  const sheet = ref.sheet ? findSheetByName(frame.ss, ref.sheet) : frame.sheet;
  if (!sheet || ref.from.row < 1 || ref.from.col < 1) return [[errorValue('#REF!')]];
  // Open ranges ("A:A", "E2:E") end at the sheet's last row / column.
  const r2 = Math.min(ref.to.row, sheet.maxRows);
  const c2 = Math.min(ref.to.col, sheet.maxColumns);
  const key = `${sheet.id}:${ref.from.row}:${ref.from.col}:${r2}:${c2}`;
  const hit = frame.opts.cache?.ranges.get(key);
  if (hit) return hit;
  const out: EngineValue[][] = [];
  for (let r = ref.from.row - 1; r < r2; r++) {
    const row: EngineValue[] = [];
    for (let c = ref.from.col - 1; c < c2; c++) row.push(cellValue(depth, sheet, r, c));
    out.push(row);
  }
  if (out.length === 0) out.push([null]);
  frame.opts.cache?.ranges.set(key, out);
  return out;
}

function onVariable(depth: number, name: string): EngineRef | null {
  const frame = frames[depth];
  const i = placeholderIndex(name);
  if (i >= 0 && i < frame.compiled.refs.length) {
    return resolveRef(frame.compiled.refs[i], frame.opts.shiftRows ?? 0, frame.opts.shiftCols ?? 0, frame.sheet.name);
  }
  const named = frame.ss.namedRanges.find((n) => n.name.toLowerCase() === name.toLowerCase());
  const sheet = named && frame.ss.sheets.find((s) => s.id === named.range.sheetId);
  if (!named || !sheet) return null;
  const g = named.range;
  if (g.r1 === g.r2 && g.c1 === g.c2) return { sheet: sheet.name, row: g.r1 + 1, col: g.c1 + 1 };
  return { sheet: sheet.name, from: { row: g.r1 + 1, col: g.c1 + 1 }, to: { row: g.r2 + 1, col: g.c2 + 1 } };
}

function parserAt(depth: number): EngineParser {
  let p = parsers[depth];
  if (p) return p;
  const FormulaParser = createRequire(import.meta.url)('fast-formula-parser') as ParserCtor;
  const clockNow = () => frames[depth].opts;
  p = new FormulaParser({
    functions: {
      ...sheetsFunctions(),
      // TODAY() and NOW() read the emulator's clock in the spreadsheet's time zone.
      TODAY: () => Math.floor(nowSerial(clockNow().now, clockNow().timeZone)),
      NOW: () => nowSerial(clockNow().now, clockNow().timeZone),
    },
    onCell: (ref: { sheet?: string; row: number; col: number }) => ours(() => onCell(depth, ref)),
    onRange: (ref: Parameters<typeof onRange>[1]) => ours(() => onRange(depth, ref)),
    onVariable: (name: string) => ours(() => onVariable(depth, name)),
  });
  p.funsNullAs0 = setLike(p.funsNullAs0);
  p.funsNeedContext = setLike(p.funsNeedContext);
  p.funsNeedContextAndNoDataRetrieve = setLike(p.funsNeedContextAndNoDataRetrieve);
  p.funsPreserveRef = setLike(p.funsPreserveRef);
  parsers[depth] = p;
  return p;
}

/** Marks errors thrown by the emulator's own callbacks: a bug there must surface, not hide behind #ERROR!. */
const EMULATOR_BUG = Symbol('emulator bug');

function ours<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError) (e as unknown as Record<symbol, boolean>)[EMULATOR_BUG] = true;
    throw e;
  }
}

function errorOf(e: unknown): Error {
  const FormulaError = formulaLib().FormulaError;
  const details = (e as { details?: unknown }).details;
  if (details instanceof FormulaError) return details;
  if (details instanceof Error && (details as unknown as Record<symbol, boolean>)[EMULATOR_BUG]) throw details;
  if (e instanceof Error && (e as unknown as Record<symbol, boolean>)[EMULATOR_BUG]) throw e;
  // The library tripping over a malformed reference ("=k!9NK-") is a formula Sheets cannot parse: #ERROR!
  // (https://support.google.com/docs/answer/3093350 — "#ERROR!: the formula cannot be parsed").
  if (e instanceof FormulaError && e.message === '') return e;
  return errorValue('#ERROR!');
}

function run(depth: number, ss: SpreadsheetModel, sheet: SheetModel, formula: string, at: { row: number; col: number }, opts: EvalOptions, visiting: Set<string>): EngineValue {
  let compiled: CompiledFormula;
  try {
    compiled = compileFormula(formula.replace(/^\s*=/, ''));
  } catch {
    return errorValue('#ERROR!');
  }
  if (compiled.text.trim() === '') return null;
  const parser = parserAt(depth);
  frames[depth] = { ss, sheet, opts, compiled, visiting };
  try {
    const v = runTokens(parser, compiled, { row: at.row + 1, col: at.col + 1, sheet: sheet.name });
    return Array.isArray(v) ? ((v as unknown[][])[0]?.[0] ?? null) : v;
  } catch (e) {
    return errorOf(e);
  }
}

/**
 * What FormulaParser.parse() does, minus re-lexing: the rewritten text is the same for every cell a rule covers,
 * so its tokens are lexed once. Any syntax problem goes through parse() for the library's own error.
 */
function runTokens(parser: EngineParser, compiled: CompiledFormula, position: Position): unknown {
  const tokens = tokensOf(compiled);
  const inner = parser.parser;
  if (!tokens || !inner || !parser.checkFormulaResult) return parser.parse(compiled.text, position);
  parser.position = position;
  parser.async = false;
  inner.input = tokens;
  let res: unknown;
  try {
    res = parser.checkFormulaResult(inner.formulaWithBinaryOp(), false);
  } catch {
    return parser.parse(compiled.text, position);
  }
  if (inner.errors.length > 0) return parser.parse(compiled.text, position);
  return res;
}

/** Whether the whole text is one function call ("EDATE(x,1)", not "TODAY()-x"), string literals aside. */
function isSingleCall(text: string): boolean {
  const t = text.trim().replace(/"(?:[^"]|"")*"/g, '""');
  const open = t.indexOf('(');
  if (open < 0 || !t.endsWith(')')) return false;
  let depth = 0;
  for (let i = open; i < t.length; i++) {
    if (t[i] === '(') depth++;
    else if (t[i] === ')' && --depth === 0) return i === t.length - 1;
  }
  return false;
}

function looksLikeDate(ss: SpreadsheetModel, sheet: SheetModel, compiled: CompiledFormula, opts: EvalOptions): boolean {
  if (compiled.leadingFunction && DATE_FUNCTIONS.has(compiled.leadingFunction)) return isSingleCall(compiled.text);
  if (compiled.text.trim() !== '__r0' || !compiled.refs[0].single) return false;
  const ref = resolveRef(compiled.refs[0], opts.shiftRows ?? 0, opts.shiftCols ?? 0, sheet.name);
  if (!('row' in ref)) return false;
  const target = ref.sheet ? findSheetByName(ss, ref.sheet) : sheet;
  return target?.values.get(ref.row - 1, ref.col - 1) instanceof Date;
}

/**
 * The value of `formula` (with or without its leading "=") written in cell `at` (0-based) of `sheet`. Referenced
 * formula cells are evaluated recursively; errors come back as Sheets shows them ('#REF!', '#N/A', '#NAME?' …).
 * A date-valued result (TODAY(), DATE(), a reference to a date cell) comes back as a Date.
 */
export function evaluateFormula(ss: SpreadsheetModel, sheet: SheetModel, formula: string, at: { row: number; col: number }, opts: EvalOptions): CellValue {
  // Re-entrant calls (none expected) get parsers of their own, above the ones in use.
  const depth = inFlight > 0 ? frames.length : 0;
  inFlight++;
  try {
    const v = run(depth, ss, sheet, formula, at, opts, new Set([`${sheet.id}:${at.row}:${at.col}`]));
    return fromEngine(v, opts.timeZone, () => looksLikeDate(ss, sheet, compileFormula(formula.replace(/^\s*=/, '')), opts));
  } finally {
    inFlight--;
    if (inFlight === 0) frames.length = 0;
  }
}
let inFlight = 0;

function fromEngine(v: EngineValue, timeZone: string, isDate: () => boolean): CellValue {
  if (v === null || v === undefined) return '';
  if (v instanceof Error) return (v as Error & { error?: string }).error ?? '#ERROR!';
  if (typeof v === 'number') return isDate() ? serialToDate(v, timeZone) : v;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return '#VALUE!';
}

/** Whether an evaluated value is one of Sheets' error values. */
export function isFormulaError(v: CellValue): boolean {
  return typeof v === 'string' && /^#(REF!|N\/A|NAME\?|VALUE!|DIV\/0!|NUM!|NULL!|ERROR!)$/.test(v);
}

/** Truthiness of a formula result as a conditional format or validation sees it (TRUE, or a non-zero number). */
export function formulaHolds(v: CellValue): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.toUpperCase() === 'TRUE';
  return false;
}
