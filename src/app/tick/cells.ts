// Fast, tolerant readers of single cells for the tick's big tables: dates, amounts, choices and text as people typed them.
import type { EnumOption, FieldDef, TabDef } from '../../../sheets-schema/types.js';
import { matchOption, parseValue, type FieldEnv } from '../../core/field-types/index.js';
import { isBlank } from '../../core/field-types/types.js';

export type Cell = (row: readonly unknown[]) => unknown;

/** A column's cell getter ('' when the column is absent). */
export function column(columns: ReadonlyMap<string, number>, key: string): Cell {
  const c = columns.get(key);
  return c === undefined ? () => '' : (row) => row[c];
}

/**
 * A cell as text ('' for blanks and dates). Hot on 500,000-row tables: typeof checks only (an `instanceof Date`
 * costs far more where Date is wrapped, as in the emulator's sandbox).
 */
export function text(raw: unknown): string {
  if (typeof raw === 'string') return raw.trim();
  return typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : '';
}

/** A cell holding a date: an object with getTime (a sheet hands dates over as Date objects). */
export function timeOf(raw: unknown): number | null {
  if (typeof raw !== 'object' || raw === null || typeof (raw as Date).getTime !== 'function') return null;
  const t = (raw as Date).getTime();
  return Number.isNaN(t) ? null : t;
}

function fieldOf(tab: TabDef, key: string): FieldDef {
  const f = tab.fields.find((x) => x.key === key);
  if (!f) throw new Error(`${tab.key} has no field ${key}`);
  return f as FieldDef;
}

/** Epoch ms of a date or date-time cell; a Date is taken as is, a typed text parsed per locale; null when blank or unreadable. */
export function dateReader(tab: TabDef, key: string, env: FieldEnv): (raw: unknown) => number | null {
  const field = fieldOf(tab, key);
  return (raw) => {
    if (typeof raw === 'object' && raw !== null) return timeOf(raw);
    if (isBlank(raw)) return null;
    const p = parseValue(field, raw, env);
    return p.ok && p.value instanceof Date ? p.value.getTime() : null;
  };
}

/** A number or amount cell ("1.234,50 €" in a German sheet); null when blank or unreadable. */
export function numberReader(tab: TabDef, key: string, env: FieldEnv): (raw: unknown) => number | null {
  const field = fieldOf(tab, key);
  return (raw) => {
    if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
    if (isBlank(raw)) return null;
    const p = parseValue(field, raw, env);
    return p.ok && typeof p.value === 'number' ? p.value : null;
  };
}

/** The stored value of a choice cell (label in either language, key or alias), memoised per distinct text; '' when unknown. */
export function choiceReader(options: readonly EnumOption[]): (raw: unknown) => string {
  const memo = new Map<string, string>();
  return (raw) => {
    const t = text(raw);
    let v = memo.get(t);
    if (v === undefined) {
      v = matchOption(t, options)?.value ?? '';
      if (memo.size < 10_000) memo.set(t, v);
    }
    return v;
  };
}

/** The declared choices of an enum field. */
export function optionsOfField(tab: TabDef, key: string): readonly EnumOption[] {
  return fieldOf(tab, key).options ?? [];
}

/** An email cell, trimmed and lower-cased. */
export const email = (raw: unknown): string => text(raw).toLowerCase();
