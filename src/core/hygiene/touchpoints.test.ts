import { describe, expect, it } from 'vitest';
import { hygieneCtx, leadAt } from './hygiene.fixtures.js';
import { applyTouchpoints, type LeadInput, type TouchpointInput } from './touchpoints.js';

const day = (iso: string) => new Date(`${iso}T00:00:00+01:00`);
const tp = (rowNumber: number, values: TouchpointInput['values']): TouchpointInput => ({ rowNumber, values });

describe('touchpoints roll up into their lead', () => {
  const leads: LeadInput[] = [
    { rowNumber: 2, values: leadAt('contacted', { leadId: 'L-000001', firstContactDate: day('2026-11-02'), lastContactDate: day('2026-11-05'), touchpointCount: 1 }) },
    { rowNumber: 3, values: leadAt('newLead', { leadId: 'L-000002', firstContactDate: '', lastContactDate: '', touchpointCount: '' }) },
  ];
  it('a new touchpoint gets an ID and sets Last Contact Date (latest), First Contact Date (earliest) and Touchpoint Count', () => {
    const ctx = hygieneCtx();
    const r = applyTouchpoints({
      touchpoints: [
        tp(2, { touchpointId: 'TP-000001', leadId: 'L-000001', date: day('2026-11-02'), type: 'Email', direction: 'Outbound' }),
        tp(3, { leadId: 'l-000001', date: '11/12/2026', type: 'call', direction: 'Inbound' }),
        tp(4, { leadId: 'L-000002', date: '11/10/2026', type: 'LinkedIn', direction: 'out' }),
      ],
      leads,
      lastAccepted: new Map(),
      existingIds: ['TP-000001'],
    }, ctx);
    expect(r.touchpoints.map((t) => t.writes.touchpointId)).toEqual([undefined, 'TP-000002', 'TP-000003']);
    expect(r.leadUpdates.find((u) => u.leadId === 'L-000001')?.writes).toMatchObject({ lastContactDate: day('2026-11-12'), touchpointCount: 2 });
    expect(r.leadUpdates.find((u) => u.leadId === 'L-000001')?.writes.firstContactDate).toBeUndefined();
    expect(r.leadUpdates.find((u) => u.leadId === 'L-000002')?.writes).toMatchObject({ firstContactDate: day('2026-11-10'), lastContactDate: day('2026-11-10'), touchpointCount: 1 });
    expect(r.advances).toEqual([]);
    expect(r.problems).toEqual([]);
  });
  it('an unknown Lead ID is flagged, never dropped', () => {
    const r = applyTouchpoints({ touchpoints: [tp(5, { leadId: 'L-000404', date: day('2026-11-12'), direction: 'Outbound' }), tp(6, { date: day('2026-11-12'), direction: 'Inbound', note: 'who?' })], leads, lastAccepted: new Map(), existingIds: [] }, hygieneCtx());
    expect(r.problems).toEqual([
      'Touchpoints row 5: there is no lead with the ID “L-000404”; the touchpoint is kept but counts for no lead.',
      'Touchpoints row 6: the touchpoint names no Lead ID.',
    ]);
    expect(r.touchpoints.map((t) => t.skipped)).toEqual([false, false]);
    expect(r.touchpoints[0].writes.touchpointId).toBe('TP-000001');
    expect(r.leadUpdates).toEqual([]);
  });
  it('onEdit: the edited rows and the rest of the tab count together; the edited row advances whatever order it was typed in', () => {
    const ctx = hygieneCtx({ settings: { autoAdvance: true } });
    const r = applyTouchpoints({
      touchpoints: [tp(7, { touchpointId: 'TP-000006', leadId: 'L-000002', date: day('2026-11-14'), direction: 'Outbound' })],
      others: [tp(2, { leadId: 'L-000002', date: day('2026-11-01'), direction: 'Inbound' }), tp(3, { leadId: 'L-000001', date: day('2026-11-01') })],
      leads,
      lastAccepted: new Map(),
      existingIds: [],
      idCounter: 6,
      mode: 'edit',
    }, ctx);
    expect(r.leadUpdates).toHaveLength(1);
    expect(r.leadUpdates[0].writes).toMatchObject({ touchpointCount: 2, firstContactDate: day('2026-11-01'), lastContactDate: day('2026-11-14') });
    expect(r.advances.map((a) => a.leadId)).toEqual(['L-000002']);
  });
  it('flags an unknown Lead ID on the Lead ID cell', () => {
    const r = applyTouchpoints({ touchpoints: [tp(5, { leadId: 'L-000404', date: 'soon', direction: 'Outbound' })], leads, lastAccepted: new Map(), existingIds: [] }, hygieneCtx());
    expect(r.cellProblems.map((p) => [p.rowNumber, p.field])).toEqual([[5, 'date'], [5, 'leadId']]);
  });
  it('never lowers a count or moves dates people typed on the lead', () => {
    const r = applyTouchpoints({ touchpoints: [tp(2, { touchpointId: 'TP-000001', leadId: 'L-000001', date: day('2026-11-03'), direction: 'Outbound' })], leads, lastAccepted: new Map(), existingIds: [] }, hygieneCtx());
    expect(r.leadUpdates).toEqual([]);
  });
});

describe('auto-advance (Settings: Auto-advance on)', () => {
  const fresh = (over = {}) => [{ rowNumber: 2, values: leadAt('newLead', { leadId: 'L-000007', firstContactDate: '', touchpointCount: '', source: 'Website', ...over }) }];
  it('the first outbound touchpoint moves New Lead to Contacted through the same validation', () => {
    const ctx = hygieneCtx({ settings: { autoAdvance: true } });
    const r = applyTouchpoints({ touchpoints: [tp(2, { leadId: 'L-000007', date: day('2026-11-16'), direction: 'Outbound' })], leads: fresh(), lastAccepted: new Map([['L-000007', 'newLead']]), existingIds: [] }, ctx);
    expect(r.advances).toHaveLength(1);
    expect(r.advances[0].transition).toMatchObject({ accepted: true });
    expect(r.advances[0].transition.history).toMatchObject({ fromStage: 'New Lead', toStage: 'Contacted', reason: 'Auto-advance: first outbound touchpoint' });
    expect(r.leadUpdates[0].writes).toMatchObject({ stage: 'Contacted', stageChangedAt: ctx.now, touchpointCount: 1, probability: 0.1 });
  });
  it('Strict: an advance that misses required fields is recorded as Rejected and the stage stays', () => {
    const ctx = hygieneCtx({ settings: { autoAdvance: true } });
    const r = applyTouchpoints({ touchpoints: [tp(2, { leadId: 'L-000007', date: day('2026-11-16'), direction: 'Outbound' })], leads: fresh({ source: '' }), lastAccepted: new Map(), existingIds: [] }, ctx);
    expect(r.advances[0].transition).toMatchObject({ accepted: false, missing: ['source'] });
    expect(r.leadUpdates[0].writes.stage).toBeUndefined();
  });
  it('an inbound touchpoint moves Contacted to Response; once there, another one moves nothing', () => {
    const ctx = hygieneCtx({ settings: { autoAdvance: true } });
    const leads = [{ rowNumber: 2, values: leadAt('contacted', { leadId: 'L-000001' }) }];
    const one = applyTouchpoints({ touchpoints: [tp(2, { leadId: 'L-000001', date: day('2026-11-16'), direction: 'Eingehend' })], leads, lastAccepted: new Map(), existingIds: [] }, ctx);
    expect(one.leadUpdates[0].writes.stage).toBe('Response');
    const two = applyTouchpoints({ touchpoints: [tp(3, { leadId: 'L-000001', date: day('2026-11-16'), direction: 'Inbound' })], leads, lastAccepted: new Map([['L-000001', 'response']]), existingIds: [] }, ctx);
    expect(two.advances).toEqual([]);
    const old = applyTouchpoints({ touchpoints: [tp(2, { touchpointId: 'TP-000001', leadId: 'L-000001', date: day('2026-11-10'), direction: 'Inbound' })], leads, lastAccepted: new Map(), existingIds: [] }, ctx);
    expect(old.advances).toEqual([]);
  });
  it('an outbound touchpoint moves nothing once the lead is past the first stage', () => {
    const ctx = hygieneCtx({ settings: { autoAdvance: true } });
    const leads = [{ rowNumber: 2, values: leadAt('contacted', { leadId: 'L-000001' }) }];
    expect(applyTouchpoints({ touchpoints: [tp(2, { leadId: 'L-000001', date: day('2026-11-16'), direction: 'Outbound' })], leads, lastAccepted: new Map(), existingIds: [] }, ctx).advances).toEqual([]);
  });
  it('does nothing while the setting is off', () => {
    const r = applyTouchpoints({ touchpoints: [tp(2, { leadId: 'L-000007', date: day('2026-11-16'), direction: 'Outbound' })], leads: fresh(), lastAccepted: new Map(), existingIds: [] }, hygieneCtx());
    expect(r.advances).toEqual([]);
    expect(r.leadUpdates[0].writes.stage).toBeUndefined();
  });
});
