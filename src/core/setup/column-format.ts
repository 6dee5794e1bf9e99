// Per-column formatting as batches: runs of adjacent columns that share a number format, an input rule, a width or "derived".
import type { ValidationSpec } from '../field-types/index.js';
import { columnLetter } from '../names.js';
import type { ColumnLayout, TabLayout } from '../tab-layout.js';

/** Adjacent columns c1..c2 (0-based, inclusive) that take the same value: one service call each. */
export type ColumnRun<T> = { readonly c1: number; readonly c2: number; readonly value: T };

/** Merges columns into runs of adjacent columns with equal values (by `keyOf`). */
export function runsOf<T>(cols: readonly { col: number; value: T }[], keyOf: (v: T) => string): ColumnRun<T>[] {
  const sorted = [...cols].sort((a, b) => a.col - b.col);
  const out: { c1: number; c2: number; value: T }[] = [];
  for (const c of sorted) {
    const last = out.at(-1);
    if (last && last.c2 === c.col - 1 && keyOf(last.value) === keyOf(c.value)) last.c2 = c.col;
    else out.push({ c1: c.col, c2: c.col, value: c.value });
  }
  return out;
}

export type FormatOps = {
  readonly numberFormats: readonly ColumnRun<string>[];
  readonly validations: readonly ColumnRun<ValidationSpec>[];
  readonly derived: readonly ColumnRun<true>[];
  readonly widths: readonly ColumnRun<number>[];
};

/** A stable text for an input rule, comparable with what the sheet holds (see the sheets adapter). */
export function validationKey(spec: ValidationSpec, stageColumn: number): string {
  const mode = 'reject' in spec && spec.reject ? 'reject' : 'warn';
  switch (spec.kind) {
    case 'list': return `VALUE_IN_LIST|${JSON.stringify(spec.values)}|${mode}`;
    case 'listFromField': return `VALUE_IN_RANGE|${columnLetter(stageColumn)}2|${mode}`;
    case 'date': return `DATE_IS_VALID_DATE|${mode}`;
    case 'email': return `TEXT_IS_VALID_EMAIL|${mode}`;
    case 'numberMin': return `NUMBER_GREATER_THAN_OR_EQUAL_TO|${spec.min}|${mode}`;
    case 'numberBetween': return `NUMBER_BETWEEN|${spec.min}|${spec.max}|${mode}`;
    case 'checkbox': return `CHECKBOX|${mode}`;
  }
}

/** Protected tabs are written by OpsMind alone: they get no input rules and no per-column protections. */
function columnsOf(layout: TabLayout, columns: ReadonlyMap<string, number>, only: ReadonlySet<string> | null): { col: number; c: ColumnLayout }[] {
  return layout.columns.filter((c) => columns.has(c.key) && (!only || only.has(c.key))).map((c) => ({ col: columns.get(c.key)!, c }));
}

/** The formatting of `only` the given fields (all when null), at their current columns. */
export function formatOps(layout: TabLayout, columns: ReadonlyMap<string, number>, only: ReadonlySet<string> | null = null): FormatOps {
  const cols = columnsOf(layout, columns, only);
  return {
    numberFormats: runsOf(cols.filter((x) => x.c.numberFormat !== null).map((x) => ({ col: x.col, value: x.c.numberFormat! })), (v) => v),
    validations: layout.protectedTab
      ? []
      : runsOf(cols.filter((x) => x.c.validation !== null).map((x) => ({ col: x.col, value: x.c.validation! })), (v) => JSON.stringify(v)),
    derived: layout.protectedTab ? [] : runsOf(cols.filter((x) => x.c.derived).map((x) => ({ col: x.col, value: true as const })), () => ''),
    widths: runsOf(cols.map((x) => ({ col: x.col, value: x.c.width })), String),
  };
}

export type ValidationCheck = {
  /** Columns whose OpsMind rule is gone, as runs to restore. */
  readonly restore: readonly ColumnRun<ValidationSpec>[];
  /** Fields whose column holds someone else's rule: left alone, and said so. */
  readonly foreign: readonly string[];
};

/**
 * Compares the rules found in the first data row (`observed`, keys by column, null when none) with the layout's:
 * missing ones are restored; a rule of the same kind with other details is OpsMind's own, outdated (say the Stage
 * column of the Stages tab moved), and is renewed; a rule of another kind belongs to a person and is kept.
 */
export function checkValidations(layout: TabLayout, columns: ReadonlyMap<string, number>, observed: readonly (string | null)[], stageColumn: number): ValidationCheck {
  const missing: { col: number; value: ValidationSpec }[] = [];
  const foreign: string[] = [];
  if (layout.protectedTab) return { restore: [], foreign };
  for (const { col, c } of columnsOf(layout, columns, null)) {
    if (!c.validation) continue;
    const seen = observed[col] ?? null;
    const wanted = validationKey(c.validation, stageColumn);
    if (seen === wanted) continue;
    if (seen === null || seen.split('|')[0] === wanted.split('|')[0]) missing.push({ col, value: c.validation });
    else foreign.push(c.key);
  }
  return { restore: runsOf(missing, (v) => JSON.stringify(v)), foreign };
}

/**
 * What a cell shows as its number format when nobody set one ("Format › Clear formatting" leaves this), as
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getNumberFormat() reports it.
 */
const CLEARED_FORMATS = new Set(['', '0.###############', 'General']);

/**
 * The number formats to put back: columns whose first data row (`observed`, by column) lost the layout's format.
 * A format a person chose instead (another date style, say) is theirs and is kept; only a cleared one is restored.
 */
export function formatsToRestore(layout: TabLayout, columns: ReadonlyMap<string, number>, observed: readonly string[]): { restore: ColumnRun<string>[]; keys: string[] } {
  const lost = columnsOf(layout, columns, null).filter(({ col, c }) => c.numberFormat !== null && c.numberFormat !== observed[col] && CLEARED_FORMATS.has(observed[col] ?? ''));
  return { restore: runsOf(lost.map((x) => ({ col: x.col, value: x.c.numberFormat! })), (v) => v), keys: lost.map((x) => x.c.key) };
}
