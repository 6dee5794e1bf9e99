// End to end: pastes and multi-cell edits on Leads carry no oldValue, yet are checked row by row like a typed cell, in one batch.
import { describe, expect, it } from 'vitest';
import { findSheet, writeValues } from '../../emulator/spreadsheet/spreadsheet-store.js';
import { contactedLead, hygieneWorld } from './hygiene-fixture.js';

const names = (n: number) => Array.from({ length: n }, (_, i) => ({ Name: `Lead ${i + 1}` }));

describe('a paste on Leads', () => {
  it('gives every new row its own Lead ID in one batch', () => {
    const w = hygieneWorld();
    const run = w.pasteRows(2, names(5));
    expect(w.rows('Leads').map((r) => r['Lead ID'])).toEqual(['L-000001', 'L-000002', 'L-000003', 'L-000004', 'L-000005']);
    expect(run.roundTrips).toBeLessThanOrEqual(8);
  });

  it('rolls back a 50-row strict paste of stages row by row, with a note and a Rejected Stage History row each', () => {
    const w = hygieneWorld();
    w.pasteRows(2, names(50));
    const history = w.rows('Stage History').length;
    const run = w.pasteRows(2, Array.from({ length: 50 }, () => ({ Stage: 'Closed Won' })));
    expect(w.rows('Leads').every((r) => r.Stage === 'New Lead')).toBe(true);
    expect(w.note(51, 'Stage')).toContain('Closed Won');
    const rejected = w.rows('Stage History').slice(history);
    expect(rejected).toHaveLength(50);
    expect(rejected.every((r) => r.Result === 'Rejected' && r['To Stage'] === 'Closed Won')).toBe(true);
    expect(run.roundTrips).toBeLessThanOrEqual(8);
  });

  it('keeps people’s notes on the Stage cells of a rejected paste, OpsMind’s part below them', () => {
    const w = hygieneWorld();
    w.pasteRows(2, names(3));
    w.writeNote(3, 'Stage', 'Bob is on leave until May');
    w.pasteRows(2, Array.from({ length: 3 }, () => ({ Stage: 'Closed Won' })));
    expect(w.note(3, 'Stage')).toMatch(/^Bob is on leave until May\nOpsMind: .*Closed Won/);
    expect(w.note(2, 'Stage')).toMatch(/^OpsMind: .*Closed Won/);
    w.pasteRows(2, Array.from({ length: 3 }, () => ({ Stage: 'Offer Sent' })));
    const [mine, ours, ...more] = w.note(3, 'Stage').split('\n');
    expect([mine, more]).toEqual(['Bob is on leave until May', []]);
    expect(ours).toMatch(/^OpsMind: .*Offer Sent/);
  });

  it('rolls back to the last accepted stage, not to the first stage, although a paste has no oldValue', () => {
    const w = hygieneWorld();
    w.typeLead(2, contactedLead);
    w.type(2, 'Stage', 'Contacted');
    w.pasteRows(2, [{ Stage: 'Negotiation', Owner: 'anna@example.com' }]);
    expect(w.lead(2).Stage).toBe('Contacted');
    expect(w.rows('Stage History').at(-1)).toMatchObject({ 'From Stage': 'Contacted', 'To Stage': 'Negotiation', Result: 'Rejected' });
  });

  it('after the rows are sorted, each lead keeps its ID and rolls back to its own last accepted stage', () => {
    const w = hygieneWorld();
    w.typeLead(2, contactedLead);
    w.type(2, 'Stage', 'Contacted');
    w.typeLead(3, { Name: 'Bob', Company: 'Bobs' });
    expect(w.rows('Leads').map((r) => [r.Name, r['Lead ID'], r.Stage])).toEqual([['Ada Lovelace', 'L-000001', 'Contacted'], ['Bob', 'L-000002', 'New Lead']]);
    // Sorted Z to A by name, with no edit event at all (as a sort or a script may do): Bob's row is now row 2.
    const [, ada, bob] = w.table('Leads');
    writeValues(findSheet(w.emu.spreadsheet, 'Leads')!, 1, 0, [bob, ada]);
    w.pasteRows(2, [{ Stage: 'Negotiation' }, { Stage: 'Negotiation' }]);
    expect(w.rows('Leads').map((r) => [r.Name, r['Lead ID'], r.Stage])).toEqual([['Bob', 'L-000002', 'New Lead'], ['Ada Lovelace', 'L-000001', 'Contacted']]);
    expect(w.rows('Stage History').slice(-2)).toMatchObject([
      { 'Lead ID': 'L-000002', 'From Stage': 'New Lead', Result: 'Rejected' },
      { 'Lead ID': 'L-000001', 'From Stage': 'Contacted', Result: 'Rejected' },
    ]);
    // Check all rows finds nothing to renumber or record.
    const history = w.rows('Stage History').length;
    w.emu.menu('checkAllRows');
    expect(w.rows('Leads').map((r) => r['Lead ID'])).toEqual(['L-000002', 'L-000001']);
    expect(w.rows('Stage History')).toHaveLength(history);
  });

  it('accepts pasted rows that meet their stage and rejects the others in the same batch', () => {
    const w = hygieneWorld();
    w.pasteRows(2, [{ ...contactedLead }, { Name: 'Bob' }]);
    w.pasteRows(2, [{ Stage: 'Contacted' }, { Stage: 'Contacted' }]);
    expect(w.rows('Leads').map((r) => r.Stage)).toEqual(['Contacted', 'New Lead']);
    expect(w.note(2, 'Stage')).toBe('');
    expect(w.note(3, 'Stage')).toContain('Contacted');
  });

  it('a paste of 500 rows costs at most 8 Sheets round trips', () => {
    const w = hygieneWorld();
    const run = w.pasteRows(2, names(500));
    expect(w.rows('Leads')).toHaveLength(500);
    expect(w.lead(501)['Lead ID']).toBe('L-000500');
    expect(run.roundTrips).toBeLessThanOrEqual(8);
  });
});

describe('Leads laid out differently', () => {
  it('keeps working when a person moves the Stage column', () => {
    const w = hygieneWorld();
    w.type(2, 'Name', 'Ada Lovelace');
    w.emu.moveColumn('Leads', 'E', 'B');
    expect(w.table('Leads')[0][1]).toBe('Stage');
    w.type(2, 'Stage', 'Offer Sent');
    expect(w.lead(2).Stage).toBe('New Lead');
    expect(w.note(2, 'Stage')).toContain('Offer Sent');
  });

  it('takes German labels, German dates and stage names in any case on a German sheet', () => {
    const w = hygieneWorld({ locale: 'de_DE' });
    w.type(2, 'Name', 'Ada');
    expect(w.lead(2).Phase).toBe('Neuer Lead');
    w.typeLead(2, { Firma: 'Engines GmbH', 'E-Mail': 'ada@example.com', 'Letzter Kontakt': '13.11.2026', Quelle: 'Empfehlung', Erstkontakt: '10.11.2026', 'Anzahl Kontaktpunkte': 2, 'Nächster Schritt': 'Anrufen', 'Datum nächster Schritt': '24.12.2026' });
    w.type(2, 'Phase', 'KONTAKTIERT');
    expect(w.lead(2).Phase).toBe('Kontaktiert');
    expect(w.rows('Phasenverlauf').at(-1)).toMatchObject({ 'Nach Phase': 'Kontaktiert', Ergebnis: 'Angenommen' });
    w.type(2, 'Phase', 'Angebot gesendet');
    expect(w.lead(2).Phase).toBe('Kontaktiert');
    expect(w.note(2, 'Phase')).toContain('Angebotssumme');
  });
});

describe('formulas people keep in OpsMind columns', () => {
  const offerAmount = (w: ReturnType<typeof hygieneWorld>) => w.table('Leads')[0].map(String).indexOf('Offer Amount');
  const formulaAt = (w: ReturnType<typeof hygieneWorld>, row: number) => findSheet(w.emu.spreadsheet, 'Leads')!.formulas.get(row - 1, offerAmount(w));

  it('stay formulas when a pasted row gets its ID, stage and derived cells on both sides of them', () => {
    const w = hygieneWorld();
    w.emu.paste('Leads', 'B2', [['Ada', 'Engines', 'ada@example.com', ...Array<string>(14).fill(''), '=1000*2']]);
    expect(w.lead(2)).toMatchObject({ 'Lead ID': 'L-000001', Stage: 'New Lead', 'Offer Amount': 2000 });
    expect(formulaAt(w, 2)).toBe('=1000*2');
  });

  it('stay formulas in the rows between when a multi-row paste fills a column above and below them', () => {
    const w = hygieneWorld();
    const owner = w.table('Leads')[0].map(String).indexOf('Owner');
    // Rows 2 and 4 get the person as Owner; row 3 brings its own Owner as a formula.
    w.emu.paste('Leads', 'B2', [
      ['Ada', 'Engines', 'ada@example.com', '', ''],
      ['Bob', 'Bobs', 'bob@example.com', '', '="bob"&"@example.com"'],
      ['Cleo', 'Cleos', 'cleo@example.com', '', ''],
    ]);
    expect(w.rows('Leads').map((r) => r.Owner)).toEqual([w.emu.world.activeUser, 'bob@example.com', w.emu.world.activeUser]);
    expect(findSheet(w.emu.spreadsheet, 'Leads')!.formulas.get(2, owner)).toBe('="bob"&"@example.com"');
  });

  it('stay formulas when Check all rows rewrites their rows (a stage rolled back on both sides of them)', () => {
    const w = hygieneWorld();
    w.emu.paste('Leads', 'B2', [['Ada', 'Engines', 'ada@example.com', ...Array<string>(14).fill(''), '=1000*2']]);
    // A stage changed while its onEdit was dropped: Check all rows rolls it back, so it writes the row.
    writeValues(findSheet(w.emu.spreadsheet, 'Leads')!, 1, w.table('Leads')[0].map(String).indexOf('Stage'), [['Offer Sent']]);
    w.append('Leads', [{ Name: 'Bob' }]);
    expect(w.emu.menu('checkAllRows').error).toBeNull();
    expect(w.lead(2).Stage).toBe('New Lead');
    expect(w.lead(3)['Lead ID']).toBe('L-000002');
    expect(formulaAt(w, 2)).toBe('=1000*2');
    expect(w.lead(2)['Offer Amount']).toBe(2000);
  });
});
