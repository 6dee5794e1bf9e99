// End to end: Set up / repair restores what OpsMind owns and never touches people's data, columns, rules or formats.
import { describe, expect, it } from 'vitest';
import { exportState } from '../../emulator/export/state.js';
import { reindexSheets } from '../../emulator/spreadsheet/spreadsheet-store.js';
import { lastDialog, setUp, sheetModel, sheetsAndProperties } from './opsmind.js';

const lead = ['', 'Anna Schmidt', 'Schmidt GmbH', 'anna@schmidt.de', 'Contacted', 'anna@example.com', '11/10/2026', 'LinkedIn'];

/** Set up in Soft enforcement: the pasted lead misses fields Contacted asks for, and these tests are about Set up, not hygiene. */
function setUpSoft(): ReturnType<typeof setUp> {
  const out = setUp();
  out.emu.edit('Settings', { row: { Key: 'Enforcement' }, column: 'Value' }, 'Soft');
  return out;
}

function repaired(emu: ReturnType<typeof setUp>['emu']) {
  const r = emu.menu('setUp');
  expect(r.error).toBeNull();
  return { record: r, summary: lastDialog(emu), state: exportState(emu.world) };
}

describe('Set up / repair keeps what people added', () => {
  it('leaves a column a person inserted, with its data, and stays idempotent', () => {
    const { emu } = setUpSoft();
    emu.paste('Leads', 'A2', [lead]);
    emu.insertColumn('Leads', 'F', 'My Notes');
    emu.edit('Leads', 'F2', 'met at a fair');
    const { state, summary } = repaired(emu);
    const leads = state.sheets.Leads;
    expect(leads.values[0].slice(4, 8)).toEqual(['Stage', 'My Notes', 'Owner', 'Last Contact Date']);
    expect(leads.values[1].slice(1, 7)).toEqual(['Anna Schmidt', 'Schmidt GmbH', 'anna@schmidt.de', 'Contacted', 'met at a fair', 'anna@example.com']);
    expect(leads.validations['F2:F1000']).toBeUndefined();
    expect(leads.validations['G2:G1000'].criteria).toBe('TEXT_IS_VALID_EMAIL');
    expect(summary).toBe('Everything is in order: 13 tabs checked, nothing needed changing.');
    const before = sheetsAndProperties(emu);
    emu.menu('setUp');
    expect(sheetsAndProperties(emu)).toEqual(before);
  });

  it('follows a column a person moved: its rule moves with it and the flags point at its new place', () => {
    const { emu } = setUpSoft();
    emu.paste('Leads', 'A2', [lead]);
    emu.moveColumn('Leads', 'E', 'B');
    const { state } = repaired(emu);
    const leads = state.sheets.Leads;
    expect(leads.values[0].slice(0, 5)).toEqual(['Lead ID', 'Stage', 'Name', 'Company', 'Email']);
    expect(leads.values[1].slice(1, 3)).toEqual(['Contacted', 'Anna Schmidt']);
    expect(leads.validations['B2:B1000'].criteria).toBe('VALUE_IN_RANGE');
    const stageRules = leads.conditionalFormats.filter((r) => r.ranges[0] === 'B2:B1000');
    expect(stageRules.length).toBe(10);
    const formulas = leads.conditionalFormats.map((r) => (r.condition.values as string[])[0]);
    expect(formulas.filter((f) => f.includes('$E2="New Lead"'))).toEqual([]);
    expect(formulas.find((f) => f.includes('$E2=""'))).toContain('$B2="New Lead"');
    expect(leads.backgrounds.B2).toBe('#d2e3fc');
    const before = sheetsAndProperties(emu);
    emu.menu('setUp');
    expect(sheetsAndProperties(emu)).toEqual(before);
  });

  it('keeps a person’s own conditional format rule when it rebuilds its flags', () => {
    const { emu } = setUp();
    const leads = sheetModel(emu, 'Leads');
    const mine = { ranges: [{ sheetId: leads.id, r1: 1, c1: 7, r2: 999, c2: 7 }], condition: { type: 'TEXT_EQ' as const, values: ['LinkedIn'] }, format: { background: '#ffff00' } };
    leads.conditionalFormats.unshift(mine);
    emu.moveColumn('Leads', 'E', 'C');
    const { state, summary } = repaired(emu);
    const rules = state.sheets.Leads.conditionalFormats;
    expect(rules[0]).toEqual({ ranges: ['H2:H1000'], condition: { type: 'TEXT_EQ', values: ['LinkedIn'] }, format: { background: '#ffff00' } });
    expect(rules.length).toBe(35);
    expect(summary).toContain('Leads: hygiene flags rebuilt from the stages (34 rules); your own conditional formats were kept.');
  });
});

describe('Set up / repair restores what OpsMind owns', () => {
  it('restores a deleted input rule', () => {
    const { emu } = setUp();
    const leads = sheetModel(emu, 'Leads');
    for (let r = 1; r < 1000; r++) leads.validations.set(r, 4, undefined);
    const { state, summary } = repaired(emu);
    expect(state.sheets.Leads.validations['E2:E1000']).toMatchObject({ criteria: 'VALUE_IN_RANGE', args: ['Stages!A2:A1000'] });
    expect(summary).toContain('Leads: input rules restored in Stage.');
  });

  it('freezes a header row it restores, and keeps more frozen rows a person chose', () => {
    const { emu } = setUp();
    sheetModel(emu, 'Leads').frozenRows = 3;
    sheetModel(emu, 'Tasks').frozenRows = 0;
    emu.clear('Leads', 'C1');
    emu.clear('Tasks', 'C1');
    const { state } = repaired(emu);
    expect([state.sheets.Leads.values[0][2], state.sheets.Leads.frozenRows]).toEqual(['Company', 3]);
    expect([state.sheets.Tasks.values[0][2], state.sheets.Tasks.frozenRows]).toEqual(['Title', 1]);
  });

  it('restores a cleared header in place', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A2', [lead]);
    emu.clear('Leads', 'C1');
    const { state, summary } = repaired(emu);
    expect(state.sheets.Leads.values[0][2]).toBe('Company');
    expect(state.sheets.Leads.values[1][2]).toBe('Schmidt GmbH');
    expect(summary).toContain('Leads: the empty header C1 was restored as “Company”.');
  });

  it('re-creates a deleted tab, a deleted protection, a missing setting, and hides the Log again', () => {
    const { emu } = setUp();
    const ss = emu.spreadsheet;
    ss.sheets = ss.sheets.filter((s) => s.name !== 'Risks');
    reindexSheets(ss);
    sheetModel(emu, 'Leads').protections.shift();
    sheetModel(emu, 'Log').hidden = false;
    emu.deleteRows('Settings', 3, 1);
    const { state, summary } = repaired(emu);
    expect(Object.keys(state.sheets).at(-1)).toBe('Risks');
    expect(state.sheets.Leads.protections.map((p) => p.range)).toEqual(['Q1:Q1000', 'AF1:AL1000', 'A1:A1000']);
    expect(state.sheets.Log.hidden).toBe(true);
    expect(state.sheets.Settings.values.at(-1)?.slice(0, 2)).toEqual(['Language', 'English']);
    expect(summary).toContain('Created: Risks.');
    expect(summary).toContain('Settings: settings added with their defaults: Language.');
    expect(summary).toContain('Warning-only protections of the columns OpsMind writes restored (1).');
    expect(summary).toContain('The tab “Log” is hidden again');
  });

  it('re-creates a deleted Stages tab from the preset and points the Stage dropdown at it', () => {
    const { emu } = setUp();
    const ss = emu.spreadsheet;
    ss.sheets = ss.sheets.filter((s) => s.name !== 'Stages');
    reindexSheets(ss);
    const { state, summary } = repaired(emu);
    expect(state.sheets.Stages.values.length).toBe(10);
    expect(state.sheets.Leads.validations['E2:E1000'].args).toEqual(['Stages!A2:A1000']);
    expect(summary).toContain('Created: Stages.');
    expect(summary).toContain('Leads: input rules restored in Stage.');
  });

  it('restores number formats a person cleared, and keeps a date style a person chose', () => {
    const { emu } = setUp();
    const leads = sheetModel(emu, 'Leads');
    const header = exportState(emu.world).sheets.Leads.values[0];
    const offerSent = header.indexOf('Offer Sent Date');
    const nextStepDate = header.indexOf('Next Step Date');
    const wanted = leads.numberFormats.get(1, offerSent);
    // Format › Clear formatting on one column, and another date style chosen for the other (a person's own actions).
    for (let r = 1; r < leads.maxRows; r++) {
      leads.numberFormats.set(r, offerSent, undefined);
      leads.numberFormats.set(r, nextStepDate, 'd mmm yyyy');
    }
    const { summary } = repaired(emu);
    expect(summary).toContain('Leads: number formats restored in Offer Sent Date.');
    expect(leads.numberFormats.get(1, offerSent)).toBe(wanted);
    expect(leads.numberFormats.get(leads.maxRows - 1, offerSent)).toBe(wanted);
    expect(leads.numberFormats.get(1, nextStepDate)).toBe('d mmm yyyy');
    const before = sheetsAndProperties(emu);
    repaired(emu);
    expect(sheetsAndProperties(emu)).toEqual(before);
  });

  it('restores a cleared format over the old rows and the rows pasted below them alike', () => {
    const { emu } = setUp();
    const leads = sheetModel(emu, 'Leads');
    const offerSent = exportState(emu.world).sheets.Leads.values[0].indexOf('Offer Sent Date');
    const wanted = leads.numberFormats.get(1, offerSent);
    for (let r = 1; r < leads.maxRows; r++) leads.numberFormats.set(r, offerSent, undefined);
    emu.paste('Leads', 'A1001', [lead, lead]);
    const { summary, record } = repaired(emu);
    expect(summary).toContain('Leads: number formats restored in Offer Sent Date.');
    expect([1, 999, 1000, 1001].map((r) => leads.numberFormats.get(r, offerSent))).toEqual([wanted, wanted, wanted, wanted]);
    expect(record.totalCalls).toBeLessThan(120);
  });

  it('extends rules and formats to rows pasted below the last row', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A1001', [lead, lead]);
    const { state, summary } = repaired(emu);
    expect(summary).toContain('Leads: input rules, formats and flags extended to rows 1001–1002.');
    expect(state.sheets.Leads.validations['E2:E1002'].criteria).toBe('VALUE_IN_RANGE');
    // Every protection of the columns OpsMind writes reaches the new last row (found by description, not re-read).
    expect(state.sheets.Leads.protections.map((p) => p.range).sort()).toEqual(['A1:A1002', 'AF1:AL1002', 'Q1:Q1002']);
    // Last Contact Date (G) keeps its date format and Lead ID (A) its muted font on the new rows, as on row 2.
    const leads = sheetModel(emu, 'Leads');
    expect(leads.numberFormats.get(1001, 6)).toBe(leads.numberFormats.get(1, 6));
    expect(leads.numberFormats.get(1001, 6)).toMatch(/yyyy|dd|mm/i);
    expect(leads.fontColors.get(1001, 0)).toBe(leads.fontColors.get(1, 0));
    expect(leads.fontColors.get(1001, 0)).toBeDefined();
  });

  it('extends the rules of Touchpoints to rows imported below them, and leaves tabs that did not grow alone', () => {
    const { emu } = setUp();
    const touchpoint = ['', 'L-1', '11/12/2026', 'Email', 'Outbound', 'Intro mail'];
    emu.paste('Touchpoints', 'A1001', [touchpoint, touchpoint, touchpoint]);
    const { state, summary } = repaired(emu);
    expect(summary).toContain('Touchpoints: input rules and formats extended to rows 1001–1003.');
    expect(summary).not.toContain('Costs:');
    const rules = Object.entries(state.sheets.Touchpoints.validations).filter(([a1]) => a1.endsWith('1003'));
    expect(rules.length).toBeGreaterThan(0);
    // A second run finds the new size recorded: nothing to extend.
    const before = sheetsAndProperties(emu);
    repaired(emu);
    expect(sheetsAndProperties(emu)).toEqual(before);
  });
});
