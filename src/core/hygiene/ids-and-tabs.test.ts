import { describe, expect, it } from 'vitest';
import { hygieneCtx } from './hygiene.fixtures.js';
import { formatId, idIssuer, nextIds, nextLeadId } from './ids.js';
import { deriveTabRows } from './other-tabs.js';

describe('IDs', () => {
  it('Lead IDs look like L-000123 and follow the highest one in the sheet', () => {
    expect(nextLeadId(['L-000001', 'L-000122', 'l-000007', 'x', 42, ''])).toEqual({ id: 'L-000123', counter: 123 });
  });
  it('are never reused: the persisted counter remembers IDs of deleted rows', () => {
    expect(nextLeadId(['L-000003'], 40)).toEqual({ id: 'L-000041', counter: 41 });
    expect(nextLeadId([], 0)).toEqual({ id: 'L-000001', counter: 1 });
  });
  it('grow past six digits instead of wrapping', () => {
    expect(nextLeadId(['L-999999']).id).toBe('L-1000000');
  });
  it('have a prefix per tab: P-, T-, INC-, QA-, R-, TP-', () => {
    expect(idIssuer('projects', []).next()).toBe('P-000001');
    expect(idIssuer('tasks', ['T-000009']).next()).toBe('T-000010');
    expect(idIssuer('incidents', [], 4).next()).toBe('INC-000005');
    expect(idIssuer('qaReviews', []).next()).toBe('QA-000001');
    expect(idIssuer('risks', []).next()).toBe('R-000001');
    expect(nextIds('TP', ['TP-000002'], 2)).toEqual({ ids: ['TP-000003', 'TP-000004'], counter: 4 });
    expect(formatId('L', 5)).toBe('L-000005');
  });
});

describe('other tabs', () => {
  const ctx = hygieneCtx();
  it('Risks: a new risk gets an ID and Score = Probability x Impact', () => {
    const r = deriveTabRows('risks', [{ rowNumber: 2, values: { title: 'Key person leaves', probability: 3, impact: '4' } }], { existingIds: [] }, ctx);
    expect(r.rows[0].writes).toEqual({ riskId: 'R-000001', impact: 4, score: 12 });
    expect(r.idCounter).toBe(1);
  });
  it('Risks: the Score stays blank and the problem is named while a factor is not 1-5', () => {
    const r = deriveTabRows('risks', [{ rowNumber: 7, values: { riskId: 'R-000003', title: 'X', probability: 6, impact: 2, score: 10 } }], { existingIds: [] }, ctx);
    expect(r.rows[0].writes).toEqual({ score: '' });
    expect(r.rows[0].problems).toEqual(['Row 7, Probability: 6 is above the maximum of 5.']);
  });
  it('Tasks: Created At for a new task, Done At when it becomes Done, cleared when reopened', () => {
    const fresh = deriveTabRows('tasks', [{ rowNumber: 2, values: { title: 'Call back', status: 'Open' } }], { existingIds: [] }, ctx);
    expect(fresh.rows[0].writes).toEqual({ taskId: 'T-000001', createdAt: ctx.now });
    const done = deriveTabRows('tasks', [{ rowNumber: 2, values: { taskId: 'T-000001', title: 'Call back', status: 'erledigt' } }], { existingIds: [] }, ctx);
    expect(done.rows[0].writes).toEqual({ status: 'Done', doneAt: ctx.now });
    const again = deriveTabRows('tasks', [{ rowNumber: 2, values: { ...done.rows[0].row } }], { existingIds: [] }, ctx);
    expect(again.rows[0].writes).toEqual({});
    const reopened = deriveTabRows('tasks', [{ rowNumber: 2, values: { ...done.rows[0].row, status: 'Open' } }], { existingIds: [] }, ctx);
    expect(reopened.rows[0].writes).toEqual({ doneAt: '' });
  });
  it('Incidents, QA Reviews and Projects: IDs, enum and date checks with messages in the sheet language', () => {
    const de = hygieneCtx({ locale: 'de_DE' });
    const inc = deriveTabRows('incidents', [{ rowNumber: 3, values: { date: '31.11.2026', severity: 'furchtbar', status: 'Gelöst' } }], { existingIds: ['INC-000002'] }, de);
    expect(inc.rows[0].writes).toEqual({ incidentId: 'INC-000003', resolvedAt: de.now });
    expect(inc.rows[0].problems).toEqual([
      'Zeile 3, Datum: „31.11.2026“ ist kein Datum. Bitte so eingeben: 24.12.2026.',
      'Zeile 3, Schweregrad: „furchtbar“ ist keiner dieser Werte: Kritisch, Hoch, Mittel, Niedrig.',
    ]);
    const qa = deriveTabRows('qaReviews', [{ rowNumber: 2, values: { date: '2026-11-16', result: 'pass' } }], { existingIds: [] }, ctx);
    expect(qa.rows[0].writes).toMatchObject({ reviewId: 'QA-000001', result: 'Pass' });
    const p = deriveTabRows('projects', [{ rowNumber: 2, values: { client: '=cmd', status: 'active' } }], { existingIds: [] }, ctx);
    expect(p.rows[0]).toMatchObject({ id: 'P-000001', textCells: ['client'] });
  });
  it('a row with nothing typed gets no ID', () => {
    const r = deriveTabRows('tasks', [{ rowNumber: 9, values: { title: ' ', createdAt: new Date() } }], { existingIds: [] }, ctx);
    expect(r.rows[0].skipped).toBe(true);
    expect(r.idCounter).toBe(0);
  });
});
