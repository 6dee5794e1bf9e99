// Google Sheets functions and comparison rules that fast-formula-parser lacks or implements the Excel way.
import { createRequire } from 'node:module';

/** An argument as fast-formula-parser hands it to a function: a scalar, or a 2-D array for a range. */
export type FnArg = { value: unknown; isArray?: boolean; isRangeRef?: boolean; isCellRef?: boolean; omitted?: boolean };
type FormulaErrorCtor = (new (code: string) => Error) & { NA: Error; VALUE: Error; REF: Error; NAME: Error };
type Criteria = { op: string; value: unknown; match?: boolean };
type Lib = {
  FormulaError: FormulaErrorCtor;
  Criteria: { parse(c: unknown): Criteria };
};
type Operators = { Infix: { compareOp: (a: unknown, op: string, b: unknown, isArr1: boolean, isArr2: boolean) => unknown } };

const req = createRequire(import.meta.url);
let lib: Lib | null = null;

/** The library's error class and criteria parser, loaded on first use (nothing runs at module top level). */
export function formulaLib(): Lib {
  if (!lib) {
    const helpers = req('fast-formula-parser/formulas/helpers') as { Criteria: Lib['Criteria'] };
    lib = { FormulaError: req('fast-formula-parser/formulas/error') as FormulaErrorCtor, Criteria: helpers.Criteria };
    patchCompare();
  }
  return lib;
}

function rank(v: unknown): number {
  return typeof v === 'boolean' ? 3 : typeof v === 'string' ? 2 : 1;
}

/**
 * Sheets compares an empty cell as "" against text, 0 against numbers and FALSE against booleans, and compares text
 * case-insensitively (="a"="A" is TRUE); the library treats empty as 0 and compares text case-sensitively.
 */
export function sheetsCompare(a: unknown, op: string, b: unknown): boolean {
  if (a === null || a === undefined) a = typeof b === 'string' ? '' : typeof b === 'boolean' ? false : 0;
  if (b === null || b === undefined) b = typeof a === 'string' ? '' : typeof a === 'boolean' ? false : 0;
  if (typeof a === 'string' && typeof b === 'string') {
    a = a.toLowerCase();
    b = b.toLowerCase();
  }
  const same = typeof a === typeof b;
  const x = same ? (a as number) : rank(a);
  const y = same ? (b as number) : rank(b);
  switch (op) {
    case '=': return same && x === y;
    case '<>': return !same || x !== y;
    case '<': return x < y;
    case '>': return x > y;
    case '<=': return x <= y;
    case '>=': return x >= y;
    default: return false;
  }
}

function patchCompare(): void {
  const ops = req('fast-formula-parser/formulas/operators') as Operators;
  ops.Infix.compareOp = (a, op, b, isArr1, isArr2) => {
    const x = isArr1 && Array.isArray(a) ? (a as unknown[][])[0][0] : a;
    const y = isArr2 && Array.isArray(b) ? (b as unknown[][])[0][0] : b;
    return sheetsCompare(x, op, y);
  };
}

function flat(arg: FnArg | null | undefined): unknown[] {
  if (!arg || arg.omitted) return [];
  return Array.isArray(arg.value) ? (arg.value as unknown[][]).flat() : [arg.value];
}

function scalar(arg: FnArg | null | undefined): unknown {
  if (!arg) return null;
  const v = arg.value;
  return Array.isArray(v) ? (v as unknown[][])[0]?.[0] ?? null : v;
}

function text(arg: FnArg | null | undefined): string {
  const v = scalar(arg);
  if (v instanceof Error) throw v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

const isBlank = (v: unknown): boolean => v === null || v === undefined || v === '';

function matches(value: unknown, criteria: Criteria): boolean {
  if (criteria.op === 'wc') return criteria.match === (criteria.value as RegExp).test(String(value ?? ''));
  return sheetsCompare(value, criteria.op, criteria.value);
}

function numbers(args: FnArg[]): number[] {
  const out: number[] = [];
  for (const a of args) {
    for (const v of flat(a)) {
      if (v instanceof Error) throw v;
      if (typeof v === 'number') out.push(v);
      else if (!a.isArray && !a.isRangeRef && !a.isCellRef && v !== null && !Number.isNaN(Number(v))) out.push(Number(v));
    }
  }
  return out;
}

/** The functions handed to the engine on top of its own (names upper-case, as the engine looks them up). */
export function sheetsFunctions(): Record<string, (...args: FnArg[]) => unknown> {
  const { FormulaError, Criteria } = formulaLib();
  return {
    COUNTA: (...args) => args.reduce((n, a) => n + flat(a).filter((v) => !isBlank(v)).length, 0),
    COUNTBLANK: (...args) => args.reduce((n, a) => n + flat(a).filter(isBlank).length, 0),
    COUNTIFS: (...args) => {
      const pairs: [unknown[], Criteria][] = [];
      for (let i = 0; i + 1 < args.length; i += 2) pairs.push([flat(args[i]), Criteria.parse(scalar(args[i + 1]) ?? '')]);
      if (pairs.length === 0) throw FormulaError.VALUE;
      const n = pairs[0][0].length;
      if (pairs.some(([r]) => r.length !== n)) throw FormulaError.VALUE;
      let count = 0;
      for (let k = 0; k < n; k++) if (pairs.every(([r, c]) => matches(r[k], c))) count++;
      return count;
    },
    MATCH: (key, range, type) => {
      const needle = scalar(key);
      const list = flat(range);
      const mode = type && !type.omitted ? Number(scalar(type)) : 1;
      if (mode === 0) {
        const i = list.findIndex((v) => !isBlank(v) && sheetsCompare(v, '=', needle));
        if (i < 0) throw FormulaError.NA;
        return i + 1;
      }
      let found = -1;
      for (let i = 0; i < list.length; i++) {
        if (isBlank(list[i])) continue;
        if (mode > 0 ? sheetsCompare(list[i], '<=', needle) : sheetsCompare(list[i], '>=', needle)) found = i;
        else break;
      }
      if (found < 0) throw FormulaError.NA;
      return found + 1;
    },
    MAX: (...args) => { const n = numbers(args); return n.length ? Math.max(...n) : 0; },
    MIN: (...args) => { const n = numbers(args); return n.length ? Math.min(...n) : 0; },
    UPPER: (t) => text(t).toUpperCase(),
    VALUE: (t) => {
      const v = scalar(t);
      if (typeof v === 'number') return v;
      const s = text(t).trim();
      if (s === '') return 0;
      const n = Number(s);
      if (Number.isNaN(n)) throw FormulaError.VALUE;
      return n;
    },
    SUBSTITUTE: (t, search, replacement, occurrence) => {
      const s = text(t);
      const find = text(search);
      const rep = text(replacement);
      if (find === '') return s;
      if (!occurrence || occurrence.omitted) return s.split(find).join(rep);
      const nth = Number(scalar(occurrence));
      let at = -1;
      for (let i = 0; i < nth; i++) { at = s.indexOf(find, at + 1); if (at < 0) return s; }
      return s.slice(0, at) + rep + s.slice(at + find.length);
    },
    ISEMAIL: (t) => isEmail(text(t)),
    ISURL: (t) => isUrl(text(t)),
    REGEXMATCH: (t, re) => {
      try {
        return new RegExp(text(re)).test(text(t));
      } catch {
        throw new FormulaError('#REF!');
      }
    },
  };
}

/** The shape Sheets accepts as an email address (ISEMAIL, "text is valid email" validation). */
export function isEmail(s: string): boolean {
  return /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/.test(s.trim());
}

/** The shape Sheets accepts as a URL (ISURL, "text is valid URL" validation): optional scheme, a dotted host. */
export function isUrl(s: string): boolean {
  return /^(?:(?:https?|ftp):\/\/)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?(?:[/?#]\S*)?$/i.test(s.trim());
}
