import { describe, expect, it } from 'vitest';
import { catalogue, placeholdersOf, t, type MessageKey } from './i18n.js';
import { dateOrderOf, decimalSeparatorOf, langOf } from './locale.js';
import { civilOf, instantOf } from './zoned-time.js';
import { columnLetter, normalizeName } from './names.js';

describe('the message catalogue', () => {
  it('has every message in German with the same placeholders as in English', () => {
    for (const key of Object.keys(catalogue.en) as MessageKey[]) {
      expect(catalogue.de[key], key).toBeTruthy();
      expect(placeholdersOf(catalogue.de[key]), key).toEqual(placeholdersOf(catalogue.en[key]));
    }
  });
  it('fills in placeholders', () => {
    expect(t('en', 'parse.min', { value: -1, min: 0 })).toBe('-1 is below the minimum of 0.');
    expect(t('de', 'headers.tabMissing', { tab: 'Phasen' })).toBe('Es gibt keinen Tab „Phasen“. Mit OpsMind › Einrichten / reparieren wird er angelegt.');
  });
  it('carries the exact menu labels of PRODUCT.md §6', () => {
    expect([t('en', 'menu.setup'), t('en', 'menu.checkAll'), t('en', 'menu.automationsOn'), t('en', 'menu.automationsOff')]).toEqual(['Set up / repair', 'Check all rows', 'Turn on automations', 'Turn off automations']);
    expect([t('de', 'menu.setup'), t('de', 'menu.checkAll'), t('de', 'menu.automationsOn'), t('de', 'menu.automationsOff')]).toEqual(['Einrichten / reparieren', 'Alle Zeilen prüfen', 'Automatisierung einschalten', 'Automatisierung ausschalten']);
  });
  it('rejects missing parameters at compile time', () => {
    // @ts-expect-error parse.min needs { value, min }
    expect(t('en', 'parse.min')).toContain('{value}');
  });
});

describe('locales', () => {
  it('speaks German for any German locale and English otherwise', () => {
    expect(['de_DE', 'de-AT', 'de', 'DE_ch'].map(langOf)).toEqual(['de', 'de', 'de', 'de']);
    expect(['en_US', 'en_GB', 'fr_FR', ''].map(langOf)).toEqual(['en', 'en', 'en', 'en']);
  });
  it('knows date order and decimal mark', () => {
    expect([dateOrderOf('en_US'), dateOrderOf('en_GB'), dateOrderOf('de_DE')]).toEqual(['mdy', 'dmy', 'dmy']);
    expect([decimalSeparatorOf('de_DE'), decimalSeparatorOf('en_US'), decimalSeparatorOf('fr_FR')]).toEqual([',', '.', ',']);
  });
});

describe('wall-clock time in a time zone', () => {
  it('turns wall-clock parts into the instant, in winter and summer', () => {
    expect(instantOf({ year: 2026, month: 1, day: 15, hour: 9, minute: 0, second: 0 }, 'Europe/Berlin').toISOString()).toBe('2026-01-15T08:00:00.000Z');
    expect(instantOf({ year: 2026, month: 7, day: 15, hour: 9, minute: 0, second: 0 }, 'Europe/Berlin').toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(instantOf({ year: 2026, month: 7, day: 15, hour: 9, minute: 0, second: 0 }, 'America/New_York').toISOString()).toBe('2026-07-15T13:00:00.000Z');
  });
  it('reads an instant back as wall-clock parts', () => {
    expect(civilOf(new Date('2026-12-31T23:30:00Z'), 'Europe/Berlin')).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 0 });
  });
});

describe('names', () => {
  it('compares names ignoring case, spaces, hyphens and underscores', () => {
    expect(new Set(['Lead ID', 'lead_id', ' LEAD-ID ', 'Lead-ID', 'leadId'].map(normalizeName)).size).toBe(1);
  });
  it('gives A1 column letters', () => {
    expect([0, 25, 26, 37, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AL', 'ZZ', 'AAA']);
  });
});
