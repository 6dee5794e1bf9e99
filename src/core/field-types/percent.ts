// Percentages, stored as fractions (20 % = 0.2): "20 %", "20%", "0,2"; a bare number above 1 counts as percent points.
import { langOf } from '../locale.js';
import { numericValidation, notANumberFormat, parseNumeric } from './numeric.js';
import { writeNumber } from './parse-number.js';
import type { FieldEnv, FieldTypeHandler } from './types.js';

function show(fraction: number, env: FieldEnv): string {
  const points = writeNumber(Math.round(fraction * 1e6) / 1e4, env.locale);
  return langOf(env.locale) === 'de' ? `${points} %` : `${points}%`;
}

export const percentType: FieldTypeHandler<number> = {
  parse: (raw, env, field) =>
    parseNumeric(raw, env, field, {
      // "20 %" and 20 mean 20 %; 0.2 (how Sheets hands back a percent cell) is already a fraction.
      scale: (r) => (r.percent || Math.abs(r.value) > 1 ? r.value / 100 : r.value),
      show: (n) => show(n, env),
    }),
  format: (value, env) => (value === null ? '' : show(value, env)),
  toCell: (value) => value ?? '',
  validation: (field) => numericValidation(field),
  numberFormat: () => '0%',
  invalidValueFormat: () => notANumberFormat,
};
