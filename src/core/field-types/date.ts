// Calendar dates: typed per locale, stored as the Date of midnight in the spreadsheet's time zone.
import { langOfEnv } from '../locale.js';
import { t } from '../i18n.js';
import { civilOf, instantOf } from '../zoned-time.js';
import { dateStyle, exampleDate } from './date-style.js';
import { readDate } from './parse-date.js';
import { asText } from './text.js';
import type { FieldTypeHandler } from './types.js';
import { isBlank } from './types.js';

export const dateType: FieldTypeHandler<Date> = {
  parse(raw, env) {
    if (isBlank(raw)) return { ok: true, value: null };
    if (raw instanceof Date && !Number.isNaN(raw.getTime())) return { ok: true, value: raw };
    const reading = typeof raw === 'string' ? readDate(raw, env.locale) : null;
    if (!reading) {
      const example = dateStyle(env.locale).show(exampleDate);
      return { ok: false, message: t(langOfEnv(env), 'parse.date', { value: asText(raw), example }) };
    }
    const civil = 'civil' in reading ? reading.civil : civilOf(reading.instant, env.timeZone);
    return { ok: true, value: instantOf({ ...civil, hour: 0, minute: 0, second: 0 }, env.timeZone) };
  },
  format: (value, env) => (value === null ? '' : dateStyle(env.locale).show(civilOf(value, env.timeZone))),
  toCell: (value) => value ?? '',
  validation: () => ({ kind: 'date', reject: false }),
  numberFormat: (_field, env) => dateStyle(env.locale).pattern,
  invalidValueFormat: () => ({ kind: 'customFormula', formula: '=AND({cell}<>"",NOT(ISNUMBER({cell})))' }),
};
