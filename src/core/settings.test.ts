import { describe, expect, it } from 'vitest';
import { settingsSheet } from '../../sheets-schema/index.js';
import type { FieldEnv } from './field-types/types.js';
import { parseFollowUpSequence, readSettings, settingsRows } from './settings.js';

const en: FieldEnv = { locale: 'en_US', timeZone: 'Europe/Berlin' };
const de: FieldEnv = { locale: 'de_DE', timeZone: 'Europe/Berlin' };
const header = (lang: 'en' | 'de') => settingsSheet.fields.map((f) => f.labels[lang]);

describe('the Settings tab', () => {
  it('writes the defaults a person can read, in the sheet language', () => {
    const { rows, numberFormats } = settingsRows(de);
    const byKey = Object.fromEntries(rows.map((r) => [r[0], r[1]]));
    expect(byKey).toMatchObject({ Durchsetzung: 'Streng', Sprache: 'Deutsch', 'Digest-Uhrzeit': 8, 'Digest-Tage': 'Mo, Di, Mi, Do, Fr', 'Benchmark: Lead zu Call': 0.2, Währung: 'EUR', 'Automatisch weiterschalten': 'Aus' });
    expect(numberFormats[rows.findIndex((r) => r[0] === 'Benchmark: Lead zu Call')]).toBe('0%');
  });
  it('defaults the language to the spreadsheet locale', () => {
    expect(settingsRows(en).rows.find((r) => r[0] === 'Language')![1]).toBe('English');
  });
  it('reads back the defaults it wrote, with no problems, in both languages', () => {
    for (const [lang, env] of [['en', en], ['de', de]] as const) {
      const read = readSettings({ header: header(lang), rows: settingsRows(env).rows }, env);
      expect(read.problems).toEqual([]);
      expect(read.values).toMatchObject({ enforcement: 'strict', language: lang, digestHour: 8, digestDays: ['mon', 'tue', 'wed', 'thu', 'fri'], bantMinimum: 3, benchmarkCallToOffer: 0.5, autoAdvance: 'off', reportRecipients: [] });
    }
  });
  it('accepts what people type: the other language, any case, a key instead of a label', () => {
    const rows = [['enforcement', 'soft', ''], ['SPRACHE', 'english', ''], ['Report Recipients', 'a@x.de; b@y.com', ''], ['Digest Hour', '7', '']];
    const read = readSettings({ header: header('en'), rows }, de);
    expect(read.values).toMatchObject({ enforcement: 'soft', language: 'en', reportRecipients: ['a@x.de', 'b@y.com'], digestHour: 7 });
  });
  it('falls back to the default for a bad value and names the cell', () => {
    const rows = [['Digest Hour', 25, ''], ['Enforcement', 'maybe', '']];
    const read = readSettings({ header: header('en'), rows }, en);
    expect(read.values.digestHour).toBe(8);
    expect(read.values.enforcement).toBe('strict');
    expect(read.problems.filter((p) => p.cell !== '').map((p) => p.message)).toEqual([
      'Settings, cell B3 (Enforcement): “maybe” is not one of: Strict, Soft. Using the default, Strict.',
      'Settings, cell B2 (Digest Hour): 25 is above the maximum of 23. Using the default, 8.',
    ]);
    expect(read.problems.some((p) => p.message.startsWith('Settings has no row “Currency”'))).toBe(true);
  });
});

describe('the follow-up sequence (seed 001)', () => {
  it('reads the default sequence as day 2, 4, 7, 10, 14', () => {
    expect(parseFollowUpSequence('2:Email, 4:Call, 7:Email, 10:LinkedIn, 14:Break-up', 'en')).toEqual({
      steps: [{ day: 2, channel: 'Email' }, { day: 4, channel: 'Call' }, { day: 7, channel: 'Email' }, { day: 10, channel: 'LinkedIn' }, { day: 14, channel: 'Break-up' }],
      problems: [],
    });
  });
  it('reports unreadable steps and days that do not increase', () => {
    const r = parseFollowUpSequence('Tag 3: Anruf; soon: Email; 2:Email', 'de');
    expect(r.steps).toEqual([{ day: 3, channel: 'Anruf' }]);
    expect(r.problems).toEqual(['„soon: Email“ ist kein Nachfass-Schritt; bitte Tag:Kanal schreiben, z. B. 2:E-Mail.', 'Nachfass-Tage müssen aufsteigen: Tag 2 kommt nach Tag 3.']);
  });
  it('names the Settings cell of each step it cannot use, in the sheet’s language', () => {
    const read = readSettings({ header: header('de'), rows: [['Nachfass-Sequenz', '2:E-Mail, bald: Anruf', '']] }, de);
    expect(read.problems.filter((p) => p.cell !== '')).toEqual([
      { cell: 'B2', message: 'Einstellungen, Zelle B2 (Nachfass-Sequenz): „bald: Anruf“ ist kein Nachfass-Schritt; bitte Tag:Kanal schreiben, z. B. 2:E-Mail.' },
    ]);
  });
});
