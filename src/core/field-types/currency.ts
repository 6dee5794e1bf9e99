// Amounts of money: "1.234,50 €", "€ 1.200", "1,234.50"; shown with the settings' currency.
import { decimalSeparatorOf } from '../locale.js';
import { numericValidation, notANumberFormat, parseNumeric } from './numeric.js';
import { writeNumber } from './parse-number.js';
import type { FieldEnv, FieldTypeHandler } from './types.js';

const symbols: Record<string, string> = { EUR: '€', USD: '$', GBP: '£', JPY: '¥' };

function symbolOf(env: FieldEnv): string {
  const code = (env.currency ?? 'EUR').toUpperCase();
  return symbols[code] ?? code;
}

function show(value: number, env: FieldEnv): string {
  const amount = writeNumber(value, env.locale, 2);
  // German writes the symbol after the amount, English before it.
  return decimalSeparatorOf(env.locale) === ',' ? `${amount} ${symbolOf(env)}` : `${symbolOf(env)}${amount}`;
}

export const currencyType: FieldTypeHandler<number> = {
  parse: (raw, env, field) => parseNumeric(raw, env, field, { money: true, show: (n) => show(n, env) }),
  format: (value, env) => (value === null ? '' : show(value, env)),
  toCell: (value) => value ?? '',
  validation: (field) => numericValidation(field),
  numberFormat: (_field, env) =>
    decimalSeparatorOf(env.locale) === ',' ? `#,##0.00 [$${symbolOf(env)}]` : `[$${symbolOf(env)}]#,##0.00`,
  invalidValueFormat: () => notANumberFormat,
};
