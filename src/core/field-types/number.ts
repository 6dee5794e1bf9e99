// Plain numbers (counts, scores, hours): decimal comma or point by locale, bounds from the column.
import { numericValidation, notANumberFormat, parseNumeric } from './numeric.js';
import { writeNumber } from './parse-number.js';
import type { FieldTypeHandler } from './types.js';

export const numberType: FieldTypeHandler<number> = {
  parse: (raw, env, field) => parseNumeric(raw, env, field),
  format: (value, env) => (value === null ? '' : writeNumber(value, env.locale)),
  toCell: (value) => value ?? '',
  validation: (field) => numericValidation(field),
  numberFormat: (field) => (field.integer ? '#,##0' : null),
  invalidValueFormat: () => notANumberFormat,
};
