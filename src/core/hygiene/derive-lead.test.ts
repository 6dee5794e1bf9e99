import { describe, expect, it } from 'vitest';
import { deriveLead } from './derive-lead.js';
import { hygieneCtx, leadAt } from './hygiene.fixtures.js';
import { hygieneSettings } from './settings.js';

const ctx = hygieneCtx();
const de = hygieneCtx({ locale: 'de_DE' });

describe('BANT Score and Qualified', () => {
  it('counts the ticked BANT checkboxes', () => {
    const d = deriveLead(leadAt('callBooked', { bantBudget: true, bantAuthority: 'ja', bantNeed: false, bantTimeline: 'x' }), ctx);
    expect(d.values.bantScore).toBe(3);
  });
  it('stays blank while no BANT box is answered, so a required BANT Score is missing', () => {
    const d = deriveLead(leadAt('callBooked', { bantBudget: '', bantAuthority: '', bantNeed: '', bantTimeline: '' }), ctx);
    expect(d.values.bantScore).toBe('');
    expect(d.hygiene).toBe('Missing: BANT Score');
  });
  it('suggests Qualified (Yes) from the BANT minimum only when Qualified is empty; below it, suggests nothing', () => {
    const three = { bantBudget: true, bantAuthority: true, bantNeed: true, bantTimeline: false };
    expect(deriveLead(leadAt('response', { ...three, qualified: '' }), ctx).values.qualified).toBe(true);
    expect(deriveLead(leadAt('response', { ...three, bantNeed: false, qualified: '' }), ctx).values).not.toHaveProperty('qualified');
    expect(deriveLead(leadAt('response', { ...three, qualified: false }), ctx).values).not.toHaveProperty('qualified');
    const strict4 = hygieneCtx({ settings: hygieneSettings({ bantMinimum: 4 }) });
    expect(deriveLead(leadAt('response', { ...three, qualified: '' }), strict4).values).not.toHaveProperty('qualified');
  });
});

describe('values from the stage', () => {
  it('takes Probability and Forecast Category from the stage, in the sheet language', () => {
    expect(deriveLead(leadAt('offerSent'), ctx).values).toMatchObject({ probability: 0.5, forecastCategory: 'Best Case' });
    expect(deriveLead(leadAt('negotiation', {}, 'de'), de).values).toMatchObject({ probability: 0.7, forecastCategory: 'Commit' });
    expect(deriveLead(leadAt('closedLost'), ctx).values).toMatchObject({ probability: 0, forecastCategory: 'Omitted' });
    expect(deriveLead(leadAt('closedLost', {}, 'de'), de).values).toMatchObject({ forecastCategory: 'Ausgeschlossen' });
  });
  it('weights the offer amount by probability, and the actual amount once won', () => {
    expect(deriveLead(leadAt('negotiation', { offerAmount: '4.800,50' }, 'de'), de).values.weightedValue).toBe(3360.35);
    expect(deriveLead(leadAt('closedWon', { offerAmount: 4800, actualAmount: 4500 }), ctx).values.weightedValue).toBe(4500);
    expect(deriveLead(leadAt('newLead'), ctx).values.weightedValue).toBe('');
  });
  it('leaves stage values blank for an unknown stage and says so', () => {
    const d = deriveLead(leadAt('newLead', { stage: 'Warm' }), ctx);
    expect(d.values).toMatchObject({ probability: '', forecastCategory: '', weightedValue: '', slaDue: '' });
    expect(d.hygiene).toBe('Unknown stage “Warm”');
  });
});

describe('SLA Due', () => {
  it('is Stage Changed At plus the stage SLA in calendar hours', () => {
    const d = deriveLead(leadAt('contacted', { stageChangedAt: new Date('2026-11-13T10:00:00+01:00') }), ctx);
    expect(d.values.slaDue).toEqual(new Date('2026-11-16T10:00:00+01:00'));
  });
  it('falls back to Created At when the stage never changed, and is blank for a stage without SLA', () => {
    const d = deriveLead(leadAt('newLead', { stageChangedAt: '', createdAt: new Date('2026-11-16T08:00:00+01:00') }), ctx);
    expect(d.values.slaDue).toEqual(new Date('2026-11-17T08:00:00+01:00'));
    expect(deriveLead(leadAt('callBooked'), ctx).values.slaDue).toBe('');
  });
  it('counts business hours when Settings say so, as the digests do: Friday 15:00 plus 24 h ends Wednesday 15:00 (9 to 17, Monday to Friday)', () => {
    const business = hygieneCtx({ settings: { slaHoursMode: 'business' } });
    const d = deriveLead(leadAt('newLead', { stageChangedAt: new Date('2026-11-13T15:00:00+01:00') }), business);
    expect(d.values.slaDue).toEqual(new Date('2026-11-18T15:00:00+01:00'));
  });
  it('gives a parked lead its own Reactivation Date as SLA Due', () => {
    const d = deriveLead(leadAt('nurturing', { stageChangedAt: new Date('2026-11-13T15:00:00+01:00'), reactivationDate: new Date('2027-01-19T00:00:00+01:00') }), ctx);
    expect(d.values.slaDue).toEqual(new Date('2027-01-19T00:00:00+01:00'));
  });
  it('flags an overdue SLA in plain words', () => {
    const d = deriveLead(leadAt('contacted', { stageChangedAt: new Date('2026-11-12T08:00:00+01:00') }), ctx);
    expect(d.hygiene).toBe('SLA overdue since 11/15/2026 08:00');
    const won = deriveLead(leadAt('closedWon', { stageChangedAt: new Date('2026-11-01T08:00:00+01:00'), kickoffDate: new Date('2026-11-05T00:00:00+01:00') }), ctx);
    expect(won.hygiene).toBe('OK');
  });
});

describe('the Hygiene column', () => {
  it('says OK for a complete lead in every stage', () => {
    for (const stage of ['newLead', 'contacted', 'response', 'callBooked', 'offerSent', 'negotiation', 'closedWon', 'closedLost', 'nurturing']) {
      expect(deriveLead(leadAt(stage), ctx).hygiene, stage).toBe('OK');
    }
  });
  it('names every problem of the row in plain words', () => {
    const row = leadAt('offerSent', { email: 'jana(at)koehler', source: '', offerAmount: 'a lot', nextStep: '', nextStepDate: new Date('2026-11-10T00:00:00+01:00') });
    expect(deriveLead(row, ctx).hygiene).toBe(
      'Missing: Source; No next step; Next step date 11/10/2026 is in the past; Email: “jana(at)koehler” is not an email address.; Offer Amount: “a lot” is not a number.',
    );
  });
  it('speaks German in a German sheet', () => {
    const row = leadAt('closedLost', { lostReason: '', email: '' }, 'de');
    expect(deriveLead(row, de).hygiene).toBe('Fehlt: E-Mail, Verlustgrund');
    expect(deriveLead(leadAt('contacted', { nextStepDate: '' }, 'de'), de).hygiene).toBe('Nächster Schritt ohne Datum');
    expect(deriveLead(leadAt('newLead', { stage: '' }, 'de'), de).hygiene).toBe('Keine Phase');
    expect(deriveLead(leadAt('contacted', { nextStep: '', nextStepDate: '' }, 'de'), de).hygiene).toBe('Kein nächster Schritt und kein Datum');
  });
  it('says a next step and its date are both missing once, not as two problems', () => {
    const d = deriveLead(leadAt('contacted', { nextStep: '', nextStepDate: '' }), ctx);
    expect(d.hygiene).toBe('No next step and no date');
    expect(d.problems).toEqual([expect.objectContaining({ code: 'noNextStep', fields: ['nextStep', 'nextStepDate'] })]);
  });
  it('reads what people type: dates per locale and a German decimal comma', () => {
    const d = deriveLead(leadAt('offerSent', { nextStepDate: '24.12.2026', offerAmount: '1.234,50', offerSentDate: '2026-11-12' }, 'de'), de);
    expect(d.hygiene).toBe('OK');
    expect(d.read.values.nextStepDate).toEqual(new Date('2026-12-24T00:00:00+01:00'));
    expect(deriveLead(leadAt('offerSent', { nextStepDate: '12/24/2026' }), ctx).read.values.nextStepDate).toEqual(new Date('2026-12-24T00:00:00+01:00'));
  });
});
