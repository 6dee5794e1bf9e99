// End to end: a Leads tab built with seed 004's old headers comes up to the current schema on Set up / repair, with all its data.
import { describe, expect, it } from 'vitest';
import { exportState } from '../../emulator/export/state.js';
import { lastDialog, opsmind, sheetsAndProperties } from './opsmind.js';

const seed004 = [
  ['id', 'lead_id', 'name', 'company_name', 'email', 'stage', 'last_contact_date', 'fit_score', 'priority', 'next_action'],
  [1, '', 'Anna Schmidt', 'Schmidt GmbH', 'anna@schmidt.de', 'New Lead', '2025-06-20', 0.8, 'high', 'Call Monday'],
  [2, 'L-0002', 'Bob Lee', 'Lee Ltd', 'bob@lee.co.uk', 'Contacted', '2025-06-21', 0.4, 'low', ''],
  [3, '3', 'Chris Wu', 'Wu AG', 'chris@wu.ch', 'Response', '', '', '', ''],
  ['', 'L-0004', 'Dana Roth', 'Roth KG', 'dana@roth.de', 'New Lead', '', '', '', ''],
];

function oldWorkbook() {
  const emu = opsmind();
  emu.open();
  emu.renameSheet('Sheet1', 'Leads');
  emu.paste('Leads', 'A1', seed004);
  return emu;
}

describe('the seed 004 migration', () => {
  it('merges id into Lead ID, renames snake_case headers and keeps every value and column people added', () => {
    const emu = oldWorkbook();
    const run = emu.menu('Set up / repair');
    expect(run.error).toBeNull();
    expect(emu.world.ui.dialogs.filter((d) => d.kind === 'prompt')).toEqual([]);
    const leads = exportState(emu.world).sheets.Leads;
    expect(leads.values[0].slice(0, 10)).toEqual(['id (before migration)', 'Lead ID', 'Name', 'Company', 'Email', 'Stage', 'Last Contact Date', 'fit_score', 'priority', 'Next Step']);
    expect(leads.raw.slice(1).map((r) => r.slice(0, 4))).toEqual([
      [1, 1, 'Anna Schmidt', 'Schmidt GmbH'],
      [2, 'L-0002', 'Bob Lee', 'Lee Ltd'],
      [3, 3, 'Chris Wu', 'Wu AG'],
      ['', 'L-0004', 'Dana Roth', 'Roth KG'],
    ]);
    expect(leads.raw[1].slice(7, 10)).toEqual([0.8, 'high', 'Call Monday']);
    expect(leads.values[0].slice(10, 13)).toEqual(['Owner', 'Source', 'First Contact Date']);
    expect(leads.values[0]).toHaveLength(10 + 31);
    const summary = lastDialog(emu);
    expect(summary).toContain('Row 3: “Lead ID” is “L-0002” but “id” was “2”; the old value is kept in “id (before migration)”.');
    expect(summary).toContain('Tab “Leads”: header “company_name” renamed to “Company”.');
    expect(summary).toContain('Leads: missing columns added: Owner (K)');
    expect(JSON.parse(exportState(emu.world).properties.document['opsmind.schemaVersion'])).toBe(1);
  });

  it('drops an id column whose values all agree, and is not run twice', () => {
    const emu = opsmind();
    emu.open();
    emu.renameSheet('Sheet1', 'Leads');
    emu.paste('Leads', 'A1', [['id', 'lead_id', 'name'], [7, '', 'A'], [8, '8', 'B']]);
    emu.menu('Set up / repair');
    const leads = exportState(emu.world).sheets.Leads;
    expect(leads.values[0].slice(0, 3)).toEqual(['Lead ID', 'Name', 'Company']);
    expect(leads.raw.slice(1).map((r) => r.slice(0, 2))).toEqual([[7, 'A'], [8, 'B']]);
    expect(leads.values.slice(1).map((r) => r[0])).toEqual(['7', '8']);
    const before = sheetsAndProperties(emu);
    emu.menu('Set up / repair');
    expect(sheetsAndProperties(emu)).toEqual(before);
  });

  it('leaves a spreadsheet set up by a newer OpsMind alone, with a message', () => {
    const emu = oldWorkbook();
    emu.world.properties.document.set(emu.spreadsheet.id, new Map([['opsmind.schemaVersion', '9'], ['opsmind.setup', '{"lang":"en"}']]));
    emu.menu('Set up / repair');
    expect(exportState(emu.world).sheets.Leads.values[0][0]).toBe('id');
    expect(lastDialog(emu)).toContain('set up by a newer OpsMind (schema version 9)');
  });
});
