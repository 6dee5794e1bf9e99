// What number, currency and percent share: reading typed numbers, bounds from the column, the validation rule.
import { langOfEnv } from '../locale.js';
import { t } from '../i18n.js';
import { readNumber, writeNumber } from './parse-number.js';
import { asText } from './text.js';
import type { FieldEnv, FieldSpec, Parsed, ValidationSpec } from './types.js';
import { isBlank } from './types.js';

type Reading = { value: number; percent: boolean };

/** Parses a numeric cell; `scale` turns a reading into the stored value (percent divides by 100). */
export function parseNumeric(
  raw: unknown,
  env: FieldEnv,
  field: FieldSpec,
  options: { money?: boolean; scale?: (r: Reading) => number; show?: (n: number) => string } = {},
): Parsed<number> {
  if (isBlank(raw)) return { ok: true, value: null };
  const lang = langOfEnv(env);
  let reading: Reading | null;
  if (typeof raw === 'number') reading = Number.isFinite(raw) ? { value: raw, percent: false } : null;
  else if (typeof raw === 'string') reading = readNumber(raw, env.locale, options.money ?? false);
  else reading = null;
  if (!reading) return { ok: false, message: t(lang, 'parse.number', { value: asText(raw) }) };
  const value = options.scale ? options.scale(reading) : reading.value;
  const show = options.show ?? ((n: number) => writeNumber(n, env.locale));
  if (field.integer && !Number.isInteger(value)) return { ok: false, message: t(lang, 'parse.integer', { value: show(value) }) };
  if (field.min !== undefined && value < field.min) return { ok: false, message: t(lang, 'parse.min', { value: show(value), min: show(field.min) }) };
  if (field.max !== undefined && value > field.max) return { ok: false, message: t(lang, 'parse.max', { value: show(value), max: show(field.max) }) };
  return { ok: true, value };
}

/** Non-negative or bounded numbers get a rule; unbounded ones none. */
export function numericValidation(field: FieldSpec): ValidationSpec | null {
  if (field.min !== undefined && field.max !== undefined) return { kind: 'numberBetween', min: field.min, max: field.max, reject: false };
  if (field.min !== undefined) return { kind: 'numberMin', min: field.min, reject: false };
  return null;
}

export const notANumberFormat = { kind: 'customFormula', formula: '=AND({cell}<>"",NOT(ISNUMBER({cell})))' } as const;
