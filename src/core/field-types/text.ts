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
