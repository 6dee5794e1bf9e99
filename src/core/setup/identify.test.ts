import { describe, expect, it } from 'vitest';
import { identifyTabs, isDefaultSheetName, languageOfTabs, needSheetIds } from './identify.js';
import type { SetupRecord } from './record.js';

const record = (tabs: SetupRecord['tabs'], sheetNames: string[]): SetupRecord => ({
  version: 1, lang: 'en', preset: 'opsmind', locale: 'en_US', timeZone: 'Europe/Berlin', tabs, sheetNames, protections: { range: 0, sheet: 0 },
});
const tab = (id: number, name: string) => ({ id, name, columns: [], rows: 1000 });

describe('finding OpsMind’s tabs', () => {
  it('finds tabs by name in either language, any case, before any set up', () => {
    const found = identifyTabs([{ index: 0, name: 'leads' }, { index: 1, name: 'Phasen' }, { index: 2, name: 'Notes' }], null);
    expect(found.sheets.leads?.index).toBe(0);
    expect(found.sheets.stages?.index).toBe(1);
    expect(Object.keys(found.sheets)).toEqual(['leads', 'stages']);
  });
  it('follows the recorded sheet id when a tab was renamed, and says so', () => {
    const rec = record({ leads: tab(7, 'Leads') }, ['Leads']);
    const found = identifyTabs([{ index: 0, name: 'Pipeline', id: 7 }], rec);
    expect(found.sheets.leads?.name).toBe('Pipeline');
    expect(found.renamed).toEqual([{ tab: 'leads', from: 'Leads', to: 'Pipeline' }]);
  });
  it('prefers the recorded id over a new sheet that took the old name', () => {
    const rec = record({ leads: tab(7, 'Leads') }, ['Leads']);
    const found = identifyTabs([{ index: 0, name: 'Old leads', id: 7 }, { index: 1, name: 'Leads', id: 9 }], rec);
    expect(found.sheets.leads?.index).toBe(0);
  });
  it('asks for ids only when the sheet names changed since the last set up', () => {
    const rec = record({}, ['Leads', 'Stages']);
    expect(needSheetIds(['Leads', 'Stages'], rec)).toBe(false);
    expect(needSheetIds(['Pipeline', 'Stages'], rec)).toBe(true);
    expect(needSheetIds(['Leads', 'Stages', 'Mine'], rec)).toBe(true);
    expect(needSheetIds(['Leads'], null)).toBe(true);
  });
  it('reads the language of tabs built before any record', () => {
    const found = identifyTabs([{ index: 0, name: 'Phasen' }, { index: 1, name: 'Einstellungen' }, { index: 2, name: 'Leads' }], null);
    expect(languageOfTabs(found, 'en')).toBe('de');
    expect(languageOfTabs(identifyTabs([{ index: 0, name: 'Leads' }], null), 'en')).toBe('en');
  });
  it('knows a new spreadsheet’s first sheet in English and German', () => {
    expect(['Sheet1', 'Tabelle1', 'Sheet2', 'Leads'].map(isDefaultSheetName)).toEqual([true, true, false, false]);
  });
});
