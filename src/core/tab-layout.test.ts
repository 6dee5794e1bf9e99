import { describe, expect, it } from 'vitest';
import { leadsSheet, logSheet, stageHistorySheet } from '../../sheets-schema/index.js';
import type { FieldEnv } from './field-types/types.js';
import { budgetRows, isTotalBudget, tabLayout } from './tab-layout.js';

const de: FieldEnv = { locale: 'de_DE', timeZone: 'Europe/Berlin' };
const en: FieldEnv = { locale: 'en_US', timeZone: 'Europe/Berlin' };

describe('tab layout for Set up', () => {
  const leads = tabLayout(leadsSheet, de);
  const col = (key: string) => leads.columns.find((c) => c.key === key)!;
  it('uses the sheet language for the tab name and headers', () => {
    expect(leads.name).toBe('Leads');
    expect(leads.columns.slice(0, 5).map((c) => c.header)).toEqual(['Lead-ID', 'Name', 'Firma', 'E-Mail', 'Phase']);
    expect(tabLayout(stageHistorySheet, de).name).toBe('Phasenverlauf');
  });
  it('gives each column its type’s number format and validation rule', () => {
    expect(col('lastContactDate')).toMatchObject({ numberFormat: 'dd.mm.yyyy', validation: { kind: 'date', reject: false } });
    expect(col('offerAmount')).toMatchObject({ numberFormat: '#,##0.00 [$€]', validation: { kind: 'numberMin', min: 0 } });
    expect(col('stage').validation).toEqual({ kind: 'listFromField', tab: 'stages', field: 'stage', reject: false });
    expect(col('email').validation).toEqual({ kind: 'email', reject: false });
    expect(col('bantBudget').validation).toEqual({ kind: 'checkbox' });
    expect(col('callNotes').validation).toBeNull();
  });
  it('marks derived columns and gives them no input rule', () => {
    expect(col('probability')).toMatchObject({ derived: true, validation: null, numberFormat: '0%' });
    expect(leads.columns.filter((c) => c.derived).map((c) => c.key)).toContain('hygiene');
  });
  it('hides and protects the Log, protects Stage History, freezes the header', () => {
    expect(tabLayout(logSheet, en)).toMatchObject({ name: 'Log', hidden: true, protectedTab: true, frozenRows: 1 });
    expect(tabLayout(stageHistorySheet, en)).toMatchObject({ hidden: false, protectedTab: true });
    expect(leads).toMatchObject({ hidden: false, protectedTab: false, frozenRows: 1 });
  });
  it('writes the seed 000 budgets with blank derived cells', () => {
    expect(budgetRows(de)).toEqual([
      ['OpenAI', 500, 400, 600, '', ''],
      ['Anthropic', 300, 240, 360, '', ''],
      ['Hosting', 200, 160, 240, '', ''],
      ['Tools', 200, 160, 240, '', ''],
      ['Gesamt', 1200, 960, 1440, '', ''],
    ]);
  });
  it('recognises the total budget row in either language', () => {
    expect(['Total', 'gesamt', ' TOTAL '].every(isTotalBudget)).toBe(true);
    expect(isTotalBudget('Tools')).toBe(false);
  });
});
