// End to end: hygiene as you type on Leads (IDs, stage checks in Strict and Soft, Stage History, derived columns, cost).
import { describe, expect, it } from 'vitest';
import { findSheet, writeValues } from '../../emulator/spreadsheet/spreadsheet-store.js';
import { effectiveBackground, evaluateConditionalFormats } from '../../emulator/spreadsheet/conditional-format.eval.js';
import { colors } from '../../src/core/setup/hygiene-rules.js';
import { contactedLead, hygieneWorld } from './hygiene-fixture.js';

describe('a new lead typed on Leads', () => {
  it('gets a Lead ID, Created At, the first stage and the editing person as Owner', () => {
    const w = hygieneWorld();
    w.type(2, 'Name', 'Ada Lovelace');
    const lead = w.lead(2);
    expect(lead).toMatchObject({ 'Lead ID': 'L-000001', Stage: 'New Lead', Owner: 'anna@example.com', Probability: 0.05, 'Forecast Category': 'Pipeline' });
    expect(lead['Created At']).toBeInstanceOf(Date);
    expect(String(lead.Hygiene)).toContain('Missing: Company, Email');
  });

  it('never reuses a Lead ID, even after its row is deleted', () => {
    const w = hygieneWorld();
    w.type(2, 'Name', 'Ada');
    w.type(3, 'Name', 'Bob');
    w.emu.deleteRows('Leads', 3, 1);
    w.type(3, 'Name', 'Cleo');
    expect(w.rows('Leads').map((r) => r['Lead ID'])).toEqual(['L-000001', 'L-000003']);
  });

  it('keeps counting when Stage History has filled its grid: the tab grows, no ID is issued twice', () => {
    const w = hygieneWorld();
    w.type(2, 'Name', 'Ada');
    const history = findSheet(w.emu.spreadsheet, 'Stage History')!;
    // Fill the history tab to its very last row, as months of stage changes would.
    writeValues(history, 1, 0, Array.from({ length: history.maxRows - 1 }, (_, i) => [`filler ${i}`]));
    const full = history.maxRows;
    expect(w.type(3, 'Name', 'Bob').error).toBeNull();
    w.type(4, 'Name', 'Cleo');
    expect(history.maxRows).toBeGreaterThan(full);
    expect(w.rows('Leads').map((r) => r['Lead ID'])).toEqual(['L-000001', 'L-000002', 'L-000003']);
  });

  it('keeps its ID when the row is typed in again later', () => {
    const w = hygieneWorld();
    w.type(2, 'Name', 'Ada');
    w.type(2, 'Company', 'Engines Ltd');
    expect(w.lead(2)['Lead ID']).toBe('L-000001');
  });
});

describe('a typed stage change in Strict', () => {
  it('rolls back a change that misses fields, with a note, a toast and a Rejected Stage History row', () => {
    const w = hygieneWorld();
    w.type(2, 'Name', 'Ada Lovelace');
    w.type(2, 'Stage', 'Offer Sent');
    expect(w.lead(2).Stage).toBe('New Lead');
    expect(w.note(2, 'Stage')).toContain('Offer Sent');
    expect(w.note(2, 'Stage')).toContain('Offer Amount');
    expect(w.toasts().at(-1)).toContain('Offer Sent');
    const last = w.rows('Stage History').at(-1)!;
    expect(last).toMatchObject({ 'Lead ID': 'L-000001', 'From Stage': 'New Lead', 'To Stage': 'Offer Sent', Result: 'Rejected', 'Changed By': 'anna@example.com' });
    expect(String(last['Missing Fields'])).toContain('Offer Amount');
  });

  it('accepts a change whose fields are there: Stage History, Stage Changed At, SLA Due, Probability, Forecast Category', () => {
    const w = hygieneWorld();
    w.typeLead(2, contactedLead);
    w.emu.advance(2 * 86_400_000);
    w.type(2, 'Stage', 'contacted');
    const lead = w.lead(2);
    expect(lead).toMatchObject({ Stage: 'Contacted', Probability: 0.1, 'Forecast Category': 'Pipeline' });
    expect((lead['SLA Due'] as Date).getTime() - (lead['Stage Changed At'] as Date).getTime()).toBe(72 * 3_600_000);
    expect(w.rows('Stage History').at(-1)).toMatchObject({ 'From Stage': 'New Lead', 'To Stage': 'Contacted', Result: 'Accepted', 'Days In Previous Stage': 2 });
    // When and why (seed 000, rule 2): the why is what the row says comes next.
    expect(w.rows('Stage History').at(-1)!.Reason).toMatch(/^Next Step: \S/);
  });

  it('clears the rejection note once the stage is accepted', () => {
    const w = hygieneWorld();
    w.type(2, 'Name', 'Ada Lovelace');
    w.type(2, 'Stage', 'Contacted');
    expect(w.note(2, 'Stage')).not.toBe('');
    w.typeLead(2, contactedLead);
    w.type(2, 'Stage', 'Contacted');
    expect(w.lead(2).Stage).toBe('Contacted');
    expect(w.note(2, 'Stage')).toBe('');
  });

  it('keeps a note a person wrote on the Stage cell through a rejection and the acceptance after it', () => {
    const w = hygieneWorld();
    w.type(2, 'Name', 'Ada Lovelace');
    w.writeNote(2, 'Stage', 'Ada prefers calls after 4 pm');
    w.type(2, 'Stage', 'Contacted');
    expect(w.note(2, 'Stage')).toMatch(/^Ada prefers calls after 4 pm\nOpsMind: .*Contacted/);
    w.type(2, 'Stage', 'Offer Sent');
    expect(w.note(2, 'Stage').split('\n')[0]).toBe('Ada prefers calls after 4 pm');
    expect(w.note(2, 'Stage')).not.toContain('“Contacted”');
    w.typeLead(2, contactedLead);
    w.type(2, 'Stage', 'Contacted');
    expect(w.lead(2).Stage).toBe('Contacted');
    expect(w.note(2, 'Stage')).toBe('Ada prefers calls after 4 pm');
  });

  it('asks for a Lost Reason before Closed Lost, and a Reactivation Date before Nurturing', () => {
    const w = hygieneWorld();
    w.typeLead(2, { ...contactedLead, 'Closed Date': '2026-11-15' });
    w.type(2, 'Stage', 'Closed Lost');
    expect(w.lead(2).Stage).toBe('New Lead');
    expect(w.note(2, 'Stage')).toContain('Lost Reason');
    w.type(2, 'Stage', 'Nurturing');
    expect(w.note(2, 'Stage')).toContain('Reactivation Date');
    w.type(2, 'Lost Reason', 'Budget cut');
    w.type(2, 'Stage', 'Closed Lost');
    expect(w.lead(2).Stage).toBe('Closed Lost');
  });
});

describe('a typed stage change in Soft', () => {
  it('lets the change stand, flags the row and records it as Accepted with the missing fields', () => {
    const w = hygieneWorld({ enforcement: 'Soft' });
    w.type(2, 'Name', 'Ada Lovelace');
    w.type(2, 'Stage', 'Offer Sent');
    expect(w.lead(2).Stage).toBe('Offer Sent');
    expect(String(w.lead(2).Hygiene)).toContain('Offer Amount');
    const last = w.rows('Stage History').at(-1)!;
    expect(last).toMatchObject({ 'To Stage': 'Offer Sent', Result: 'Accepted' });
    expect(String(last['Missing Fields'])).toContain('Offer Amount');
  });
});

describe('any edit on a lead', () => {
  it('recomputes the BANT Score and suggests Qualified from the BANT minimum', () => {
    const w = hygieneWorld();
    w.type(2, 'Name', 'Ada');
    w.pasteRows(2, [{ 'BANT Budget': true, 'BANT Authority': true, 'BANT Need': true }]);
    expect(w.lead(2)).toMatchObject({ 'BANT Score': 3, Qualified: true });
    w.type(2, 'BANT Timeline', true);
    expect(w.lead(2)['BANT Score']).toBe(4);
  });
});

describe('what one typed cell costs', () => {
  it('an accepted stage change costs at most 4 Sheets round trips once the caches are warm', () => {
    const w = hygieneWorld();
    w.typeLead(2, contactedLead);
    const run = w.type(2, 'Stage', 'Contacted');
    expect(w.lead(2).Stage).toBe('Contacted');
    expect(run.roundTrips).toBeLessThanOrEqual(4);
  });

  it('a rejected stage change costs at most 4 round trips too: its note is read with the row, and written with the other writes', () => {
    const w = hygieneWorld();
    w.type(2, 'Name', 'Ada Lovelace');
    w.writeNote(2, 'Stage', 'Ada prefers calls');
    const run = w.type(2, 'Stage', 'Offer Sent');
    expect(w.lead(2).Stage).toBe('New Lead');
    expect(w.note(2, 'Stage')).toContain('Offer Amount');
    expect(w.rows('Stage History').at(-1)).toMatchObject({ Result: 'Rejected' });
    expect(run.roundTrips).toBeLessThanOrEqual(4);
    expect(run.calls['Range.getValues'] ?? 0).toBe(1);
    expect(run.calls['Range.getNotes']).toBe(1);
  });

  it('an edit that changes no stage costs at most 3 round trips', () => {
    const w = hygieneWorld();
    w.type(2, 'Name', 'Ada');
    expect(w.type(2, 'Company', 'Engines Ltd').roundTrips).toBeLessThanOrEqual(3);
  });
});

describe('the SLA flag on Leads (conditional format)', () => {
  it('colours an SLA Due in the past as the Hygiene column judges it: not for a lost lead, nor a won lead whose kickoff was held', () => {
    const w = hygieneWorld();
    const sheet = findSheet(w.emu.spreadsheet, 'Leads')!;
    const header = w.table('Leads')[0].map(String);
    const now = w.emu.world.clock.now();
    const day = 86_400_000;
    const lead = (stage: string, kickoff: Date | '') => header.map((h) => ({ Name: 'Ada', Stage: stage, 'SLA Due': new Date(now - 2 * day), 'Kickoff Date': kickoff })[h] ?? '');
    writeValues(sheet, 1, 0, [
      lead('Contacted', ''),
      lead('Closed Won', new Date(now - day)),
      lead('Closed Won', new Date(now + 5 * day)),
      lead('Closed Lost', ''),
    ]);
    const cf = evaluateConditionalFormats(w.emu.spreadsheet, sheet, { now, timeZone: w.emu.world.timeZone });
    const sla = header.indexOf('SLA Due');
    const red = [1, 2, 3, 4].map((r) => effectiveBackground(sheet, cf, r, sla) === colors.sla);
    expect(red).toEqual([true, false, true, false]);
  });
});
