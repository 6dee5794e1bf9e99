import { describe, expect, it } from 'vitest';
import { leadsSheet, stagesSheet, tabs, touchpointsSheet } from '../../sheets-schema/index.js';
import { findTabName, headerIsTab, headerProblems, resolveHeaders } from './headers.js';
import { normalizeName } from './names.js';

const englishLeads = leadsSheet.fields.map((f) => f.labels.en);
const germanLeads = leadsSheet.fields.map((f) => f.labels.de);

describe('columns are found by header', () => {
  it('finds every Leads column by its English header', () => {
    const r = resolveHeaders(leadsSheet, englishLeads);
    expect(r.missing).toEqual([]);
    expect(r.absent).toEqual([]);
    expect(r.columns.get('leadId')).toBe(0);
    expect(r.columns.get('createdAt')).toBe(leadsSheet.fields.length - 1);
  });
  it('finds every Leads column by its German header', () => {
    const r = resolveHeaders(leadsSheet, germanLeads);
    expect(r.missing).toEqual([]);
    expect(r.absent).toEqual([]);
    expect(r.columns.get('company')).toBe(germanLeads.indexOf('Firma'));
  });
  it('ignores case, spacing, hyphens and underscores', () => {
    const r = resolveHeaders(leadsSheet, ['  LEAD id ', 'e_mail', 'last-contact-date', 'PHASE']);
    expect([...r.columns.entries()]).toEqual([
      ['leadId', 0],
      ['email', 1],
      ['stage', 3],
      ['lastContactDate', 2],
    ]);
  });
  it('recognises snake_case aliases and seed 004 "id" for Lead ID', () => {
    const r = resolveHeaders(leadsSheet, ['id', 'name', 'company', 'stage', 'last_contact_date', 'next_action']);
    expect(r.columns.get('leadId')).toBe(0);
    expect(r.columns.get('lastContactDate')).toBe(4);
    expect(r.columns.get('nextStep')).toBe(5);
  });
  it('finds columns wherever people moved them and leaves their own columns alone', () => {
    const r = resolveHeaders(touchpointsSheet, ['My Notes', 'Direction', 'Lead ID', 'Touchpoint ID', '', 'Date', 'Budget?']);
    expect(r.columns.get('direction')).toBe(1);
    expect(r.columns.get('leadId')).toBe(2);
    expect(r.unknown).toEqual([
      { index: 0, header: 'My Notes' },
      { index: 6, header: 'Budget?' },
    ]);
    expect(r.missing).toEqual([]);
    expect(r.absent).toEqual(['type', 'outcome', 'owner', 'note']);
  });
  it('reports duplicates, keeping the first column', () => {
    const r = resolveHeaders(leadsSheet, ['Lead ID', 'Stage', 'Name', 'lead_id', 'Phase']);
    expect(r.columns.get('leadId')).toBe(0);
    expect(r.duplicates).toEqual([
      { fieldKey: 'leadId', indexes: [0, 3] },
      { fieldKey: 'stage', indexes: [1, 4] },
    ]);
  });
  it('with the layout Set up recorded, keeps the column that sits where the field was among the others', () => {
    // Set up left Name, Company, Email; a person inserted a second "Email" before Name.
    const r = resolveHeaders(leadsSheet, ['Lead ID', 'Email', 'Name', 'Company', 'Email'], ['leadId', 'name', 'company', 'email']);
    expect(r.columns.get('email')).toBe(4);
    expect(r.duplicates).toEqual([{ fieldKey: 'email', indexes: [4, 1] }]);
    expect(resolveHeaders(leadsSheet, ['Lead ID', 'Email', 'Name', 'Company', 'Email']).columns.get('email')).toBe(1);
  });
  it('reports a cleared required header as missing', () => {
    const headers = [...englishLeads];
    headers[leadsSheet.fields.findIndex((f) => f.key === 'stage')] = '';
    const r = resolveHeaders(leadsSheet, headers);
    expect(r.missing).toEqual(['stage']);
  });
});

describe('header messages name the tab and the column and point to Set up / repair', () => {
  it('in English', () => {
    const r = resolveHeaders(stagesSheet, ['Stage', 'Order', 'Kind', 'Order']);
    expect(headerProblems(stagesSheet, r, 'en')).toEqual([
      'Tab “Stages” has no column “Required Fields”. Run OpsMind › Set up / repair to restore it.',
      'Tab “Stages” has the column “Order” more than once (columns B, D); OpsMind uses column B. Rename or remove the others, then run OpsMind › Set up / repair.',
    ]);
  });
  it('in German', () => {
    const r = resolveHeaders(leadsSheet, ['Lead-ID', 'Name']);
    expect(headerProblems(leadsSheet, r, 'de')).toEqual([
      'Im Tab „Leads“ fehlt die Spalte „Phase“. Mit OpsMind › Einrichten / reparieren wird sie wiederhergestellt.',
    ]);
  });
});

describe('the schema itself', () => {
  it('no two columns of a tab can be mistaken for each other', () => {
    for (const tab of tabs) {
      const owner = new Map<string, string>();
      for (const f of tab.fields) {
        for (const name of [f.labels.en, f.labels.de, f.key, ...(f.aliases ?? [])]) {
          const n = normalizeName(name);
          const prev = owner.get(n);
          expect(prev === undefined || prev === f.key, `${tab.key}: "${name}" names ${prev} and ${f.key}`).toBe(true);
          owner.set(n, f.key);
        }
      }
    }
  });
  it('finds a tab by its name in either language', () => {
    expect(findTabName(stagesSheet, ['Leads', 'phasen'])).toBe('phasen');
    expect(findTabName(stagesSheet, ['Pipeline'])).toBeNull();
  });
});

describe('a header row tells which tab a sheet is', () => {
  const header = (tab: (typeof tabs)[number], lang: 'en' | 'de') => tab.fields.map((f) => f.labels[lang]);
  it('every tab\'s own header, in either language, names that tab and no other', () => {
    for (const lang of ['en', 'de'] as const) {
      for (const tab of tabs) {
        for (const other of tabs) expect(headerIsTab(other, tabs, header(tab, lang)), `${tab.key} header as ${other.key} (${lang})`).toBe(other === tab);
      }
    }
  });
  it('the Touchpoints or Stage History header is not the Leads header, though both have a Lead ID column', () => {
    const history = tabs.find((t) => t.key === 'stageHistory')!;
    expect(headerIsTab(leadsSheet, tabs, header(touchpointsSheet, 'en'))).toBe(false);
    expect(headerIsTab(leadsSheet, tabs, header(history, 'en'))).toBe(false);
  });
  it('a header with columns people added and a few of its own still names the tab; a blank one names none', () => {
    expect(headerIsTab(leadsSheet, tabs, ['Lead ID', 'Name', 'My notes', 'Phase', '', 'Budget?'])).toBe(true);
    expect(headerIsTab(leadsSheet, tabs, [])).toBe(false);
    expect(headerIsTab(leadsSheet, tabs, ['', '', ''])).toBe(false);
  });
});
