// Free text: anything a person types is kept; numbers and dates typed into a text column become their text.
import type { FieldTypeHandler } from './types.js';
import { isBlank } from './types.js';

/** A cell's content as text, whatever the cell holds. */
export function asText(raw: unknown): string {
  // Strings first: "Check all rows" asks this millions of times, nearly always of a string.
  if (typeof raw === 'string') return raw.trim();
  if (raw instanceof Date) return raw.toISOString();
  return String(raw).trim();
}

export const textType: FieldTypeHandler<string> = {
  parse: (raw) => ({ ok: true, value: isBlank(raw) ? null : asText(raw) }),
  format: (value) => value ?? '',
  toCell: (value) => value ?? '',
  validation: () => null,
  numberFormat: () => null,
  invalidValueFormat: () => null,
};

/**
 * Whether a text written with setValues could be read by the sheet as something else: a formula (= + - @), a number,
 * a date or time (they all hold a digit), a boolean, or a text starting with an apostrophe (the sheet would take that
 * apostrophe as its text marker and drop it). Such text is written with a leading apostrophe, which keeps it text.
 */
export function needsTextMarker(text: string): boolean {
  return /^[\s]*[=+\-@']|\d/.test(text) || /^\s*(true|false|wahr|falsch)\s*$/i.test(text);
}

/** The value as setValues must get it so that a text stays exactly that text. */
export function asWrittenText<T>(value: T): T | string {
  return typeof value === 'string' && needsTextMarker(value) ? `'${value}` : value;
}

/** The fields of a tab formatted as plain text ("@": the ID columns, see id.ts): their cells take any text as it is. */
export function plainTextKeys(def: { readonly fields: readonly { readonly key: string; readonly type: string }[] }): ReadonlySet<string> {
  return new Set(def.fields.filter((f) => f.type === 'id').map((f) => f.key));
}
