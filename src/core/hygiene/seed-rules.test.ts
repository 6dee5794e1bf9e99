// Seed 000 "Required Fields (by Stage)" and "Data Quality Rules", each in Strict and in Soft mode.
import { describe, expect, it } from 'vitest';
import type { LeadFieldKey } from '../../../sheets-schema/leads.sheet.js';
import { stagesSheet } from '../../../sheets-schema/index.js';
import { historyRow } from './history.js';
import { stageTableFromRows } from './stage-table.js';
import { hygieneCtx, leadAt } from './hygiene.fixtures.js';
import { checkTransition } from './transition.js';
import type { Enforcement, LeadRow } from './types.js';

type Case = { rule: string; from: string; to: string; blank: readonly LeadFieldKey[]; missing: readonly string[] };

const cases: Case[] = [
  { rule: 'all stages need Email', from: 'newLead', to: 'contacted', blank: ['email'], missing: ['email'] },
  { rule: 'all stages need Owner and Last Contact Date', from: 'contacted', to: 'response', blank: ['owner', 'lastContactDate'], missing: ['owner', 'lastContactDate'] },
  { rule: 'from Contacted on: Source, First Contact Date, Touchpoint Count', from: 'newLead', to: 'contacted', blank: ['source', 'firstContactDate', 'touchpointCount'], missing: ['source', 'firstContactDate', 'touchpointCount'] },
  { rule: 'from Call Booked on: Call Date, Call Notes', from: 'response', to: 'callBooked', blank: ['callDate', 'callNotes'], missing: ['callDate', 'callNotes'] },
  { rule: 'from Call Booked on: BANT Score and Qualified', from: 'response', to: 'callBooked', blank: ['bantBudget', 'bantAuthority', 'bantNeed', 'bantTimeline', 'qualified'], missing: ['bantScore', 'qualified'] },
  { rule: 'from Offer Sent on: Offer Amount, Offer Sent Date, Follow-up Date', from: 'callBooked', to: 'offerSent', blank: ['offerAmount', 'offerSentDate', 'followUpDate'], missing: ['offerAmount', 'offerSentDate', 'followUpDate'] },
  { rule: 'Negotiation keeps the offer fields', from: 'offerSent', to: 'negotiation', blank: ['followUpDate'], missing: ['followUpDate'] },
  { rule: 'Closed Won: Closed Date, Actual Amount, Payment Terms, Kickoff Date', from: 'negotiation', to: 'closedWon', blank: ['closedDate', 'actualAmount', 'paymentTerms', 'kickoffDate'], missing: ['closedDate', 'actualAmount', 'paymentTerms', 'kickoffDate'] },
  { rule: 'rule 1: no active deal without a next step', from: 'contacted', to: 'response', blank: ['nextStep'], missing: ['nextStep'] },
  { rule: 'rule 1: the next step needs a date', from: 'offerSent', to: 'negotiation', blank: ['nextStepDate'], missing: ['nextStepDate'] },
  { rule: 'rule 3: Closed Lost always needs a reason', from: 'negotiation', to: 'closedLost', blank: ['lostReason'], missing: ['lostReason'] },
  { rule: 'rule 3: Nurturing needs the reactivation date', from: 'response', to: 'nurturing', blank: ['reactivationDate'], missing: ['reactivationDate'] },
];

function attempt(c: Case, enforcement: Enforcement, lang: 'en' | 'de' = 'en') {
  const ctx = hygieneCtx({ lang, settings: { enforcement } });
  const over: Record<string, unknown> = {};
  for (const k of c.blank) over[k] = '';
  const row: LeadRow = leadAt(c.to, over as LeadRow, lang);
  const from = ctx.stages.byKey.get(c.from)!;
  return { ctx, out: checkTransition({ ...ctx, row, from: from.name, to: row.stage }) };
}

describe.each(cases)('seed 000: $rule', (c) => {
  it('Strict: the change is rejected and rolled back to the previous stage, the attempt recorded as Rejected', () => {
    const { out } = attempt(c, 'strict');
    expect(out.accepted).toBe(false);
    expect(out.missing).toEqual(c.missing);
    expect(out.rollbackTo?.key).toBe(c.from);
    expect(out.stageCell).toBe(out.from?.name);
    expect(out.history).toMatchObject({ result: 'rejected', missingFields: c.missing, fromStage: out.from?.name, toStage: out.to?.name });
    expect(out.note).toContain(`“${out.to?.name}”`);
    expect(out.toast).toContain(`“${out.from?.name}”`);
  });
  it('Soft: the change stands, the row is flagged, and the attempt is recorded as Accepted with what is missing', () => {
    const { out } = attempt(c, 'soft');
    expect(out.accepted).toBe(true);
    expect(out.flagged).toBe(true);
    expect(out.rollbackTo).toBeNull();
    expect(out.stageCell).toBe(out.to?.name);
    expect(out.missing).toEqual(c.missing);
    expect(out.history).toMatchObject({ result: 'accepted', missingFields: c.missing });
    expect(out.problems.length).toBeGreaterThan(0);
  });
});

describe('stage changes that meet the rules', () => {
  it.each(['strict', 'soft'] as const)('%s: a complete lead moves on with nothing flagged and a Stage History entry', (enforcement) => {
    const ctx = hygieneCtx({ settings: { enforcement } });
    const out = checkTransition({ ...ctx, row: leadAt('offerSent'), from: 'Call Booked', to: 'offer sent' });
    expect(out).toMatchObject({ changed: true, accepted: true, flagged: false, missing: [], note: null, toast: null, stageCell: 'Offer Sent' });
    expect(out.history).toEqual({
      timestamp: ctx.now,
      leadId: 'L-000001',
      fromStage: 'Call Booked',
      toStage: 'Offer Sent',
      changedBy: 'anna@example.com',
      result: 'accepted',
      missingFields: [],
      reason: 'Next Step: Send the proposal (11/18/2026)',
      daysInPreviousStage: 0.1,
    });
  });
  it('records why a change was made, as far as the row tells (rule 2): Lost Reason, Reactivation Date, else the Next Step', () => {
    const ctx = hygieneCtx();
    const why = (from: string, to: string, row: Parameters<typeof leadAt>[1] = {}) => checkTransition({ ...ctx, row: leadAt(to, row), from, to: ctx.stages.byKey.get(to)!.name }).history?.reason;
    expect(why('negotiation', 'closedLost', { lostReason: 'Budget frozen until Q3' })).toBe('Lost Reason: Budget frozen until Q3');
    expect(why('response', 'nurturing')).toMatch(/^Reactivation Date: \d\d\/\d\d\/\d{4}$/);
    expect(why('negotiation', 'closedWon', { nextStep: '', nextStepDate: '' })).toBe('');
    const de = hygieneCtx({ locale: 'de_DE' });
    const lost = checkTransition({ ...de, row: leadAt('closedLost', { lostReason: 'Kein Budget' }), from: 'negotiation', to: 'Closed Lost' });
    expect(lost.history?.reason).toBe('Verlustgrund: Kein Budget');
  });
  it('Closed Won, Closed Lost and Nurturing need no next step', () => {
    const ctx = hygieneCtx();
    for (const [from, to] of [['negotiation', 'closedWon'], ['negotiation', 'closedLost'], ['response', 'nurturing']]) {
      const out = checkTransition({ ...ctx, row: leadAt(to, { nextStep: '', nextStepDate: '' }), from, to: ctx.stages.byKey.get(to)!.name });
      expect(out.accepted, to).toBe(true);
    }
  });
  it('re-typing the current stage in another case or language is no change: nothing to check, nothing recorded', () => {
    const ctx = hygieneCtx();
    const out = checkTransition({ ...ctx, row: leadAt('contacted', { email: '' }), from: 'contacted', to: 'KONTAKTIERT' });
    expect(out).toMatchObject({ changed: false, accepted: true, history: null, stageCell: 'Contacted' });
  });
});

describe('stages that do not exist', () => {
  it('Strict: an unknown stage is rolled back and the typed text kept in the note and Stage History', () => {
    const ctx = hygieneCtx();
    const out = checkTransition({ ...ctx, row: leadAt('contacted'), from: 'contacted', to: 'Hot!!' });
    expect(out).toMatchObject({ accepted: false, stageCell: 'Contacted', note: 'Stage “Hot!!” was not saved: there is no such stage in the Stages tab. The stage is back to “Contacted”.' });
    expect(out.history).toMatchObject({ toStage: 'Hot!!', result: 'rejected', reason: 'Unknown stage' });
  });
  it('Soft: an unknown stage stands and the row is flagged', () => {
    const ctx = hygieneCtx({ settings: { enforcement: 'soft' } });
    const out = checkTransition({ ...ctx, row: leadAt('contacted'), from: 'contacted', to: 'Hot!!' });
    expect(out).toMatchObject({ accepted: true, flagged: true, stageCell: 'Hot!!' });
    expect(out.problems.map((p) => p.message)).toEqual(['Unknown stage “Hot!!”']);
  });
  it('Strict: clearing the Stage cell restores the last accepted stage; Soft leaves it blank and flagged', () => {
    expect(checkTransition({ ...hygieneCtx(), row: leadAt('response'), from: 'response', to: '' })).toMatchObject({ accepted: false, stageCell: 'Response' });
    const soft = checkTransition({ ...hygieneCtx({ settings: { enforcement: 'soft' } }), row: leadAt('response'), from: 'response', to: '' });
    expect(soft).toMatchObject({ accepted: true, flagged: true, stageCell: '' });
    expect(soft.problems.map((p) => p.code)).toEqual(['noStage']);
  });
  it('Strict: a new lead typed straight into a later stage with gaps falls back to the first stage', () => {
    const ctx = hygieneCtx();
    const out = checkTransition({ ...ctx, row: leadAt('offerSent', { offerAmount: '' }), from: null, to: 'Offer Sent' });
    expect(out).toMatchObject({ accepted: false, stageCell: 'New Lead', missing: ['offerAmount'] });
    expect(out.rollbackTo?.key).toBe('newLead');
  });
});

describe('German sheets', () => {
  it('Strict: the note, the toast and the Stage History row speak German with German labels', () => {
    const { ctx, out } = attempt(cases[5], 'strict', 'de');
    expect(out.note).toBe('Phase „Angebot gesendet“ wurde nicht übernommen, es fehlen: Angebotssumme, Angebot gesendet am, Nachfassdatum. Die Phase steht wieder auf „Call gebucht“.');
    expect(out.toast).toBe('Phase „Angebot gesendet“ braucht: Angebotssumme, Angebot gesendet am, Nachfassdatum. Zurück auf „Call gebucht“.');
    expect(historyRow(out.history!, 'de')).toMatchObject({ result: 'Abgelehnt', missingFields: 'Angebotssumme, Angebot gesendet am, Nachfassdatum', reason: 'Pflichtfelder fehlen', fromStage: 'Call gebucht', toStage: 'Angebot gesendet', changedBy: ctx.user });
  });
  it('Soft: the note says what is missing, in German', () => {
    const { out } = attempt(cases[10], 'soft', 'de');
    expect(out.note).toBe('Phase „Verloren“ gespeichert, es fehlen: Verlustgrund.');
    expect(historyRow(out.history!, 'de').result).toBe('Angenommen');
  });
});

describe('the rules of a stage kind hold even when the Stages tab does not list the fields', () => {
  const rows = [
    ['Prospect', 1, '', '', 24, 0.1, 'Pipeline', 'Name', 'Open'],
    ['Lost', 2, '', '', '', 0, 'Omitted', 'Name', 'Lost'],
    ['Later', 3, '', '', '', 0.05, 'Omitted', 'Name', 'Parked'],
  ];
  const stages = stageTableFromRows({ header: stagesSheet.fields.map((f) => f.labels.en), rows }, { locale: 'en_US', timeZone: 'Europe/Berlin' });
  const ctx = hygieneCtx({ stages });
  it('an open stage needs Next Step and Next Step Date, a lost one Lost Reason, a parked one Reactivation Date', () => {
    const row: LeadRow = { leadId: 'L-000009', name: 'Ada' };
    expect(checkTransition({ ...ctx, row, from: 'Lost', to: 'Prospect' }).missing).toEqual(['nextStep', 'nextStepDate']);
    expect(checkTransition({ ...ctx, row, from: 'Prospect', to: 'Lost' }).missing).toEqual(['lostReason']);
    expect(checkTransition({ ...ctx, row, from: 'Prospect', to: 'Later' }).missing).toEqual(['reactivationDate']);
    expect(checkTransition({ ...ctx, row: { ...row, lostReason: 'No budget' }, from: 'Prospect', to: 'lost' }).accepted).toBe(true);
  });
});
