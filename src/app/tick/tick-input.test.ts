import { describe, expect, it } from 'vitest';
import { budgetsSheet } from '../../../sheets-schema/budgets.sheet.js';
import { leadsSheet } from '../../../sheets-schema/leads.sheet.js';
import { opsmindPreset } from '../../../sheets-schema/stage-presets.js';
import { touchpointsSheet } from '../../../sheets-schema/touchpoints.sheet.js';
import { stageTableFromPreset } from '../../core/hygiene/stage-table.js';
import { columnsOf, readBudgets, readCosts, readLeads, readTouchpoints } from './tick-input.js';
import { changedBudgets } from './writes.js';

const env = { locale: 'de_DE', timeZone: 'Europe/Berlin', lang: 'de' as const };
const stages = stageTableFromPreset(opsmindPreset, 'de');

describe('reading the tabs for the tick', () => {
  it('finds columns by header in either language, wherever people moved them', () => {
    const table = [['Phase', 'Name', 'Lead-ID', 'Verantwortlich', 'Meine Spalte']];
    const { columns, problems } = columnsOf(leadsSheet, table, 'de');
    expect(problems).toEqual([]);
    expect([columns.get('stage'), columns.get('leadId'), columns.get('owner')]).toEqual([0, 2, 3]);
    expect(columnsOf(leadsSheet, [['Name']], 'en').problems[0]).toContain('Lead ID');
  });

  it('reads leads: stage by any name, owner lower-cased, typed dates, blank required fields named in the sheet’s language', () => {
    const header = ['Lead-ID', 'Name', 'Phase', 'Verantwortlich', 'Phase geändert am', 'Nächster Schritt', 'Datum nächster Schritt', 'Firma'];
    const { columns } = columnsOf(leadsSheet, [header], 'de');
    const leads = readLeads([header, ['L-1', 'Mia', 'neuer lead', ' Ana@Agency.de ', new Date('2026-11-13T09:00:00Z'), 'Anrufen', '20.12.2026', ''], ['', '', '', '', '', '', '', '']], columns, env, stages, 'de');
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ leadId: 'L-1', row: 2, stageKey: 'newLead', owner: 'ana@agency.de', stageChangedAt: Date.parse('2026-11-13T09:00:00Z'), nextStepDate: Date.parse('2026-12-19T23:00:00Z') });
    expect(leads[0].missingFields).toContain('Firma');
    expect(leads[0].missingFields).not.toContain('Nächster Schritt');
  });

  it('names a required field whose value cannot be read as missing, as the Hygiene column does', () => {
    const header = ['Lead-ID', 'Name', 'Phase', 'Verantwortlich', 'Nächster Schritt', 'Datum nächster Schritt', 'Firma', 'E-Mail'];
    const { columns } = columnsOf(leadsSheet, [header], 'de');
    const [lead] = readLeads([header, ['L-1', 'Mia', 'Kontaktiert', 'ana@agency.de', 'Anrufen', 'bald', 'Mia GmbH', 'keine Mail']], columns, env, stages, 'de');
    expect(lead.missingFields).toEqual(expect.arrayContaining(['Datum nächster Schritt']));
    expect(lead.missingFields).not.toContain('Firma');
  });

  it('keeps only inbound touchpoints (the only ones that stop a sequence), and can be walked twice', () => {
    const header = ['Lead-ID', 'Datum', 'Richtung'];
    const { columns } = columnsOf(touchpointsSheet, [['Kontaktpunkt-ID', ...header]], 'de');
    const rows = [['T-1', 'L-1', new Date('2026-11-16T10:00:00Z'), 'Eingehend'], ['T-2', 'L-1', new Date('2026-11-17T10:00:00Z'), 'Ausgehend']];
    const touches = readTouchpoints([['Kontaktpunkt-ID', ...header], ...rows], columns, env);
    expect([...touches]).toEqual([{ leadId: 'L-1', date: Date.parse('2026-11-16T10:00:00Z'), direction: 'inbound' }]);
    expect([...touches]).toHaveLength(1);
  });

  it('reads amounts typed with a decimal comma, and rewrites only the Budgets lines that change', () => {
    const header = ['Dienst', 'Monatslimit', 'Warnung ab', 'Harter Stopp', 'Monat bisher', 'Status'];
    const { columns } = columnsOf(budgetsSheet, [header], 'de');
    const rows = readBudgets([header, ['OpenAI', '500,00 €', 400, 600, 420, 'Warnung'], ['Hosting', 200, 160, 240, '', '']], columns, env);
    expect(rows.map((r) => [r.service, r.monthlyLimit, r.row])).toEqual([['OpenAI', 500, 2], ['Hosting', 200, 3]]);
    const lines = [{ ...rows[0], monthToDate: 420, status: 'warning' as const }, { ...rows[1], monthToDate: 0, status: 'ok' as const }];
    expect(changedBudgets(rows, lines, 'de').map((c) => [c.row, c.monthToDate, c.status])).toEqual([[3, 0, 'OK']]);
    const costs = readCosts([['Datum', 'Dienst', 'Betrag'], ['16.11.2026', 'OpenAI', '12,50']], new Map([['date', 0], ['service', 1], ['amount', 2]]), env);
    expect([...costs]).toEqual([{ date: Date.parse('2026-11-15T23:00:00Z'), service: 'OpenAI', amount: 12.5 }]);
  });
});
