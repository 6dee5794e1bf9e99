// End to end: bad input gets a message naming the tab and cell, pointing to Set up / repair, and nothing is deleted.
import { describe, expect, it } from 'vitest';
import { exportState } from '../../emulator/export/state.js';
import { findSheet } from '../../emulator/spreadsheet/spreadsheet-store.js';
import { lastDialog, setUp, sheetsAndProperties } from './opsmind.js';

const lead = ['', 'Bob Lee', 'Lee Ltd', 'bob@lee.co.uk', 'New Lead', 'bob@example.com', '11/12/2026'];

describe('a renamed tab', () => {
  it('keeps working under its new name, and the summary says so', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A2', [lead]);
    emu.renameSheet('Leads', 'Pipeline');
    emu.renameSheet('Stages', 'Pipeline stages');
    emu.menu('setUp');
    const state = exportState(emu.world);
    expect(Object.keys(state.sheets)).not.toContain('Leads');
    expect(state.sheets.Pipeline.values[1][1]).toBe('Bob Lee');
    expect(state.sheets.Pipeline.validations['E2:E1000'].args).toEqual(["'Pipeline stages'!A2:A1000"]);
    expect(lastDialog(emu)).toContain('The tab “Leads” is now called “Pipeline”; OpsMind keeps using it.');
    expect(JSON.parse(state.properties.document['opsmind.tab.leads']).name).toBe('Pipeline');
    const before = sheetsAndProperties(emu);
    emu.menu('setUp');
    expect(sheetsAndProperties(emu)).toEqual(before);
  });
});

describe('broken headers', () => {
  it('corrects a header typo and names the cell', () => {
    const { emu } = setUp();
    emu.edit('Leads', 'C1', 'Compnay');
    emu.menu('setUp');
    expect(exportState(emu.world).sheets.Leads.values[0][2]).toBe('Company');
    expect(lastDialog(emu)).toContain('Leads: header C1 read “Compnay”; corrected to “Company”.');
  });

  it('takes back a header typed over another column’s name', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A2', [[...lead, 'Referral']]);
    emu.edit('Leads', 'H1', 'Company');
    emu.menu('setUp');
    const leads = exportState(emu.world).sheets.Leads;
    expect(leads.values[0][7]).toBe('Source');
    expect(leads.values[1][7]).toBe('Referral');
    expect(lastDialog(emu)).toContain('Leads: header H1 read “Company”; corrected to “Source”.');
  });

  it('names both columns of a duplicate header a person added, and deletes nothing', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A2', [lead]);
    emu.insertColumn('Leads', 'B', 'Email');
    emu.edit('Leads', 'B2', 'private@lee.co.uk');
    emu.menu('setUp');
    const leads = exportState(emu.world).sheets.Leads;
    expect(leads.values[1].slice(1, 6)).toEqual(['private@lee.co.uk', 'Bob Lee', 'Lee Ltd', 'bob@lee.co.uk', 'New Lead']);
    expect(lastDialog(emu)).toBe('Please look at:\n• Tab “Leads” has the column “Email” more than once (columns E, B); OpsMind uses column E. Rename or remove the others, then run OpsMind › Set up / repair.');
    expect(exportState(emu.world).sheets.Leads.validations['B2:B1000']).toBeUndefined();
  });

  it('tells the person typing which column is missing, by the tab’s current name, and writes nothing', () => {
    const { emu } = setUp();
    emu.renameSheet('Leads', 'Pipeline');
    emu.clear('Pipeline', 'E1');
    emu.edit('Pipeline', 'B2', 'Ada Lovelace');
    expect(emu.world.ui.toasts.at(-1)?.message).toBe('Tab “Pipeline” has no column “Stage”. Run OpsMind › Set up / repair to restore it.');
    expect(exportState(emu.world).sheets.Pipeline.values[1].slice(0, 2)).toEqual(['', 'Ada Lovelace']);
    emu.clear('Tasks', 'A1');
    emu.edit('Tasks', 'B2', 'Send deck');
    expect(emu.world.ui.toasts.at(-1)?.message).toBe('Tab “Tasks” has no column “Task ID”. Run OpsMind › Set up / repair to restore it.');
  });

  it('Check all rows names a tab it could not check instead of reporting no problems', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A2', [lead]);
    emu.clear('Leads', 'E1');
    expect(emu.menu('checkAllRows').error).toBeNull();
    const text = lastDialog(emu);
    expect(text).toContain('Tab “Leads” has no column “Stage”. Run OpsMind › Set up / repair to restore it.');
    expect(text).not.toContain('No problems found');
  });

  it('reads OpsMind’s own column when a person adds a second one of the same name, in edits and in Check all rows', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A2', [['', 'Bob Lee', 'Lee Ltd', '', 'New Lead', 'bob@example.com', '11/12/2026']]);
    emu.insertColumn('Leads', 'B', 'Email');
    emu.edit('Leads', 'B2', 'private@lee.co.uk');
    const hygieneAt = () => {
      const leads = exportState(emu.world).sheets.Leads;
      return String(leads.values[1][leads.values[0].indexOf('Hygiene')]);
    };
    // Set up put Email in E (now F): its cell is empty, whatever the person's own column B holds.
    expect(hygieneAt()).toContain('Email');
    emu.menu('checkAllRows');
    expect(hygieneAt()).toContain('Email');
    expect(exportState(emu.world).sheets.Leads.values[1][1]).toBe('private@lee.co.uk');
  });

  it('restores a cleared header cell where the column was', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A2', [lead]);
    emu.clear('Leads', 'F1');
    emu.menu('setUp');
    expect(exportState(emu.world).sheets.Leads.values[0][5]).toBe('Owner');
    expect(lastDialog(emu)).toContain('Leads: the empty header F1 was restored as “Owner”.');
  });
});

describe('editing the Stages tab', () => {
  it('rebuilds the Stage dropdown and the hygiene flags for a new stage', () => {
    const { emu } = setUp();
    emu.paste('Stages', 'A11', [['Discovery', 10, 'Needs understood', 'Scope agreed', 48, 0.25, 'Pipeline', 'Name, Company, Email', 'Open']]);
    emu.edit('Stages', 'A11', 'Discovery');
    const state = exportState(emu.world);
    const rules = state.sheets.Leads.conditionalFormats.map((r) => (r.condition.values as string[])[0]);
    expect(rules.some((f) => f.includes('OpsMind: stage Discovery'))).toBe(true);
    expect(rules.find((f) => f.startsWith('=AND(ISTEXT("OpsMind: required for the stage"),$Z2'))).toContain('$E2="Discovery"');
    expect(state.sheets.Leads.validations['E2:E1000'].args).toEqual(['Stages!A2:A1000']);
    expect(emu.world.ui.toasts.at(-1)?.message).toBe('Stages updated: the Stage dropdown and the hygiene flags now follow 10 stages.');
    emu.edit('Leads', 'E2', 'Discovery');
    expect(exportState(emu.world).sheets.Leads.backgrounds.E2).toBeDefined();
  });

  it('reads the Stages tab once per Stages edit, and only Settings on a Settings edit', () => {
    const { emu } = setUp();
    const [onStages] = emu.edit('Stages', 'E3', 48).executions;
    // Stages (once, for the dropdown, the flags and the Leads snapshot); then the Leads header, and Settings for the snapshot.
    expect(onStages.calls['Sheet.getDataRange']).toBe(1);
    expect(onStages.calls['Sheet.getSheetValues']).toBe(2);
    const [onSettings] = emu.edit('Settings', { row: { Key: 'Enforcement' }, column: 'Value' }, 'Soft').executions;
    expect((onSettings.calls['Sheet.getDataRange'] ?? 0) + (onSettings.calls['Sheet.getSheetValues'] ?? 0)).toBe(1);
  });

  it('points the dropdown at the Stage column wherever it moved in the Stages tab', () => {
    const { emu } = setUp();
    emu.moveColumn('Stages', 'A', 'C');
    emu.edit('Stages', 'D2', 'Contact captured');
    expect(exportState(emu.world).sheets.Leads.validations['E2:E1000'].args).toEqual(['Stages!C2:C1000']);
  });

  it('notes a duplicate stage, an unknown required field and a negative SLA on their cells, deleting nothing', () => {
    const { emu } = setUp();
    const before = exportState(emu.world).sheets.Stages.values;
    emu.edit('Stages', 'A3', 'New Lead');
    emu.edit('Stages', 'H2', 'Name, Compnay');
    emu.edit('Stages', 'E4', -5);
    const stages = exportState(emu.world).sheets.Stages;
    expect(stages.values.length).toBe(before.length);
    expect(stages.notes).toEqual({
      A3: 'OpsMind: Cell A3: the stage “New Lead” is listed twice (first in row 2).',
      H2: 'OpsMind: Cell H2: “Compnay” is not a column of Leads.',
      E4: 'OpsMind: Cell E4: SLA hours must be 0 or more, not -5.',
    });
    expect(emu.world.ui.toasts.at(-1)?.message).toBe('3 problem(s) in “Stages”, the cells have notes: Cell H2: “Compnay” is not a column of Leads.');
    emu.edit('Stages', 'A3', 'Contacted');
    expect(Object.keys(exportState(emu.world).sheets.Stages.notes)).toEqual(['H2', 'E4']);
  });

  it('names the tab and column when the Stages header is cleared, and points to Set up / repair', () => {
    const { emu } = setUp();
    emu.clear('Stages', 'A1');
    expect(emu.world.ui.toasts.at(-1)?.message).toContain('Tab “Stages” has no column “Stage”. Run OpsMind › Set up / repair to restore it.');
    expect(exportState(emu.world).sheets.Stages.notes.A1).toContain('has no column “Stage”');
    emu.menu('setUp');
    expect(exportState(emu.world).sheets.Stages.values[0][0]).toBe('Stage');
    expect(exportState(emu.world).sheets.Stages.notes).toEqual({});
  });

  it('keeps the stages it had while a Stages header is broken: flags stay, and a refused change restores the stage name', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A2', [lead]);
    const flags = exportState(emu.world).sheets.Leads.conditionalFormats.length;
    emu.edit('Stages', 'H1', 'Requird Fields');
    expect(emu.world.ui.toasts.at(-1)?.message).toBe(
      'OpsMind cannot read any stage from “Stages”: Tab “Stages” has no column “Required Fields”. Run OpsMind › Set up / repair to restore it. ' +
        'Until this is fixed, the Stage dropdown, the hygiene flags and the checks keep the stages they had.',
    );
    expect(exportState(emu.world).sheets.Leads.conditionalFormats.length).toBe(flags);
    // The note sits on the misspelt header itself.
    expect(Object.keys(exportState(emu.world).sheets.Stages.notes)).toEqual(['H1']);
    // Strict: Offer Sent asks for fields this lead lacks; the cell goes back to the stage's name, never an internal key.
    emu.edit('Leads', 'E2', 'Offer Sent');
    const leads = exportState(emu.world).sheets.Leads;
    expect(leads.values[1][4]).toBe('New Lead');
    expect(leads.notes.E2).toContain('Offer Sent');
    emu.menu('setUp');
    expect(exportState(emu.world).sheets.Stages.values[0][7]).toBe('Required Fields');
    expect(exportState(emu.world).sheets.Stages.notes).toEqual({});
  });

  it('renames a stage on every lead in it, and a refused change later goes back to the new name', () => {
    const { emu } = setUp();
    const other = ['', 'Ana Ruiz', 'Ruiz SL', 'ana@ruiz.es', 'Contacted', 'anna@example.com', '11/12/2026', 'Referral', '11/10/2026'];
    // Soft while the leads come in, so each keeps the stage it was typed with; Strict again for the rename.
    const enforcement = { row: { Key: 'Enforcement' }, column: 'Value' };
    emu.edit('Settings', enforcement, 'Soft');
    emu.paste('Leads', 'A2', [lead, lead.map((v, i) => (i === 1 ? 'Cleo Park' : v)), other]);
    emu.edit('Settings', enforcement, 'Strict');
    const before = exportState(emu.world).sheets.Leads.values.slice(1, 4).map((r) => r[4]);
    expect(before).toEqual(['New Lead', 'New Lead', 'Contacted']);
    const [run] = emu.edit('Stages', 'A2', 'Fresh Lead').executions;
    expect(run.error).toBeNull();
    expect(emu.world.ui.toasts.at(-1)?.message).toBe(
      'Stage “New Lead” renamed to “Fresh Lead” on 2 lead(s). Stages updated: the Stage dropdown and the hygiene flags now follow 9 stages.',
    );
    const leads = exportState(emu.world).sheets.Leads;
    expect(leads.values.slice(1, 4).map((r) => r[4])).toEqual(['Fresh Lead', 'Fresh Lead', 'Contacted']);
    // The flags colour the new name; Stage History keeps what happened under the old one.
    expect(leads.conditionalFormats.some((r) => (r.condition.values as string[])[0].includes('$E2="Fresh Lead"'))).toBe(true);
    // Strict: Offer Sent asks for fields this lead lacks; the remembered stage is the renamed one.
    emu.edit('Leads', 'E2', 'Offer Sent');
    expect(exportState(emu.world).sheets.Leads.values[1][4]).toBe('Fresh Lead');
    expect(exportState(emu.world).sheets['Stage History'].values.at(-1)).toContain('Fresh Lead');
    // Stage History keeps what happened under the old name (the leads' first entries).
    const history = exportState(emu.world).sheets['Stage History'].values.slice(1);
    expect(history.filter((r) => r.includes('New Lead')).length).toBeGreaterThanOrEqual(2);
    // Typing the same name again, or a name another row has, renames nothing.
    emu.edit('Stages', 'A2', 'Fresh Lead');
    emu.edit('Stages', 'A3', 'Fresh Lead');
    expect(exportState(emu.world).sheets.Leads.values.slice(1, 4).map((r) => r[4])).toEqual(['Fresh Lead', 'Fresh Lead', 'Contacted']);
  });

  it('never merges two stages: another stage’s German name is reported on its cell, and the leads keep theirs', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A2', [lead]);
    emu.edit('Stages', 'A2', 'Kontaktiert');
    expect(exportState(emu.world).sheets.Leads.values[1][4]).toBe('New Lead');
    expect(exportState(emu.world).sheets.Stages.notes.A3).toContain('Kontaktiert');
    expect(emu.world.ui.toasts.at(-1)?.message).toMatch(/^1 problem\(s\) in “Stages”/);
    // Back to its own name: nothing was renamed, so nothing is renamed back.
    emu.edit('Stages', 'A2', 'New Lead');
    expect(exportState(emu.world).sheets.Leads.values[1][4]).toBe('New Lead');
    expect(exportState(emu.world).sheets.Stages.notes).toEqual({});
  });

  it('says how to finish a rename that other edits kept from the leads; the new name can be picked meanwhile', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A2', [lead]);
    emu.world.faults.lockContention = true;
    emu.edit('Stages', 'A2', 'Fresh Lead');
    emu.world.faults.lockContention = false;
    expect(emu.world.ui.toasts.at(-1)?.message).toMatch(/^OpsMind was busy with other edits, so the leads still show “New Lead”: type “New Lead” back, then “Fresh Lead” again/);
    expect(exportState(emu.world).sheets.Leads.values[1][4]).toBe('New Lead');
    // The Leads checks know the new name already (the dropdown offers it): picking it is no unknown stage.
    emu.paste('Leads', 'A3', [lead.map((v, i) => (i === 1 ? 'Cleo Park' : i === 4 ? 'Fresh Lead' : v))]);
    expect(exportState(emu.world).sheets.Leads.values[2][4]).toBe('Fresh Lead');
    expect(exportState(emu.world).sheets.Leads.notes.E3).toBeUndefined();
    emu.edit('Stages', 'A2', 'New Lead');
    emu.edit('Stages', 'A2', 'Fresh Lead');
    expect(exportState(emu.world).sheets.Leads.values.slice(1, 3).map((r) => r[4])).toEqual(['Fresh Lead', 'Fresh Lead']);
  });

  it('restores a stage pasted away in the Stages tab by its name, never by an internal key', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A2', [lead]);
    // A paste carries no old value: nothing is renamed, and the leads' "New Lead" is no stage any more.
    emu.paste('Stages', 'A2', [['Fresh Lead', 1]]);
    expect(exportState(emu.world).sheets.Leads.values[1][4]).toBe('New Lead');
    emu.edit('Leads', 'E2', 'Offer Sent');
    const leads = exportState(emu.world).sheets.Leads;
    expect(leads.values[1][4]).toBe('New Lead');
    expect(exportState(emu.world).sheets['Stage History'].values.at(-1)).toContain('New Lead');
  });

  it('renames a stage in Stages only while the Leads Stage column is missing, and says how to carry it over later', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A2', [lead]);
    emu.clear('Leads', 'E1');
    emu.edit('Stages', 'A2', 'Fresh Lead');
    expect(emu.world.ui.toasts.at(-1)?.message).toMatch(/not rebuilt: .*The leads still show “New Lead”: once Set up \/ repair has restored the Leads tab, type “New Lead” back, then “Fresh Lead” again/);
    emu.menu('setUp');
    emu.edit('Stages', 'A2', 'New Lead');
    emu.edit('Stages', 'A2', 'Fresh Lead');
    expect(exportState(emu.world).sheets.Leads.values[1][4]).toBe('Fresh Lead');
  });

  it('says which Leads column is missing when it cannot rebuild the flags, and points to Set up / repair', () => {
    const { emu } = setUp();
    emu.clear('Leads', 'E1');
    emu.edit('Stages', 'D2', 'First message sent');
    expect(emu.world.ui.toasts.at(-1)?.message).toBe(
      'The hygiene flags were not rebuilt: Tab “Leads” has no column “Stage”. Run OpsMind › Set up / repair to restore it.',
    );
  });

  it('rebuilds the flags when a stage row is deleted (a change, not an edit), once automations are on', () => {
    const { emu } = setUp();
    emu.menu('Turn on automations');
    emu.paste('Leads', 'A2', [lead]);
    const flagsOf = () => exportState(emu.world).sheets.Leads.conditionalFormats.map((r) => (r.condition.values as string[])[0]);
    expect(flagsOf().some((f) => f.includes('Nurturing'))).toBe(true);
    const runs = emu.deleteRows('Stages', 10, 1);
    expect(runs.map((r) => [r.function, r.error])).toEqual([['onSheetChange', null]]);
    // The Stages values read for the comparison are the ones the rebuild uses: the tab is read once.
    expect(runs[0].calls['Range.getValues']).toBeUndefined();
    expect(flagsOf().some((f) => f.includes('Nurturing'))).toBe(false);
    expect(emu.world.ui.toasts.at(-1)?.message).toBe('Stages updated: the Stage dropdown and the hygiene flags now follow 8 stages.');
    // The Leads edits follow the tab too: Nurturing is no stage any more (Strict keeps the lead where it was).
    emu.edit('Leads', 'E2', 'Nurturing');
    expect(exportState(emu.world).sheets.Leads.values[1][4]).toBe('New Lead');
    // A change elsewhere that leaves Stages as it was rebuilds nothing.
    const toasts = emu.world.ui.toasts.length;
    const [other] = emu.deleteRows('Leads', 5, 1);
    expect(other.error).toBeNull();
    expect(other.calls['Sheet.setConditionalFormatRules']).toBeUndefined();
    expect(emu.world.ui.toasts.length).toBe(toasts);
  });

  it('still finds the Stages tab by its id after it was renamed', () => {
    const { emu } = setUp();
    emu.renameSheet('Stages', 'Pipeline');
    emu.edit('Pipeline', 'A3', 'New Lead');
    expect(emu.world.ui.toasts.at(-1)?.message).toContain('1 problem(s)');
  });
});

describe('a Settings value OpsMind cannot use', () => {
  const settingsNote = (emu: ReturnType<typeof setUp>['emu'], a1: string, tab = 'Settings') => {
    const sheet = findSheet(emu.spreadsheet, tab)!;
    const m = /^([A-Z])(\d+)$/.exec(a1)!;
    return sheet.notes.get(Number(m[2]) - 1, m[1].charCodeAt(0) - 65) ?? '';
  };
  const rowOf = (emu: ReturnType<typeof setUp>['emu'], label: string, tab = 'Settings') => exportState(emu.world).sheets[tab].values.findIndex((r) => r[0] === label) + 1;

  it('is named on its cell and in a toast, stays as typed, and the note goes once it is fixed (a person’s own note stays)', () => {
    const { emu } = setUp();
    const row = rowOf(emu, 'Digest Hour');
    findSheet(emu.spreadsheet, 'Settings')!.notes.set(row - 1, 1, 'Agreed with Ben in the Monday call');
    const run = emu.edit('Settings', { row: { Key: 'Digest Hour' }, column: 'Value' }, 25).executions[0];
    expect(run.error).toBeNull();
    const said = `Settings, cell B${row} (Digest Hour): 25 is above the maximum of 23. Using the default, 8.`;
    expect(emu.world.ui.toasts.at(-1)?.message).toBe(said);
    expect(settingsNote(emu, `B${row}`)).toBe(`Agreed with Ben in the Monday call\nOpsMind: ${said}`);
    expect(String(exportState(emu.world).sheets.Settings.values[row - 1][1])).toBe('25');
    emu.edit('Settings', { row: { Key: 'Digest Hour' }, column: 'Value' }, 7);
    expect(settingsNote(emu, `B${row}`)).toBe('Agreed with Ben in the Monday call');
  });

  it('names a follow-up step it cannot read, on a German sheet too, and Set up / repair lists it in its summary', () => {
    const { emu } = setUp({ locale: 'de_DE' });
    const row = rowOf(emu, 'Nachfass-Sequenz', 'Einstellungen');
    emu.edit('Einstellungen', { row: { Schlüssel: 'Nachfass-Sequenz' }, column: 'Wert' }, '2:E-Mail, bald: Anruf');
    const said = `Einstellungen, Zelle B${row} (Nachfass-Sequenz): „bald: Anruf“ ist kein Nachfass-Schritt; bitte Tag:Kanal schreiben, z. B. 2:E-Mail.`;
    expect(settingsNote(emu, `B${row}`, 'Einstellungen')).toBe(`OpsMind: ${said}`);
    expect(emu.world.ui.toasts.at(-1)?.message).toBe(said);
    emu.menu('setUp');
    expect(lastDialog(emu)).toContain(said);
  });
});

describe('the Language setting', () => {
  it('switches messages at once and says that tab names and headers keep the language Set up laid out', () => {
    const { emu } = setUp();
    emu.paste('Leads', 'A2', [lead]);
    emu.edit('Settings', { row: { Key: 'Language' }, column: 'Value' }, 'Deutsch');
    expect(emu.world.ui.toasts.at(-1)?.message).toBe(
      'Sprache: Deutsch. Zeilenprüfungen, ihre Notizen, E-Mails und Berichte folgen ihr ab jetzt; Tab-Namen, Überschriften, Auswahllisten, das Menü und Einrichten / reparieren behalten die Sprache der Einrichtung (OpsMind liest beide).',
    );
    // The next message is German, on the English tabs; editing another setting says nothing about the language again.
    emu.edit('Leads', 'E2', 'Offer Sent');
    expect(emu.world.ui.toasts.at(-1)?.message).toContain('Angebot');
    const toasts = emu.world.ui.toasts.length;
    emu.edit('Settings', { row: { Key: 'Digest Hour' }, column: 'Value' }, 9);
    expect(emu.world.ui.toasts.length).toBe(toasts);
    expect(exportState(emu.world).sheets.Leads.values[0][4]).toBe('Stage');
    // A Stages edit speaks German too, its notes included.
    emu.edit('Stages', 'E4', -5);
    expect(emu.world.ui.toasts.at(-1)?.message).toMatch(/^1 Problem\(e\) in „Stages“/);
    expect(exportState(emu.world).sheets.Stages.notes.E4).toContain('Zelle E4');
    emu.edit('Settings', { row: { Key: 'Language' }, column: 'Value' }, 'English');
    expect(emu.world.ui.toasts.at(-1)?.message).toMatch(/^Language: English\. Row checks, their notes/);
  });
});
