// state.json (PRODUCT.md §7): every documented key, values as displayed and typed, colours as seen, stable order.
import { describe, expect, it } from 'vitest';
import { sampleWorld } from './sample-world.js';
import { exportState, stringifyState } from './state.js';
import { mergedValidations } from './sheet-state.js';

describe('exportState', () => {
  it('has every key PRODUCT.md §7 promises, in a fixed order', () => {
    const state = exportState(sampleWorld());
    expect(Object.keys(state)).toEqual([
      'now', 'timeZone', 'locale', 'user', 'account', 'spreadsheet', 'sheets', 'mail', 'drive', 'triggers', 'menus', 'toasts',
      'dialogs', 'sidebars', 'properties', 'executions', 'logs',
    ]);
    expect(state.now).toBe('2026-11-16T08:00:00.000Z');
    expect(Object.keys(state.sheets)).toEqual(['Leads', 'Log']);
    expect(Object.keys(state.sheets.Leads)).toEqual([
      'index', 'hidden', 'frozenRows', 'frozenColumns', 'lastRow', 'lastColumn', 'values', 'raw', 'formulas', 'notes', 'backgrounds',
      'validations', 'conditionalFormats', 'protections', 'columnWidths', 'hiddenColumns',
    ]);
  });

  it('gives each tab its displayed rows (header included) and its typed values with ISO dates', () => {
    const leads = exportState(sampleWorld()).sheets.Leads;
    expect(leads.lastRow).toBe(5);
    expect(leads.values[0]).toEqual(['Name', 'Value', 'Due', 'Owner', 'Stage']);
    expect(leads.values[1][1]).toBe('1,200.50');
    expect(leads.values[1][2]).toBe('11/21/2026');
    expect(leads.values[4][1]).toBe('2050.5');
    expect(leads.raw[1]).toEqual(['Acme', 1200.5, '2026-11-20T23:00:00.000Z', 'anna@example.com', 'Won']);
    expect(leads.raw[3][2]).toBe('');
    expect(leads.raw[4][1]).toBe(2050.5);
    expect(leads.formulas).toEqual({ B5: '=SUM(B2:B4)' });
  });

  it('keys notes and backgrounds by A1; backgrounds are what a person sees: rules over set colours, white left out', () => {
    const leads = exportState(sampleWorld()).sheets.Leads;
    expect(leads.notes).toEqual({ A2: 'Key account' });
    expect(leads.backgrounds).toEqual({ A1: '#eeeeee', E2: '#b7e1cd' });
  });

  it('merges a rule repeated down a column into one A1 range', () => {
    const leads = exportState(sampleWorld()).sheets.Leads;
    expect(leads.validations).toEqual({
      'B2:B4': { criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', args: [0], allowInvalid: true, helpText: null, showDropdown: false },
      'E2:E1000': { criteria: 'VALUE_IN_LIST', args: [['New', 'Contacted', 'Won', 'Lost'], true], allowInvalid: false, helpText: 'Pick a stage', showDropdown: true },
    });
  });

  it('merges equal column runs side by side into one rectangle and keeps different rules apart', () => {
    const world = sampleWorld();
    const ss = [...world.spreadsheets.values()][0];
    const log = ss.sheets[1];
    const rule = { criteria: 'CHECKBOX' as const, args: [], showDropdown: false, allowInvalid: false, helpText: null };
    for (let r = 1; r < 5; r++) for (let c = 2; c < 4; c++) log.validations.set(r, c, { ...rule });
    log.validations.set(6, 2, { ...rule, allowInvalid: true });
    expect(Object.keys(mergedValidations(ss, log))).toEqual(['C2:D5', 'C7']);
  });

  it('lists conditional formats, protections, frozen rows, hidden tabs, widths and hidden columns', () => {
    const { Leads, Log } = exportState(sampleWorld()).sheets;
    expect(Leads.conditionalFormats).toEqual([{ ranges: ['E2:E1000'], condition: { type: 'TEXT_EQ', values: ['Won'] }, format: { background: '#B7E1CD' } }]);
    expect(Leads.protections).toEqual([{ kind: 'RANGE', range: 'A1:E1', description: 'Header', warningOnly: true, editors: ['anna@example.com', 'bob@example.com'] }]);
    expect(Leads.frozenRows).toBe(1);
    expect(Leads.hidden).toBe(false);
    expect(Log.hidden).toBe(true);
    expect(Log.raw[1][0]).toBe('2026-11-16T08:00:00.000Z');
    expect(Leads.columnWidths).toEqual({ A: 180 });
    expect(Leads.hiddenColumns).toEqual(['D']);
  });

  it('exports mail, Drive files by path with their text, triggers, UI and the three property stores', () => {
    const state = exportState(sampleWorld());
    expect(state.mail).toEqual([expect.objectContaining({ to: 'bob@example.com', cc: '', subject: 'Wöchentlicher Bericht', body: 'Hi Bob', htmlBody: '<p>Hi Bob</p>', at: '2026-11-16T08:00:00.000Z' })]);
    expect(state.drive).toEqual([expect.objectContaining({ path: 'My Drive/Reports/2026-11-16-weekly', name: '2026-11-16-weekly', mimeType: 'text/plain', text: 'Pipeline: 3 leads', trashed: false })]);
    expect(state.triggers).toEqual([expect.objectContaining({ handler: 'tick', eventType: 'CLOCK', owner: 'anna@example.com', nextRun: '2026-11-16T09:00:00.000Z' })]);
    expect(state.menus[0]).toMatchObject({ name: 'OpsMind', addon: true });
    expect(state.toasts[0].message).toBe('Saved');
    expect(state.properties).toEqual({ script: { schemaVersion: '1' }, document: { a: '1', b: '2' }, user: { 'anna@example.com': { lang: 'en' } } });
    expect(Object.keys(state.properties.document)).toEqual(['a', 'b']);
  });

  it('reports each execution: function, trigger kind, auth mode, user, calls by method, projected and CPU ms, error', () => {
    const [x] = exportState(sampleWorld()).executions;
    expect(x).toEqual({
      id: 1, function: 'onOpen', kind: 'simple', authMode: 'LIMITED', user: 'anna@example.com', startedAt: '2026-11-16T08:00:00.000Z',
      calls: { 'Menu.addItem': 1, 'Ui.createAddonMenu': 1 }, totalCalls: 2, roundTrips: 0, meteredMs: 117, projectedMs: 120, cpuMs: 3.2, error: null,
    });
    expect(Object.keys(x.calls)).toEqual(['Menu.addItem', 'Ui.createAddonMenu']);
  });

  it('is byte-for-byte the same for two equal worlds once host timings are left out', () => {
    const a = stringifyState(exportState(sampleWorld(), { timings: false }));
    const b = stringifyState(exportState(sampleWorld(), { timings: false }));
    expect(a).toBe(b);
    expect(JSON.parse(a).executions[0]).toMatchObject({ cpuMs: 0, projectedMs: 0 });
    expect(a.endsWith('}\n')).toBe(true);
  });
});
