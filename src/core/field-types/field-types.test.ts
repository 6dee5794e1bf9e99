import { describe, expect, it } from 'vitest';
import { leadsSheet, risksSheet, tasksSheet } from '../../../sheets-schema/index.js';
import type { FieldType } from '../../../sheets-schema/types.js';
import { fieldTypes, formatValue, parseValue } from './index.js';
import type { FieldEnv, FieldSpec } from './types.js';

const de: FieldEnv = { locale: 'de_DE', timeZone: 'Europe/Berlin' };
const us: FieldEnv = { locale: 'en_US', timeZone: 'Europe/Berlin' };
const gb: FieldEnv = { locale: 'en_GB', timeZone: 'Europe/Berlin' };
const spec = (type: FieldType, extra: Partial<FieldSpec> = {}): FieldSpec => ({ type, ...extra });
const leadField = (key: string) => leadsSheet.fields.find((f) => f.key === key)!;

function value(field: FieldSpec, raw: unknown, env: FieldEnv): unknown {
  const r = parseValue(field, raw, env);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const berlinMidnight = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

describe('dates as people type them', () => {
  it('reads 24.12.2026 as the 24th of December in every locale', () => {
    for (const env of [de, us, gb]) expect(value(spec('date'), '24.12.2026', env)).toEqual(berlinMidnight('2026-12-24'));
  });
  it('reads ISO 2026-12-24 in every locale', () => {
    for (const env of [de, us, gb]) expect(value(spec('date'), '2026-12-24', env)).toEqual(berlinMidnight('2026-12-24'));
  });
  it('reads 12/24/2026 month-first in US English', () => {
    expect(value(spec('date'), '12/24/2026', us)).toEqual(berlinMidnight('2026-12-24'));
  });
  it('reads 03/04/2026 day-first outside the US and month-first in the US', () => {
    expect(value(spec('date'), '03/04/2026', gb)).toEqual(new Date('2026-04-03T00:00:00+02:00'));
    expect(value(spec('date'), '03/04/2026', us)).toEqual(new Date('2026-03-04T00:00:00+01:00'));
  });
  it('falls back to the other order only when the locale order is impossible', () => {
    expect(value(spec('date'), '24/12/2026', us)).toEqual(berlinMidnight('2026-12-24'));
  });
  it('reads month names in English and German and two-digit years', () => {
    expect(value(spec('date'), '24. Dezember 2026', de)).toEqual(berlinMidnight('2026-12-24'));
    expect(value(spec('date'), 'Dec 24, 2026', us)).toEqual(berlinMidnight('2026-12-24'));
    expect(value(spec('date'), '24.12.26', de)).toEqual(berlinMidnight('2026-12-24'));
  });
  it('keeps a Date cell as it is and treats a blank cell as empty', () => {
    const d = new Date('2026-05-01T00:00:00+02:00');
    expect(value(spec('date'), d, de)).toBe(d);
    expect(value(spec('date'), '  ', de)).toBeNull();
  });
  it('rejects impossible dates and numbers with an example in the locale', () => {
    const r = parseValue(spec('date'), '31.02.2026', de);
    expect(r).toEqual({ ok: false, message: '„31.02.2026“ ist kein Datum. Bitte so eingeben: 24.12.2026.' });
    const us1 = parseValue(spec('date'), 'next week', us);
    expect(us1.ok === false && us1.message).toBe('“next week” is not a date. Type it like 12/24/2026.');
    expect(parseValue(spec('date'), 46000, us).ok).toBe(false);
  });
  it('formats dates the locale way in the spreadsheet time zone', () => {
    const d = berlinMidnight('2026-12-24');
    expect(formatValue(spec('date'), d, de)).toBe('24.12.2026');
    expect(formatValue(spec('date'), d, us)).toBe('12/24/2026');
    expect(formatValue(spec('date'), d, gb)).toBe('24/12/2026');
  });
});

describe('date and time', () => {
  it('reads German, US and ISO date-times as wall clock in the time zone', () => {
    const want = new Date('2026-12-24T14:30:00+01:00');
    expect(value(spec('datetime'), '24.12.2026 14:30', de)).toEqual(want);
    expect(value(spec('datetime'), '12/24/2026 2:30 PM', us)).toEqual(want);
    expect(value(spec('datetime'), '2026-12-24T14:30', us)).toEqual(want);
    expect(value(spec('datetime'), '2026-12-24T13:30:00Z', de)).toEqual(want);
  });
  it('honours summer time', () => {
    expect(value(spec('datetime'), '01.07.2026 09:00', de)).toEqual(new Date('2026-07-01T07:00:00Z'));
  });
  it('formats with 24-hour time', () => {
    expect(formatValue(spec('datetime'), new Date('2026-12-24T13:30:00Z'), de)).toBe('24.12.2026 14:30');
  });
});

describe('numbers and amounts', () => {
  it('reads a German decimal comma with thousands dots', () => {
    expect(value(spec('currency'), '1.234,50', de)).toBe(1234.5);
    expect(value(spec('number'), '1,5', de)).toBe(1.5);
  });
  it('reads English thousands commas', () => {
    expect(value(spec('currency'), '1,234.50', us)).toBe(1234.5);
    expect(value(spec('number'), '1,234', us)).toBe(1234);
  });
  it('reads "€ 1.200" as twelve hundred euros in either language', () => {
    expect(value(spec('currency'), '€ 1.200', de)).toBe(1200);
    expect(value(spec('currency'), '€ 1.200', us)).toBe(1200);
    expect(value(spec('currency'), '1.200 EUR', us)).toBe(1200);
  });
  it('reads 1,234 as a decimal in German and as thousands in English', () => {
    expect(value(spec('number'), '1,234', de)).toBe(1.234);
    expect(value(spec('number'), '1,234', us)).toBe(1234);
  });
  it('rejects text, misplaced groups and values out of the column bounds', () => {
    expect(parseValue(spec('number'), 'twelve', us).ok).toBe(false);
    expect(parseValue(spec('number'), '1.23.4', de).ok).toBe(false);
    const offer = leadField('offerAmount');
    const negative = parseValue(offer, '-5', de);
    expect(negative.ok === false && negative.message).toBe('-5,00 € liegt unter dem Minimum von 0,00 €.');
    const risk = risksSheet.fields.find((f) => f.key === 'impact')!;
    expect(parseValue(risk, 6, us).ok).toBe(false);
    expect(parseValue(risk, 2.5, us).ok).toBe(false);
    expect(value(risk, '5', us)).toBe(5);
  });
  it('formats amounts with the currency the locale way', () => {
    expect(formatValue(spec('currency'), 1234.5, de)).toBe('1.234,50 €');
    expect(formatValue(spec('currency'), 1234.5, us)).toBe('€1,234.50');
    expect(formatValue(spec('currency'), 99, { ...us, currency: 'USD' })).toBe('$99.00');
  });
});

describe('percentages', () => {
  it('reads "20 %", "20%" and 20 as twenty percent, and 0.2 as a fraction', () => {
    expect(value(spec('percent'), '20 %', de)).toBe(0.2);
    expect(value(spec('percent'), '20%', us)).toBe(0.2);
    expect(value(spec('percent'), 20, us)).toBe(0.2);
    expect(value(spec('percent'), 0.2, us)).toBe(0.2);
    expect(value(spec('percent'), '12,5 %', de)).toBe(0.125);
  });
  it('formats percent points the locale way', () => {
    expect(formatValue(spec('percent'), 0.2, de)).toBe('20 %');
    expect(formatValue(spec('percent'), 0.125, us)).toBe('12.5%');
  });
  it('rejects a probability above 100 %', () => {
    expect(parseValue(leadField('probability'), '120 %', us).ok).toBe(false);
  });
});

describe('choices', () => {
  const type = tasksSheet.fields.find((f) => f.key === 'type')!;
  it('accepts a choice by label in either language, in any case, and stores its stable value', () => {
    expect(value(type, 'follow-up', us)).toBe('followUp');
    expect(value(type, 'NACHFASSEN', us)).toBe('followUp');
    expect(value(type, ' reaktivierung ', de)).toBe('reactivation');
  });
  it('writes the label in the sheet language', () => {
    expect(formatValue(type, 'followUp', de)).toBe('Nachfassen');
    expect(formatValue(type, 'followUp', us)).toBe('Follow-up');
  });
  it('names the allowed choices when a value is unknown', () => {
    const r = parseValue(type, 'Party', us);
    expect(r.ok === false && r.message).toBe('“Party” is not one of: Follow-up, SOP, Reactivation, Review, Other.');
  });
  it('takes the stage choices from the environment', () => {
    const env: FieldEnv = { ...de, options: { stages: [{ value: 'contacted', labels: { en: 'Contacted', de: 'Kontaktiert' } }] } };
    expect(value(leadField('stage'), 'kontaktiert', env)).toBe('contacted');
    expect(parseValue(leadField('stage'), 'Won', env).ok).toBe(false);
    expect(fieldTypes.enum.validation(leadField('stage'), env)).toEqual({ kind: 'listFromField', tab: 'stages', field: 'stage', reject: false });
  });
});

describe('emails, checkboxes, ids and text', () => {
  it('checks email addresses and unwraps "Name <address>"', () => {
    expect(value(spec('email'), ' Anna Schmidt <anna@example.de> ', de)).toBe('anna@example.de');
    expect(value(spec('email'), 'mailto:bob@example.com', us)).toBe('bob@example.com');
    expect(parseValue(spec('email'), 'anna@example', us).ok).toBe(false);
    expect(parseValue(spec('email'), 'Anna', us).ok).toBe(false);
  });
  it('reads yes/no in both languages as checkbox values', () => {
    for (const raw of [true, 'TRUE', 'ja', 'Yes', 'x', '✓', 1]) expect(value(spec('checkbox'), raw, de)).toBe(true);
    for (const raw of [false, 'FALSE', 'nein', 'No', 0]) expect(value(spec('checkbox'), raw, de)).toBe(false);
    expect(parseValue(spec('checkbox'), 'vielleicht', de).ok).toBe(false);
  });
  it('keeps ids as text, numbers included', () => {
    expect(value(spec('id'), 17, us)).toBe('17');
    expect(value(spec('id'), ' L-0012 ', us)).toBe('L-0012');
    expect(fieldTypes.id.numberFormat(spec('id'), us)).toBe('@');
  });
  it('keeps any text a person typed', () => {
    expect(value(spec('text'), '=not a formula', us)).toBe('=not a formula');
    expect(value(spec('text'), 42, us)).toBe('42');
  });
});

describe('validation rules and number formats', () => {
  it('each type describes its own data-validation rule', () => {
    expect(fieldTypes.date.validation(spec('date'), de)).toEqual({ kind: 'date', reject: false });
    expect(fieldTypes.email.validation(spec('email'), de)).toEqual({ kind: 'email', reject: false });
    expect(fieldTypes.checkbox.validation(spec('checkbox'), de)).toEqual({ kind: 'checkbox' });
    expect(fieldTypes.currency.validation(leadField('offerAmount'), de)).toEqual({ kind: 'numberMin', min: 0, reject: false });
    expect(fieldTypes.text.validation(spec('text'), de)).toBeNull();
    const status = tasksSheet.fields.find((f) => f.key === 'status')!;
    expect(fieldTypes.enum.validation(status, de)).toEqual({ kind: 'list', values: ['Offen', 'Erledigt', 'Übersprungen'], reject: false });
  });
  it('each type gives a Sheets number format for the locale', () => {
    expect(fieldTypes.date.numberFormat(spec('date'), de)).toBe('dd.mm.yyyy');
    expect(fieldTypes.date.numberFormat(spec('date'), us)).toBe('mm/dd/yyyy');
    expect(fieldTypes.datetime.numberFormat(spec('datetime'), de)).toBe('dd.mm.yyyy hh:mm');
    expect(fieldTypes.currency.numberFormat(spec('currency'), de)).toBe('#,##0.00 [$€]');
    expect(fieldTypes.currency.numberFormat(spec('currency'), us)).toBe('[$€]#,##0.00');
    expect(fieldTypes.percent.numberFormat(spec('percent'), us)).toBe('0%');
  });
  it('number-like types flag cells that hold text', () => {
    expect(fieldTypes.number.invalidValueFormat(spec('number'))?.formula).toBe('=AND({cell}<>"",NOT(ISNUMBER({cell})))');
    expect(fieldTypes.text.invalidValueFormat(spec('text'))).toBeNull();
  });
});
