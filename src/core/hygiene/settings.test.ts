import { describe, expect, it } from 'vitest';
import { settingsSheet } from '../../../sheets-schema/index.js';
import type { FieldEnv } from '../field-types/index.js';
import { readSettings, settingsRows } from '../settings.js';
import { defaultHygieneSettings, hygieneSettings } from './settings.js';

const de: FieldEnv = { locale: 'de_DE', timeZone: 'Europe/Berlin' };

describe('hygiene settings from the Settings tab', () => {
  it('default to Strict, BANT minimum 3 of 4, auto-advance off and calendar hours', () => {
    const { rows } = settingsRows(de);
    const read = readSettings({ header: settingsSheet.fields.map((f) => f.labels.de), rows }, de);
    expect(hygieneSettings(read.values)).toEqual(defaultHygieneSettings);
    expect(defaultHygieneSettings).toEqual({ enforcement: 'strict', bantMinimum: 3, autoAdvance: false, slaHoursMode: 'calendar', businessHours: { startHour: 9, endHour: 17, days: ['mon', 'tue', 'wed', 'thu', 'fri'] } });
  });
  it('follow what a person typed in German: Weich, 2, Ein, Geschäftszeiten 8 bis 16, Mo bis Sa', () => {
    const { rows } = settingsRows(de);
    const set = (label: string, value: string) => (rows.find((r) => r[0] === label)![1] = value);
    set('Durchsetzung', 'Weich');
    set('BANT-Minimum', '2');
    set('Automatisch weiterschalten', 'Ein');
    set('SLA-Stundenmodus', 'Geschäftszeiten');
    set('Geschäftszeit Beginn', '8');
    set('Geschäftszeit Ende', '16');
    set('Geschäftstage', 'Mo, Di, Mi, Do, Fr, Sa');
    const read = readSettings({ header: settingsSheet.fields.map((f) => f.labels.de), rows }, de);
    expect(hygieneSettings(read.values)).toEqual({
      enforcement: 'soft',
      bantMinimum: 2,
      autoAdvance: true,
      slaHoursMode: 'business',
      businessHours: { startHour: 8, endHour: 16, days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] },
    });
  });
  it('keep the default business hours when the end is not after the start', () => {
    const { rows } = settingsRows(de);
    rows.find((r) => r[0] === 'Geschäftszeit Beginn')![1] = '18';
    rows.find((r) => r[0] === 'Geschäftszeit Ende')![1] = '9';
    const read = readSettings({ header: settingsSheet.fields.map((f) => f.labels.de), rows }, de);
    expect(hygieneSettings(read.values).businessHours).toEqual({ startHour: 9, endHour: 17, days: ['mon', 'tue', 'wed', 'thu', 'fri'] });
  });
});
