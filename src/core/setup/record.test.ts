import { describe, expect, it } from 'vitest';
import { changedProperties, decodeRecord, encodeRecord, SETUP_KEY, VERSION_KEY, type SetupRecord } from './record.js';

const rec: SetupRecord = {
  version: 1, lang: 'de', preset: 'roadmap', locale: 'de_DE', timeZone: 'Europe/Berlin',
  tabs: { leads: { id: 3, name: 'Leads', columns: ['leadId', '', 'name'], rows: 1000 } },
  sheetNames: ['Leads', 'Notizen'], protections: { range: 4, sheet: 2 },
};

describe('the set-up record in document properties', () => {
  it('round-trips through string properties', () => {
    expect(decodeRecord(encodeRecord(rec))).toEqual(rec);
  });
  it('keeps the schema version in its own property', () => {
    expect(encodeRecord(rec)[VERSION_KEY]).toBe('1');
  });
  it('is absent before the first set up, and when unreadable', () => {
    expect(decodeRecord({})).toBeNull();
    expect(decodeRecord({ [SETUP_KEY]: '{oops' })).toBeNull();
  });
  it('writes only the properties that changed', () => {
    const stored = encodeRecord(rec);
    expect(changedProperties(stored, rec)).toEqual({});
    const moved = { ...rec, tabs: { leads: { ...rec.tabs.leads!, name: 'Pipeline' } } };
    expect(Object.keys(changedProperties(stored, moved))).toEqual(['opsmind.tab.leads']);
  });
  it('keeps every value well under the 9 KB a property may hold', () => {
    for (const v of Object.values(encodeRecord(rec))) expect(v.length).toBeLessThan(9 * 1024);
  });
});
