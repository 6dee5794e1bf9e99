// Date and time: "24.12.2026 14:30", "12/24/2026 2:30 PM", ISO with or without offset; wall clock in the sheet's zone.
import { langOfEnv } from '../locale.js';
import { t } from '../i18n.js';
import { civilOf, instantOf } from '../zoned-time.js';
import { dateTimeStyle, exampleDate } from './date-style.js';
import { readDate } from './parse-date.js';
import { asText } from './text.js';
import type { FieldTypeHandler } from './types.js';
import { isBlank } from './types.js';

export const datetimeType: FieldTypeHandler<Date> = {
  parse(raw, env) {
    if (isBlank(raw)) return { ok: true, value: null };
    const reading = raw instanceof Date ? null : typeof raw === 'string' ? readDate(raw, env.locale) : null;
    if (raw instanceof Date && !Number.isNaN(raw.getTime())) return { ok: true, value: raw };
    if (!reading) {
      const example = dateTimeStyle(env.locale).show(exampleDate);
      return { ok: false, message: t(langOfEnv(env), 'parse.datetime', { value: asText(raw), example }) };
    }
    return { ok: true, value: 'instant' in reading ? reading.instant : instantOf(reading.civil, env.timeZone) };
  },
  format: (value, env) => (value === null ? '' : dateTimeStyle(env.locale).show(civilOf(value, env.timeZone))),
  toCell: (value) => value ?? '',
  validation: () => ({ kind: 'date', reject: false }),
  numberFormat: (_field, env) => dateTimeStyle(env.locale).pattern,
  invalidValueFormat: () => ({ kind: 'customFormula', formula: '=AND({cell}<>"",NOT(ISNUMBER({cell})))' }),
};
