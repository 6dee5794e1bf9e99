import { describe, expect, it } from 'vitest';
import { checkAllRows } from './check-all.js';
import { hygieneCtx, leadAt } from './hygiene.fixtures.js';
import { pipelineHygiene, pipelineHygieneTarget } from './kpi.js';
import type { LeadRow } from './types.js';

const rows = (...values: LeadRow[]) => values.map((v, i) => ({ rowNumber: i + 2, values: v }));

describe('Pipeline Hygiene KPI (seed 000: target 95 %)', () => {
  it('is the share of open leads with complete fields, a valid stage and a next step, overall and per owner', () => {
    const ctx = hygieneCtx();
    const r = checkAllRows(
      rows(
        leadAt('contacted', { leadId: 'L-000001', owner: 'anna@example.com' }),
        leadAt('offerSent', { leadId: 'L-000002', owner: 'Anna@Example.com', nextStep: '' }),
        leadAt('response', { leadId: 'L-000003', owner: 'bob@example.com' }),
        leadAt('newLead', { leadId: 'L-000004', owner: 'bob@example.com', stage: 'Somewhere' }),
        leadAt('closedLost', { leadId: 'L-000005', owner: 'bob@example.com', lostReason: '' }),
        leadAt('closedWon', { leadId: 'L-000006', owner: 'carl@example.com' }),
      ),
      { lastAccepted: new Map(), existingIds: [] },
      ctx,
    );
    expect(r.kpi.target).toBe(pipelineHygieneTarget);
    expect(r.kpi.overall).toEqual({ open: 4, complete: 2, share: 0.5, meetsTarget: false });
    expect(r.kpi.byOwner).toEqual([
      { owner: 'anna@example.com', open: 2, complete: 1, share: 0.5, meetsTarget: false },
      { owner: 'bob@example.com', open: 2, complete: 1, share: 0.5, meetsTarget: false },
    ]);
    expect(r.kpi.problems.map((p) => [p.rowNumber, p.problems.map((q) => q.message)])).toEqual([
      [3, ['No next step']],
      [5, ['Unknown stage “Somewhere”']],
      [6, ['Missing: Lost Reason']],
    ]);
    expect(r.kpi.summary).toEqual(['Pipeline Hygiene: 50% of 4 open leads complete (target 95%).', 'anna@example.com: 50% of 2', 'bob@example.com: 50% of 2']);
  });
  it('an overdue SLA or a past next-step date is a problem but not an incomplete lead', () => {
    const ctx = hygieneCtx();
    const r = checkAllRows(rows(leadAt('contacted', { stageChangedAt: new Date('2026-11-01T00:00:00+01:00'), nextStepDate: new Date('2026-11-01T00:00:00+01:00') })), { lastAccepted: new Map(), existingIds: [] }, ctx);
    expect(r.kpi.overall.share).toBe(1);
    expect(r.kpi.problems[0].problems).toHaveLength(2);
  });
  it('speaks German and says when there is no open lead', () => {
    const de = hygieneCtx({ locale: 'de_DE' });
    const r = checkAllRows(rows(leadAt('contacted', { nextStep: '' }, 'de'), ...Array.from({ length: 19 }, (_, i) => leadAt('contacted', { leadId: `L-00010${i}` }, 'de'))), { lastAccepted: new Map(), existingIds: [] }, de);
    expect(r.kpi.overall).toMatchObject({ open: 20, complete: 19, share: 0.95, meetsTarget: true });
    expect(r.kpi.summary[0]).toBe('Pipeline-Hygiene: 95 % von 20 offenen Leads vollständig (Ziel 95 %).');
    expect(pipelineHygiene([], de).summary).toEqual(['Pipeline-Hygiene: keine offenen Leads.']);
  });
});

describe('Check all rows', () => {
  it('checks a stage change whose onEdit was dropped against the last accepted stage', () => {
    const ctx = hygieneCtx();
    const r = checkAllRows(rows(leadAt('offerSent', { offerAmount: '' })), { lastAccepted: new Map([['L-000001', 'callBooked']]), existingIds: ['L-000001'] }, ctx);
    expect(r.rows[0].writes.stage).toBe('Call Booked');
    expect(r.history).toHaveLength(1);
  });
  it('gives rows without an ID their ID and flags IDs used twice', () => {
    const ctx = hygieneCtx();
    const r = checkAllRows(rows(leadAt('contacted'), leadAt('contacted'), leadAt('newLead', { leadId: '' })), { lastAccepted: new Map(), existingIds: ['L-000001'] }, ctx);
    expect(r.rows.map((x) => x.hygiene)).toEqual(['Lead ID L-000001 is used more than once', 'Lead ID L-000001 is used more than once', 'OK']);
    expect(r.rows[2].writes.leadId).toBe('L-000002');
  });
  it('leaves nothing stale: a second pass over the written rows changes nothing', () => {
    const ctx = hygieneCtx();
    const first = checkAllRows(rows(leadAt('contacted', { probability: 0.7, hygiene: 'old' }), { name: 'New person', email: 'NEW@x.de ' }), { lastAccepted: new Map(), existingIds: [] }, ctx);
    const second = checkAllRows(first.rows.map((r) => ({ rowNumber: r.rowNumber, values: r.row })), { lastAccepted: first.lastAccepted, existingIds: first.rows.map((r) => r.leadId), idCounter: first.idCounter }, ctx);
    expect(second.rows.map((r) => r.writes)).toEqual([{}, {}]);
    expect(second.history).toEqual([]);
  });
});
