// Touchpoints, the other tabs and "Check all rows" on the built bundle, as people type, paste and click.
import { describe, expect, it } from 'vitest';
import type { ExecutionRecord } from '../../emulator/runtime/execution.js';
import { findSheet, orderedSheets, writeValues } from '../../emulator/spreadsheet/spreadsheet-store.js';
import { contactedLead, hygieneWorld, type HygieneWorld } from './hygiene-fixture.js';
import { lastDialog, opsmind } from './opsmind.js';

/** Types one cell of any tab by header; returns the onEdit execution. */
function typeIn(w: HygieneWorld, tab: string, row: number, header: string, value: unknown): ExecutionRecord {
  const out = w.emu.edit(tab, `${w.col(tab, header)}${row}`, value);
  if (!out.accepted) throw new Error(`refused: ${out.message}`);
  const ex = out.executions.find((e) => e.function === 'onEdit');
  if (!ex || ex.error) throw new Error(`onEdit failed: ${ex?.error}`);
  return ex;
}

function noteOn(w: HygieneWorld, tab: string, row: number, header: string): string {
  const c = w.table(tab)[0].map(String).indexOf(header);
  return findSheet(w.emu.spreadsheet, tab)!.notes.get(row - 1, c) ?? '';
}

function row(w: HygieneWorld, tab: string, n: number): Record<string, unknown> {
  const [header, ...rest] = w.table(tab);
  return Object.fromEntries(header.map((h, i) => [String(h), rest[n - 2]?.[i] ?? '']));
}

describe('Touchpoints as people log them', () => {
  it('a new touchpoint gets an ID and updates the lead’s Last and First Contact Date and Touchpoint Count', () => {
    const w = hygieneWorld();
    w.type(2, 'Name', 'Ada Lovelace');
    typeIn(w, 'Touchpoints', 2, 'Lead ID', 'L-000001');
    typeIn(w, 'Touchpoints', 2, 'Date', '2026-11-12');
    typeIn(w, 'Touchpoints', 2, 'Direction', 'Outbound');
    expect(row(w, 'Touchpoints', 2)['Touchpoint ID']).toBe('TP-000001');
    expect(w.lead(2)).toMatchObject({ 'Touchpoint Count': 1, 'Last Contact Date': new Date('2026-11-11T23:00:00Z'), 'First Contact Date': new Date('2026-11-11T23:00:00Z') });
    w.emu.paste('Touchpoints', `${w.col('Touchpoints', 'Lead ID')}3`, [['L-000001', '2026-11-14']]);
    expect(row(w, 'Touchpoints', 3)['Touchpoint ID']).toBe('TP-000002');
    expect(w.lead(2)).toMatchObject({ 'Touchpoint Count': 2, 'Last Contact Date': new Date('2026-11-13T23:00:00Z'), 'First Contact Date': new Date('2026-11-11T23:00:00Z') });
    // Six reads (header, rows, the tab's own columns, the named leads: header and rows, notes), then one run of writes.
    expect(typeIn(w, 'Touchpoints', 3, 'Direction', 'Inbound').roundTrips).toBeLessThanOrEqual(7);
  });

  it('an unknown Lead ID is flagged on its cell and in a toast, and the touchpoint is kept', () => {
    const w = hygieneWorld();
    typeIn(w, 'Touchpoints', 2, 'Lead ID', 'L-000404');
    expect(row(w, 'Touchpoints', 2)).toMatchObject({ 'Touchpoint ID': 'TP-000001', 'Lead ID': 'L-000404' });
    expect(noteOn(w, 'Touchpoints', 2, 'Lead ID')).toContain('no lead with the ID “L-000404”');
    expect(w.toasts().at(-1)).toContain('L-000404');
    w.type(2, 'Name', 'Ada Lovelace');
    typeIn(w, 'Touchpoints', 2, 'Lead ID', 'L-000001');
    expect(noteOn(w, 'Touchpoints', 2, 'Lead ID')).toBe('');
  });

  it('auto-advance on: the first outbound touchpoint moves New Lead to Contacted through the same validation', () => {
    const w = hygieneWorld();
    w.setting('Auto-advance', 'On');
    const { 'Touchpoint Count': _c, 'First Contact Date': _f, 'Last Contact Date': _l, ...rest } = contactedLead;
    w.typeLead(2, rest);
    typeIn(w, 'Touchpoints', 2, 'Direction', 'Outbound');
    typeIn(w, 'Touchpoints', 2, 'Date', '2026-11-15');
    typeIn(w, 'Touchpoints', 2, 'Lead ID', 'L-000001');
    expect(w.lead(2)).toMatchObject({ Stage: 'Contacted', 'Touchpoint Count': 1, Probability: 0.1 });
    expect(w.rows('Stage History').at(-1)).toMatchObject({ 'From Stage': 'New Lead', 'To Stage': 'Contacted', Result: 'Accepted', Reason: 'Auto-advance: first outbound touchpoint' });
    // The lead's stage memory moved with it: typing on the lead again is no stage change.
    const before = w.rows('Stage History').length;
    w.type(2, 'Company', 'Engines plc');
    expect(w.rows('Stage History')).toHaveLength(before);
  });

  it('auto-advance on: the first inbound touchpoint moves Contacted to Response', () => {
    const w = hygieneWorld();
    w.setting('Auto-advance', 'On');
    w.typeLead(2, contactedLead);
    w.type(2, 'Stage', 'Contacted');
    w.emu.paste('Touchpoints', `${w.col('Touchpoints', 'Lead ID')}2`, [['L-000001', '2026-11-16']]);
    typeIn(w, 'Touchpoints', 2, 'Direction', 'Inbound');
    expect(w.lead(2).Stage).toBe('Response');
    expect(w.rows('Stage History').at(-1)).toMatchObject({ 'From Stage': 'Contacted', 'To Stage': 'Response', Result: 'Accepted', Reason: 'Auto-advance: first inbound touchpoint' });
  });

  it('auto-advance in Strict: a lead missing Contacted’s fields stays, the attempt is Rejected in Stage History', () => {
    const w = hygieneWorld();
    w.setting('Auto-advance', 'On');
    w.type(2, 'Name', 'Ada Lovelace');
    w.emu.paste('Touchpoints', `${w.col('Touchpoints', 'Lead ID')}2`, [['L-000001', '2026-11-15']]);
    typeIn(w, 'Touchpoints', 2, 'Direction', 'Outbound');
    expect(w.lead(2).Stage).toBe('New Lead');
    expect(w.rows('Stage History').at(-1)).toMatchObject({ 'To Stage': 'Contacted', Result: 'Rejected' });
    expect(w.toasts().at(-1)).toMatch(/^L-000001: /);
  });

  it('auto-advance off: touchpoints move no stage', () => {
    const w = hygieneWorld();
    w.typeLead(2, contactedLead);
    w.emu.paste('Touchpoints', `${w.col('Touchpoints', 'Lead ID')}2`, [['L-000001', '2026-11-15']]);
    typeIn(w, 'Touchpoints', 2, 'Direction', 'Outbound');
    expect(w.lead(2).Stage).toBe('New Lead');
  });
});

describe('the other tabs as people type', () => {
  it('Projects, Tasks, Incidents, QA Reviews and Risks rows get their IDs', () => {
    const w = hygieneWorld();
    const first: [string, string, string][] = [
      ['Projects', 'Client', 'P-000001'],
      ['Tasks', 'Title', 'T-000001'],
      ['Incidents', 'Problem', 'INC-000001'],
      ['QA Reviews', 'Notes', 'QA-000001'],
      ['Risks', 'Title', 'R-000001'],
    ];
    for (const [tab, header, id] of first) {
      typeIn(w, tab, 2, header, 'First');
      typeIn(w, tab, 3, header, 'Second');
      const idHeader = String(w.table(tab)[0][0]);
      expect([row(w, tab, 2)[idHeader], row(w, tab, 3)[idHeader]]).toEqual([id, id.replace('1', '2')]);
    }
  });

  it('Risk Score = Probability x Impact', () => {
    const w = hygieneWorld();
    typeIn(w, 'Risks', 2, 'Probability', 4);
    typeIn(w, 'Risks', 2, 'Impact', 3);
    expect(row(w, 'Risks', 2).Score).toBe(12);
    typeIn(w, 'Risks', 2, 'Impact', '');
    expect(row(w, 'Risks', 2).Score).toBe('');
  });

  it('a task set to Done gets Done At; reopened, it loses it', () => {
    const w = hygieneWorld();
    typeIn(w, 'Tasks', 2, 'Title', 'Call Ada');
    expect(row(w, 'Tasks', 2)['Created At']).toBeInstanceOf(Date);
    typeIn(w, 'Tasks', 2, 'Status', 'Done');
    expect(row(w, 'Tasks', 2)['Done At']).toBeInstanceOf(Date);
    typeIn(w, 'Tasks', 2, 'Status', 'Open');
    expect(row(w, 'Tasks', 2)['Done At']).toBe('');
  });

  it('a date it cannot read keeps what was typed, gets a note in plain words, and the note goes once it is fixed', () => {
    const w = hygieneWorld();
    typeIn(w, 'Tasks', 2, 'Title', 'Call Ada');
    typeIn(w, 'Tasks', 2, 'Due Date', 'next tuesday-ish');
    expect(row(w, 'Tasks', 2)['Due Date']).toBe('next tuesday-ish');
    expect(noteOn(w, 'Tasks', 2, 'Due Date')).toMatch(/^OpsMind: Row 2, Due Date: /);
    const fixed = typeIn(w, 'Tasks', 2, 'Due Date', '24.12.2026');
    expect(noteOn(w, 'Tasks', 2, 'Due Date')).toBe('');
    // Header, row and notes read; the row and its note written in one run.
    expect(fixed.roundTrips).toBeLessThanOrEqual(4);
  });

  it('a choice it does not know keeps what was pasted and gets a note naming the choices', () => {
    const w = hygieneWorld();
    const out = w.emu.paste('Tasks', `${w.col('Tasks', 'Title')}2`, [['Call Ada', 'Follow-up', '2026-12-24', 'anna@example.com', 'Finished']]);
    expect(out.accepted).toBe(true);
    expect(row(w, 'Tasks', 2)).toMatchObject({ 'Task ID': 'T-000001', Status: 'Finished' });
    expect(noteOn(w, 'Tasks', 2, 'Status')).toBe('OpsMind: Row 2, Status: “Finished” is not one of: Open, Done, Skipped.');
  });

  it('a person’s own note on a cell stays', () => {
    const w = hygieneWorld();
    const sheet = findSheet(w.emu.spreadsheet, 'Tasks')!;
    const c = w.table('Tasks')[0].map(String).indexOf('Due Date');
    sheet.notes.set(1, c, 'ask Bob');
    typeIn(w, 'Tasks', 2, 'Due Date', 'soonish');
    expect(noteOn(w, 'Tasks', 2, 'Due Date')).toMatch(/^ask Bob\nOpsMind: /);
    typeIn(w, 'Tasks', 2, 'Due Date', '2026-12-24');
    expect(noteOn(w, 'Tasks', 2, 'Due Date')).toBe('ask Bob');
  });
});

describe('Check all rows', () => {
  it('fills what dropped onEdit events left stale on every tab and ends with the Pipeline Hygiene summary per owner', () => {
    const w = hygieneWorld();
    // Rows that arrived without any onEdit (an import, a script, dropped events).
    w.append('Leads', [
      { 'Lead ID': 'L-000001', Name: 'Ada', Company: 'Engines', Email: 'ada@example.com', Stage: 'Contacted', Owner: 'anna@example.com', Source: 'Referral', 'Next Step': 'Call', 'Next Step Date': new Date('2026-11-20T00:00:00Z') },
      { 'Lead ID': 'L-000002', Name: 'Bob', Company: 'Bobs', Stage: 'New Lead', Owner: 'bob@example.com' },
      { Name: 'Cleo', Company: 'Cleos', Owner: 'bob@example.com' },
    ]);
    w.append('Touchpoints', [{ 'Lead ID': 'L-000001', Date: new Date('2026-11-11T23:00:00Z'), Direction: 'Outbound' }]);
    w.append('Risks', [{ Title: 'Key person leaves', Probability: 2, Impact: 5 }]);
    w.append('Tasks', [{ Title: 'Send deck', Status: 'Done' }]);
    const run = w.emu.menu('checkAllRows');
    expect(run.error).toBeNull();
    expect(w.rows('Leads').map((r) => r['Lead ID'])).toEqual(['L-000001', 'L-000002', 'L-000003']);
    expect(w.lead(4)).toMatchObject({ Stage: 'New Lead' });
    expect(w.lead(4)['Created At']).toBeInstanceOf(Date);
    expect(w.lead(2)).toMatchObject({ 'Touchpoint Count': 1, Probability: 0.1 });
    expect(String(w.lead(3).Hygiene)).not.toBe('');
    expect(row(w, 'Touchpoints', 2)['Touchpoint ID']).toBe('TP-000001');
    expect(row(w, 'Risks', 2)).toMatchObject({ 'Risk ID': 'R-000001', Score: 10 });
    expect(row(w, 'Tasks', 2)['Done At']).toBeInstanceOf(Date);
    const text = lastDialog(w.emu);
    // Ada is complete with a next step; Bob and Cleo miss fields and a next step (seed 000 KPI).
    expect(text).toContain('Pipeline Hygiene: 33.3% of 3 open leads complete (target 95%).');
    expect(text).toContain('anna@example.com: 100% of 1');
    expect(text).toContain('bob@example.com: 0% of 2');
    expect(text).toContain('Rows checked: 6 (tabs: 7). Cells updated: 23. New IDs: 4. Stage changes recorded: 1.');
    expect(text).toMatch(/Problems found \(\d+\):/);
    // New IDs continue after the ones Check all rows issued.
    w.type(5, 'Name', 'Dan');
    expect(w.lead(5)['Lead ID']).toBe('L-000004');
  });

  it('is idempotent: a second pass changes nothing and writes no Stage History', () => {
    const w = hygieneWorld();
    w.append('Leads', [{ Name: 'Ada', Stage: 'Offer Sent', Owner: 'anna@example.com' }]);
    w.emu.menu('checkAllRows');
    const leads = w.table('Leads');
    const history = w.rows('Stage History').length;
    const second = w.emu.menu('checkAllRows');
    expect(w.table('Leads')).toEqual(leads);
    expect(w.rows('Stage History')).toHaveLength(history);
    expect(second.calls['Range.setValues'] ?? 0).toBe(0);
  });

  it('Strict: a stage changed while its onEdit was dropped is checked now and rolled back', () => {
    const w = hygieneWorld();
    w.type(2, 'Name', 'Ada Lovelace');
    writeValues(findSheet(w.emu.spreadsheet, 'Leads')!, 1, w.table('Leads')[0].map(String).indexOf('Stage'), [['Offer Sent']]);
    w.emu.menu('checkAllRows');
    expect(w.lead(2).Stage).toBe('New Lead');
    expect(w.note(2, 'Stage')).toContain('Offer Sent');
    expect(w.rows('Stage History').at(-1)).toMatchObject({ 'To Stage': 'Offer Sent', Result: 'Rejected' });
  });

  it('leaves a row someone edits while it runs exactly as they typed it, names it, and checks it next time', () => {
    const w = hygieneWorld();
    w.append('Leads', [{ Name: 'Ada', Owner: 'anna@example.com' }, { Name: 'Bob', Owner: 'bob@example.com' }, { Name: 'Cleo', Owner: 'bob@example.com' }]);
    const company = w.table('Leads')[0].map(String).indexOf('Company');
    // Bob's row gets a company typed after the pass read the tab and before it writes (its onEdit waits for the lock).
    w.emu.world.faults.interleave({ member: 'Range.getValues', act: () => writeValues(findSheet(w.emu.spreadsheet, 'Leads')!, 2, company, [['Typed meanwhile']]) });
    const run = w.emu.menu('checkAllRows');
    expect(run.error).toBeNull();
    expect(w.lead(3)).toMatchObject({ Name: 'Bob', Company: 'Typed meanwhile', 'Lead ID': '', Hygiene: '' });
    expect(w.lead(2)['Lead ID']).toBe('L-000001');
    expect(w.lead(4)['Lead ID']).toBe('L-000003');
    expect(lastDialog(w.emu)).toContain('Leads, rows edited while this check ran: 3. They were left exactly as typed');
    w.emu.menu('checkAllRows');
    expect(w.lead(3)).toMatchObject({ Company: 'Typed meanwhile', 'Lead ID': 'L-000004' });
    expect(lastDialog(w.emu)).not.toContain('edited while this check ran');
  });

  it('shows its summary without blocking: the execution ends (and its lock with it) while the person reads', () => {
    const w = hygieneWorld();
    w.append('Leads', [{ Name: 'Ada', Stage: 'Contacted', Owner: 'Team <b>A</b> & B' }]);
    const run = w.emu.menu('checkAllRows');
    expect(w.emu.world.ui.dialogs.at(-1)).toMatchObject({ kind: 'modeless', title: 'Check all rows' });
    // People's text (here an owner's name in the per-owner KPI) is shown as text, never as markup.
    expect(w.emu.world.ui.dialogs.at(-1)?.message).toContain('Team &lt;b&gt;A&lt;/b&gt; &amp; B');
    expect(lastDialog(w.emu)).toContain('Team <b>A</b> & B');
    expect(run.calls['Lock.releaseLock'] ?? 0).toBe(0);
    expect(w.emu.world.locks.size).toBe(0);
  });

  it('says it in German in a German workbook, with the German menu label', () => {
    const w = hygieneWorld({ locale: 'de_DE' });
    writeValues(findSheet(w.emu.spreadsheet, 'Leads')!, 1, 1, [['Ada']]);
    w.emu.menu('checkAllRows');
    expect(lastDialog(w.emu)).toContain('Pipeline-Hygiene');
    expect(lastDialog(w.emu)).toContain('Geprüfte Zeilen: 1 (Tabellenblätter: 7). Aktualisierte Zellen:');
  });

  it('while another run holds the lock, says so and changes nothing', () => {
    const w = hygieneWorld();
    w.append('Leads', [{ Name: 'Ada' }]);
    w.emu.world.faults.lockContention = true;
    const run = w.emu.menu('checkAllRows');
    w.emu.world.faults.lockContention = false;
    expect(run.error).toBeNull();
    expect(lastDialog(w.emu)).toContain('Another OpsMind run is working on this spreadsheet');
    expect(w.lead(2)['Lead ID']).toBe('');
  });

  it('reads its seven tabs with one call for all their sheets, and still finds each after people move tabs or add sheets', () => {
    const w = hygieneWorld();
    w.append('Leads', [{ Name: 'Ada', Owner: 'anna@example.com' }]);
    w.append('Risks', [{ Title: 'Key person leaves', Probability: 2, Impact: 5 }]);
    const plain = w.emu.menu('checkAllRows');
    expect(plain.calls['Spreadsheet.getSheets']).toBe(1);
    expect(plain.calls['Sheet.getSheetValues']).toBe(7);
    // Only the Stage History append (Ada's first stage) finds its tab by id: no read confirms a position there.
    expect(plain.calls['Spreadsheet.getSheetById']).toBe(1);
    // Stage History dragged to the front: every tab's position is off by one, and each header says so.
    w.emu.moveSheet('Stage History', 1);
    expect(orderedSheets(w.emu.spreadsheet).map((x) => x.name).slice(0, 2)).toEqual(['Stage History', 'Leads']);
    w.append('Leads', [{ Name: 'Bob', Owner: 'bob@example.com' }]);
    w.append('Risks', [{ Title: 'Server fire', Probability: 1, Impact: 5 }]);
    const history = w.table('Stage History');
    const moved = w.emu.menu('checkAllRows');
    expect(moved.error).toBeNull();
    expect(w.lead(3)['Lead ID']).toBe('L-000002');
    expect(row(w, 'Risks', 3)).toMatchObject({ 'Risk ID': 'R-000002', Score: 5 });
    // Stage History, now where Leads was, only gets Bob's first stage appended.
    expect(w.table('Stage History').slice(0, history.length)).toEqual(history);
    expect(w.table('Stage History')).toHaveLength(history.length + 1);
    expect(moved.calls['Spreadsheet.getSheetById']).toBeGreaterThan(1);
    // A sheet a person added: positions cannot be trusted until the next Set up / repair records them.
    w.emu.addSheet('Pivot', 1);
    w.append('Leads', [{ Name: 'Cleo', Owner: 'bob@example.com' }]);
    const added = w.emu.menu('checkAllRows');
    expect(w.lead(4)['Lead ID']).toBe('L-000003');
    expect(added.calls['Spreadsheet.getSheetById']).toBe(7 + 1);
    expect(w.emu.menu('setUp').error).toBeNull();
    w.append('Risks', [{ Title: 'Flood', Probability: 1, Impact: 4 }]);
    const after = w.emu.menu('checkAllRows');
    expect(row(w, 'Risks', 4)['Risk ID']).toBe('R-000003');
    expect(after.calls['Spreadsheet.getSheetById'] ?? 0).toBe(0);
  });

  it('before Set up, it says to run Set up first, in both languages', () => {
    const emu = opsmind();
    emu.open();
    expect(emu.menu('checkAllRows').error).toBeNull();
    expect(lastDialog(emu)).toContain('Run “Set up / repair” first');
    expect(lastDialog(emu)).toContain('Bitte zuerst „Einrichten / reparieren“');
  });
});

describe('SLA Due in business hours (Settings)', () => {
  it('counts the stage’s SLA hours within Business Hours Start/End on Business Days, as the digests do', () => {
    const w = hygieneWorld();
    w.setting('SLA Hours Mode', 'Business');
    w.setting('Business Hours Start', 8);
    w.setting('Business Hours End', 16);
    // Monday 16 November, just after 09:00 in Berlin: New Lead's 24 SLA hours are 7 on Monday, 8 on Tuesday, 8 on
    // Wednesday and 1 on Thursday, so they end Thursday at the same time of day.
    w.type(2, 'Name', 'Ada Lovelace');
    const lead = w.lead(2);
    expect((lead['SLA Due'] as Date).getTime() - (lead['Created At'] as Date).getTime()).toBe(3 * 86_400_000);
    w.setting('SLA Hours Mode', 'Calendar');
    w.type(2, 'Company', 'Engines');
    expect((w.lead(2)['SLA Due'] as Date).getTime() - (lead['Created At'] as Date).getTime()).toBe(86_400_000);
  });
});

describe('a column a person added to Leads', () => {
  it('keeps its formula when OpsMind writes cells on both sides of it', () => {
    const w = hygieneWorld();
    w.emu.insertColumn('Leads', 'F', 'My Calc');
    // The formula first, then the name: the new lead's ID (left of it) and Created At (right of it) are written.
    w.emu.edit('Leads', `${w.col('Leads', 'My Calc')}2`, '=2+2');
    w.type(2, 'Name', 'Ada');
    expect(w.lead(2)['Lead ID']).toBe('L-000001');
    const sheet = findSheet(w.emu.spreadsheet, 'Leads')!;
    const c = w.table('Leads')[0].map(String).indexOf('My Calc');
    expect(sheet.formulas.get(1, c)).toBe('=2+2');
    w.emu.menu('checkAllRows');
    expect(sheet.formulas.get(1, c)).toBe('=2+2');
  });
});
