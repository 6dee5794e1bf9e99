// End to end: Set up / repair on a blank spreadsheet, by only clicking the menu, in English and in German.
import { describe, expect, it } from 'vitest';
import { exportState } from '../../emulator/export/state.js';
import { lastDialog, opsmind, setUp, sheetsAndProperties } from './opsmind.js';

const englishTabs = ['Leads', 'Touchpoints', 'Tasks', 'Stage History', 'Stages', 'Settings', 'Projects', 'QA Reviews', 'Incidents', 'Costs', 'Budgets', 'Risks', 'Log'];

describe('Set up on a blank spreadsheet', () => {
  it('asks for the pipeline and the language, and OK with nothing typed sets up OpsMind in the locale’s language', () => {
    const { emu, run } = setUp();
    const prompts = emu.world.ui.dialogs.filter((d) => d.kind === 'prompt');
    expect(prompts.map((p) => p.message.split('\n')[0])).toEqual(['Which pipeline should OpsMind set up?', 'Which language for tab names, headers and messages?']);
    expect(run.error).toBeNull();
    const state = exportState(emu.world);
    expect(Object.keys(state.sheets)).toEqual(englishTabs);
    expect(state.sheets.Stages.values.slice(1).map((r) => r[0])).toEqual(['New Lead', 'Contacted', 'Response', 'Call Booked', 'Offer Sent', 'Negotiation', 'Closed Won', 'Closed Lost', 'Nurturing']);
    expect(lastDialog(emu)).toContain('Pipeline: OpsMind (9 stages). Language: English.');
  });

  it('lays out every tab: headers, frozen header row, widths, formats; the Log hidden', () => {
    const { emu } = setUp();
    const s = exportState(emu.world).sheets;
    expect(s.Leads.values[0].slice(0, 6)).toEqual(['Lead ID', 'Name', 'Company', 'Email', 'Stage', 'Owner']);
    expect(s.Leads.values[0]).toHaveLength(38);
    expect(Object.values(s).every((t) => t.frozenRows === 1)).toBe(true);
    expect(s.Leads.columnWidths).toMatchObject({ A: 110, B: 170, L: 240 });
    expect(s.Log.hidden).toBe(true);
    expect(Object.entries(s).filter(([, t]) => t.hidden).map(([n]) => n)).toEqual(['Log']);
  });

  it('fills Settings and Budgets with their defaults', () => {
    const s = exportState(setUp().emu.world).sheets;
    expect(s.Settings.values.slice(1, 3)).toEqual([
      ['Enforcement', 'Strict', expect.stringContaining('Strict:')],
      ['Language', 'English', expect.any(String)],
    ]);
    expect(s.Settings.values.length).toBe(24);
    expect(s.Budgets.values.at(-1)).toEqual(['Total', '€1,200.00', '€960.00', '€1,440.00', '', '']);
  });

  it('adds input rules: the Stage dropdown from the Stages tab, enums, dates, emails, non-negative numbers, checkboxes', () => {
    const v = exportState(setUp().emu.world).sheets.Leads.validations;
    expect(v['E2:E1000']).toMatchObject({ criteria: 'VALUE_IN_RANGE', args: ['Stages!A2:A1000'], showDropdown: true, allowInvalid: true });
    expect(v['D2:D1000'].criteria).toBe('TEXT_IS_VALID_EMAIL');
    expect(v['G2:G1000'].criteria).toBe('DATE_IS_VALID_DATE');
    expect(v['J2:J1000']).toMatchObject({ criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', args: [0] });
    expect(v['M2:P1000'].criteria).toBe('CHECKBOX');
    const touchpoints = exportState(setUp().emu.world).sheets.Touchpoints.validations;
    expect(touchpoints['D2:D1000']).toMatchObject({ criteria: 'VALUE_IN_LIST', args: [['Email', 'Call', 'LinkedIn', 'DM', 'Meeting', 'Other']] });
  });

  it('protects derived columns and the Stage History and Log tabs with a warning only', () => {
    const s = exportState(setUp().emu.world).sheets;
    expect(s.Leads.protections.map((p) => [p.range, p.warningOnly])).toEqual([['A1:A1000', true], ['Q1:Q1000', true], ['AF1:AL1000', true]]);
    expect(s['Stage History'].protections).toEqual([expect.objectContaining({ kind: 'SHEET', warningOnly: true })]);
    expect(s.Log.protections).toEqual([expect.objectContaining({ kind: 'SHEET', warningOnly: true })]);
  });

  it('generates the hygiene flags from the Stages tab', () => {
    const cf = exportState(setUp().emu.world).sheets.Leads.conditionalFormats;
    const formulas = cf.map((r) => (r.condition.values as string[])[0]);
    const required = cf.filter((r) => (r.condition.values as string[])[0].includes('required for the stage')).map((r) => r.ranges[0]);
    // Every column some stage requires (PRODUCT.md §3), Next Step and Next Step Date for the open stages.
    expect(required).toEqual(['B2:B1000', 'C2:C1000', 'D2:D1000', 'F2:F1000', 'G2:G1000', 'H2:H1000', 'I2:I1000', 'J2:J1000', 'K2:K1000', 'L2:L1000', 'R2:R1000', 'S2:S1000', 'T2:T1000', 'U2:U1000', 'V2:V1000', 'W2:W1000', 'X2:X1000', 'Y2:Y1000', 'Z2:Z1000', 'AA2:AA1000', 'AB2:AB1000', 'AC2:AC1000']);
    expect(formulas.some((f) => f.includes('next step overdue') && f.includes('<TODAY()'))).toBe(true);
    expect(formulas.some((f) => f.includes('SLA overdue') && f.includes('<NOW()'))).toBe(true);
    expect(cf.filter((r) => r.ranges[0] === 'E2:E1000')).toHaveLength(10);
  });

  it('records the schema version and each tab’s sheet id in document properties', () => {
    const props = exportState(setUp().emu.world).properties.document;
    expect(props['opsmind.schemaVersion']).toBe('1');
    expect(JSON.parse(props['opsmind.tab.leads'])).toMatchObject({ name: 'Leads', id: expect.any(Number) });
  });

  it('removes the blank first sheet, shows progress toasts and ends with a summary', () => {
    const { emu } = setUp();
    expect(emu.world.ui.toasts.map((t) => t.message)).toEqual(['Creating 13 tabs…', 'Filling Stages, Settings and Budgets…', 'Adding input rules, protections and hygiene flags…']);
    expect(lastDialog(emu)).toContain('Created: Leads, Touchpoints');
    expect(lastDialog(emu)).toContain('Removed the empty tab “Sheet1”.');
  });

  it('leaves a first sheet someone typed into', () => {
    const emu = opsmind();
    emu.open();
    emu.edit('Sheet1', 'A1', 'my notes');
    emu.menu('setUp');
    expect(Object.keys(exportState(emu.world).sheets)[0]).toBe('Sheet1');
  });

  it('sets up the preset and language typed into the prompts', () => {
    const emu = opsmind();
    emu.open();
    emu.respond([{ button: 'OK', text: 'Sales-Ops' }, { button: 'OK', text: 'Deutsch' }]);
    emu.menu('setUp');
    const s = exportState(emu.world).sheets;
    expect(s.Phasen.values.slice(1).map((r) => r[0])).toEqual(['Lead', 'Qualifiziert', 'Bedarfsanalyse', 'Angebot', 'Verhandlung', 'Gewonnen', 'Verloren']);
    expect(s.Leads.values[0].slice(0, 3)).toEqual(['Lead-ID', 'Name', 'Firma']);
    expect(s.Leads.values[0].length).toBe(38);
  });

  it('asks once more after an answer it cannot read, then falls back to the default and says so', () => {
    const emu = opsmind();
    emu.open();
    emu.respond([{ button: 'OK', text: '7' }, { button: 'OK', text: 'Roadmap' }, { button: 'OK', text: 'Klingon' }, { button: 'OK', text: 'Elvish' }]);
    emu.menu('setUp');
    const prompts = emu.world.ui.dialogs.filter((d) => d.kind === 'prompt');
    expect(prompts[1].message).toContain('“7” is not one of the pipelines');
    expect(exportState(emu.world).sheets.Stages.values[1][0]).toBe('New');
    expect(lastDialog(emu)).toContain('No valid answer for the language; OpsMind used English.');
  });

  it('changes nothing when the person cancels', () => {
    const emu = opsmind();
    emu.open();
    emu.respond(['CANCEL']);
    emu.menu('setUp');
    expect(Object.keys(exportState(emu.world).sheets)).toEqual(['Sheet1']);
    expect(emu.world.ui.toasts.at(-1)?.message).toBe('Set up was cancelled; nothing was changed.');
  });
});

describe('Set up in German', () => {
  it('uses German tab names, headers, menu, prompts and summary for a de_DE spreadsheet', () => {
    const { emu } = setUp({ locale: 'de_DE' });
    expect(emu.world.ui.menus[0].items[0].label).toBe('Einrichten / reparieren');
    expect(emu.world.ui.dialogs[0].message).toContain('Welche Pipeline soll OpsMind einrichten?');
    const s = exportState(emu.world).sheets;
    expect(Object.keys(s)).toEqual(['Leads', 'Kontaktpunkte', 'Aufgaben', 'Phasenverlauf', 'Phasen', 'Einstellungen', 'Projekte', 'QA-Reviews', 'Vorfälle', 'Kosten', 'Budgets', 'Risiken', 'Protokoll']);
    expect(s.Leads.values[0].slice(0, 5)).toEqual(['Lead-ID', 'Name', 'Firma', 'E-Mail', 'Phase']);
    expect(s.Phasen.values[1].slice(0, 2)).toEqual(['Neuer Lead', '1']);
    expect(s.Leads.validations['G2:G1000'].helpText).toBe('Ein Datum, z. B. 24.12.2026.');
    expect(s.Einstellungen.values[2].slice(0, 2)).toEqual(['Sprache', 'Deutsch']);
    expect(lastDialog(emu)).toContain('Angelegt: Leads, Kontaktpunkte');
  });

  it('a second run in German changes nothing; a German repair names the cells in German', () => {
    const { emu } = setUp({ locale: 'de_DE' });
    const before = sheetsAndProperties(emu);
    expect(emu.menu('setUp').error).toBeNull();
    expect(sheetsAndProperties(emu)).toEqual(before);
    expect(lastDialog(emu)).toBe('Alles in Ordnung: 13 Tabs geprüft, nichts musste geändert werden.');
    emu.edit('Leads', 'C1', 'Frima');
    emu.clear('Leads', 'F1');
    emu.renameSheet('Phasen', 'Pipeline-Phasen');
    emu.menu('setUp');
    const s = exportState(emu.world).sheets;
    expect(s.Leads.values[0].slice(2, 6)).toEqual(['Firma', 'E-Mail', 'Phase', 'Verantwortlich']);
    expect(lastDialog(emu)).toMatch(/C1.*„Frima“.*„Firma“/);
    expect(lastDialog(emu)).toContain('F1');
    expect(lastDialog(emu)).toContain('Pipeline-Phasen');
  });

  it('labels the menu in the language chosen at Set up from then on', () => {
    const emu = opsmind();
    emu.open();
    emu.respond([{ button: 'OK', text: '' }, { button: 'OK', text: 'Deutsch' }]);
    emu.menu('setUp');
    emu.open();
    expect(emu.world.ui.menus[0].items[0].label).toBe('Einrichten / reparieren');
  });
});

describe('a second Set up / repair', () => {
  it('changes nothing when all is well: sheets, rules, formats, protections and properties identical', () => {
    const { emu } = setUp();
    const before = sheetsAndProperties(emu);
    const again = emu.menu('setUp');
    expect(again.error).toBeNull();
    expect(sheetsAndProperties(emu)).toEqual(before);
    expect(lastDialog(emu)).toBe('Everything is in order: 13 tabs checked, nothing needed changing.');
  });

  it('leaves the Leads edits their copy of Stages and Settings, as the tabs say it, so the first edit reads neither', () => {
    const { emu } = setUp();
    const key = 'opsmind.hygiene.snapshot';
    const stored = exportState(emu.world).properties.document[key];
    expect(JSON.parse(stored)).toMatchObject({ lang: 'en', currency: 'EUR', settings: { enforcement: 'strict' } });
    const [edit] = emu.edit('Leads', 'B2', 'Ada Lovelace').executions;
    expect(edit.error).toBeNull();
    // The header, the edited row and the Lead ID column (for the first ID): no Stages or Settings read, no copy made.
    expect(edit.calls['Range.getValues']).toBe(1);
    expect(edit.calls['Sheet.getSheetValues']).toBe(2);
    expect(edit.calls['Properties.setProperty']).toBeUndefined();
    // A Settings edit that changes nothing reads the tabs again: the copy Set up stored is what they hold.
    emu.edit('Settings', { row: { Key: 'Enforcement' }, column: 'Value' }, 'Strict');
    expect(exportState(emu.world).properties.document[key]).toBe(stored);
  });

  it('stays within 60 service calls and reads no row one by one', () => {
    const { emu } = setUp();
    const again = emu.menu('setUp');
    expect(again.totalCalls).toBeLessThanOrEqual(60);
    const writes = Object.keys(again.calls).filter((m) => /^(set|insert|protect|remove|delete|hide|clear|append)/.test(m.split('.')[1]) && !m.startsWith('DataValidation'));
    expect(writes).toEqual([]);
  });
});
