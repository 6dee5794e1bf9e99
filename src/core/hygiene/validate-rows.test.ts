import { describe, expect, it } from 'vitest';
import { hygieneCtx, leadAt } from './hygiene.fixtures.js';
import type { LeadRow } from './types.js';
import { validateRows, type BatchState, type RowInput } from './validate-rows.js';

const empty: BatchState = { lastAccepted: new Map(), existingIds: [] };
const rowsOf = (...values: LeadRow[]): RowInput[] => values.map((v, i) => ({ rowNumber: i + 2, values: v }));

describe('a new row', () => {
  it('gets a Lead ID, Created At, the first stage when Stage is blank, and the editing person as Owner', () => {
    const ctx = hygieneCtx();
    const r = validateRows(rowsOf({ name: 'Max Muster', company: 'Muster AG' }), { ...empty, existingIds: ['L-000041'], idCounter: 57 }, ctx);
    expect(r.rows[0].writes).toMatchObject({ leadId: 'L-000058', createdAt: ctx.now, stage: 'New Lead', owner: 'anna@example.com', stageChangedAt: ctx.now });
    expect(r.idCounter).toBe(58);
    expect(r.lastAccepted.get('L-000058')).toBe('newLead');
    expect(r.history).toHaveLength(1);
    expect(r.history[0]).toMatchObject({ fromStage: '', toStage: 'New Lead', result: 'accepted' });
  });
  it('keeps an Owner typed by the person and leaves Owner blank when the platform does not say who edits', () => {
    const r = validateRows(rowsOf({ name: 'A', owner: 'bob@example.com' }, { name: 'B' }), empty, hygieneCtx({ user: null }));
    expect(r.rows[0].writes.owner).toBeUndefined();
    expect(r.rows[1].writes.owner).toBeUndefined();
    expect(r.rows.map((x) => x.leadId)).toEqual(['L-000001', 'L-000002']);
  });
  it('is left alone when it holds nothing a person typed (a cleared row creates no lead)', () => {
    const r = validateRows(rowsOf({ name: '', hygiene: 'OK', probability: 0.05 }), empty, hygieneCtx());
    expect(r.rows[0]).toMatchObject({ skipped: true, writes: {} });
    expect(r.idCounter).toBe(0);
  });
});

describe('a paste carries no old value', () => {
  it('each row is checked against the last accepted stage of its lead, and Strict rolls back exactly as for a typed cell', () => {
    const ctx = hygieneCtx();
    const pasted = rowsOf(
      leadAt('offerSent', { leadId: 'L-000001', offerAmount: '' }),
      leadAt('offerSent', { leadId: 'L-000002' }),
      leadAt('contacted', { leadId: 'L-000003', stage: 'kontaktiert' }),
    );
    const lastAccepted = new Map([['L-000001', 'callBooked'], ['L-000002', 'callBooked'], ['L-000003', 'contacted']]);
    const r = validateRows(pasted, { lastAccepted, existingIds: ['L-000001', 'L-000002', 'L-000003'] }, ctx);
    expect(r.rows[0].writes.stage).toBe('Call Booked');
    expect(r.rows[0].notices).toEqual(['Stage “Offer Sent” was not saved: missing Offer Amount. The stage is back to “Call Booked”.']);
    expect(r.rows[1].writes).toMatchObject({ stageChangedAt: ctx.now, probability: 0.5 });
    expect(r.rows[1].writes.stage).toBeUndefined();
    expect(r.rows[2].writes.stage).toBe('Contacted');
    expect(r.rows[2].transition).toBeNull();
    expect(r.history.map((h) => [h.leadId, h.result])).toEqual([['L-000001', 'rejected'], ['L-000002', 'accepted']]);
    expect(r.lastAccepted.get('L-000001')).toBe('callBooked');
    expect(r.lastAccepted.get('L-000002')).toBe('offerSent');
  });
  it('Soft: the pasted stages stand and the rows are flagged', () => {
    const ctx = hygieneCtx({ settings: { enforcement: 'soft' } });
    const r = validateRows(rowsOf(leadAt('offerSent', { offerAmount: '' })), { lastAccepted: new Map([['L-000001', 'callBooked']]), existingIds: ['L-000001'] }, ctx);
    expect(r.rows[0].writes.stage).toBeUndefined();
    expect(r.rows[0].writes.hygiene).toBe('Missing: Offer Amount');
    expect(r.lastAccepted.get('L-000001')).toBe('offerSent');
  });
  it('a typed single cell uses its old value when the lead has no remembered stage yet', () => {
    const ctx = hygieneCtx();
    const r = validateRows([{ rowNumber: 5, values: leadAt('offerSent', { offerAmount: '' }), previousStage: 'Call Booked' }], empty, ctx);
    expect(r.rows[0].writes.stage).toBe('Call Booked');
  });
  it('a lead with an ID but no remembered stage is adopted as it stands (Check all rows on an older sheet)', () => {
    const r = validateRows(rowsOf(leadAt('offerSent', { offerAmount: '' })), { ...empty, existingIds: ['L-000001'] }, hygieneCtx());
    expect(r.rows[0].transition).toBeNull();
    expect(r.rows[0].hygiene).toBe('Missing: Offer Amount');
    expect(r.lastAccepted.get('L-000001')).toBe('offerSent');
    const checked = validateRows(rowsOf(leadAt('offerSent', { offerAmount: '' })), empty, hygieneCtx(), { unseenLeads: 'check' });
    expect(checked.rows[0].writes.stage).toBe('New Lead');
  });
});

describe('values as people type them', () => {
  it('German: "24.12.2026", "2026-12-24", a decimal comma, "ja" and a stage in English become stored values', () => {
    const ctx = hygieneCtx({ locale: 'de_DE' });
    const row = leadAt('offerSent', { nextStepDate: '24.12.2026', followUpDate: '2026-12-24', offerAmount: '1.234,50', qualified: 'ja', stage: 'Angebot gesendet' }, 'de');
    const r = validateRows(rowsOf(row), { lastAccepted: new Map([['L-000001', 'offerSent']]), existingIds: [] }, ctx);
    const day = new Date('2026-12-24T00:00:00+01:00');
    expect(r.rows[0].writes).toMatchObject({ nextStepDate: day, followUpDate: day, offerAmount: 1234.5, qualified: true });
    expect(r.rows[0].hygiene).toBe('OK');
  });
  it('US English: "12/24/2026" is 24 December', () => {
    const r = validateRows(rowsOf(leadAt('contacted', { nextStepDate: '12/24/2026' })), { lastAccepted: new Map([['L-000001', 'contacted']]), existingIds: [] }, hygieneCtx());
    expect(r.rows[0].writes.nextStepDate).toEqual(new Date('2026-12-24T00:00:00+01:00'));
  });
  it('checks emails and keeps what cannot be read, reporting it', () => {
    const r = validateRows(rowsOf(leadAt('contacted', { email: 'jana at koehler', touchpointCount: 'three' })), { lastAccepted: new Map([['L-000001', 'contacted']]), existingIds: [] }, hygieneCtx());
    expect(r.rows[0].writes.email).toBeUndefined();
    expect(r.rows[0].writes.touchpointCount).toBeUndefined();
    expect(r.rows[0].hygiene).toBe('Email: “jana at koehler” is not an email address.; Touchpoint Count: “three” is not a number.');
  });
  it('flags text starting with = + - @ so it is written as text, never as a formula', () => {
    const r = validateRows(rowsOf({ name: '=HYPERLINK("http://x")', company: '+49 Acme', callNotes: '@bob call back', source: '-' }), empty, hygieneCtx());
    expect(r.rows[0].textCells).toEqual(['name', 'company', 'source', 'callNotes']);
  });
  it('replaces a value typed into a calculated column and says so', () => {
    const r = validateRows(rowsOf(leadAt('contacted', { probability: 0.8 })), { lastAccepted: new Map([['L-000001', 'contacted']]), existingIds: [] }, hygieneCtx());
    expect(r.rows[0].writes.probability).toBe(0.1);
    expect(r.rows[0].notices).toEqual(['Probability is calculated by OpsMind; “0.8” was replaced.']);
  });
});

describe('what the batch hands back to persist', () => {
  it('only the leads whose last accepted stage changed, and IDs that never collide with rows beside them', () => {
    const ctx = hygieneCtx();
    const lastAccepted = new Map([['L-000001', 'contacted'], ['L-000002', 'callBooked']]);
    const r = validateRows(rowsOf(leadAt('contacted'), leadAt('offerSent', { leadId: 'L-000002' }), { name: 'New', leadId: '' }, leadAt('newLead', { leadId: 'L-000007' })), { lastAccepted, existingIds: [] }, ctx);
    expect([...r.lastAcceptedChanges]).toEqual([['L-000002', 'offerSent'], ['L-000008', 'newLead'], ['L-000007', 'newLead']]);
    expect(r.lastAccepted.get('L-000001')).toBe('contacted');
    expect(r.rows[2].leadId).toBe('L-000008');
    expect(r.idCounter).toBe(8);
  });
  it('German: a pasted row with German stage names and German values is checked and described in German', () => {
    const ctx = hygieneCtx({ locale: 'de_DE' });
    const row = leadAt('negotiation', { stage: 'verloren', closedDate: '15.11.2026' }, 'de');
    const r = validateRows(rowsOf(row), { lastAccepted: new Map([['L-000001', 'negotiation']]), existingIds: [] }, ctx);
    expect(r.rows[0].writes).toMatchObject({ stage: 'Verhandlung', closedDate: new Date('2026-11-15T00:00:00+01:00') });
    expect(r.rows[0].notices).toEqual(['Phase „Verloren“ wurde nicht übernommen, es fehlen: Verlustgrund. Die Phase steht wieder auf „Verhandlung“.']);
    expect(r.rows[0].hygiene).toBe('OK');
  });
});
