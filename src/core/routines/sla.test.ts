import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opsmindPreset } from '../../../sheets-schema/stage-presets.js';
import { stagesFromPreset } from '../stages.js';
import { addBusinessHours, businessHoursBetween } from './business-hours.js';
import { addCalendarDays, slaDue, slaState, type SlaOptions } from './sla.js';

const tz = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
const stages = new Map(stagesFromPreset(opsmindPreset, 'en').map((s) => [s.key, s]));
const stage = (k: string) => stages.get(k)!;
const calendar: SlaOptions = { timeZone: tz, mode: 'calendar' };
const business: SlaOptions = { timeZone: tz, mode: 'business' };

describe('business hours (Mon–Fri 9–17 by default, on the wall clock)', () => {
  it('skips nights and the weekend', () => {
    // Friday 16:00 CET + 2 business hours = Monday 10:00 CET.
    expect(iso(addBusinessHours(at('2026-11-20T15:00:00Z'), 2, tz))).toBe('2026-11-23T09:00:00.000Z');
    // Saturday counts nothing: 1 hour from Saturday noon ends Monday 10:00.
    expect(iso(addBusinessHours(at('2026-11-21T11:00:00Z'), 1, tz))).toBe('2026-11-23T09:00:00.000Z');
  });

  it('ends exactly at closing time rather than at the next opening', () => {
    expect(iso(addBusinessHours(at('2026-11-20T08:00:00Z'), 8, tz))).toBe('2026-11-20T16:00:00.000Z'); // Fri 9:00 + 8 h = Fri 17:00
  });

  it('is DST-correct in Europe/Berlin: the spring change moves no business hour', () => {
    // Friday 27 March 2026 16:00 CET + 24 business hours: Fri 1 + Mon 8 + Tue 8 + Wed 7 = Wed 1 April 16:00 CEST.
    expect(iso(addBusinessHours(at('2026-03-27T15:00:00Z'), 24, tz))).toBe('2026-04-01T14:00:00.000Z');
    // Friday 16:00 CET to Monday 10:00 CEST is 2 business hours, though the weekend lost an hour.
    expect(businessHoursBetween(at('2026-03-27T15:00:00Z'), at('2026-03-30T08:00:00Z'), tz)).toBe(2);
    // Autumn: Friday 23 Oct 16:00 CEST to Monday 26 Oct 10:00 CET is also 2.
    expect(businessHoursBetween(at('2026-10-23T14:00:00Z'), at('2026-10-26T09:00:00Z'), tz)).toBe(2);
  });

  it('takes configurable hours and days', () => {
    const bh = { startHour: 8, endHour: 12, days: ['mon', 'wed'] as const };
    // Monday 11:00 + 3 h: 1 h Monday, 2 h Wednesday from 8:00 = Wednesday 10:00 (CET = UTC+1).
    expect(iso(addBusinessHours(at('2026-11-16T10:00:00Z'), 3, tz, { ...bh, days: [...bh.days] }))).toBe('2026-11-18T09:00:00.000Z');
    expect(() => addBusinessHours(0, 1, tz, { startHour: 17, endHour: 9, days: ['mon'] })).toThrow();
  });

  it('adding h business hours and measuring back gives h (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 365 * 24 * 60 }), fc.integer({ min: 1, max: 2000 }), (minute, hours) => {
        const from = at('2026-01-01T00:00:00Z') + minute * 60_000;
        const due = addBusinessHours(from, hours, tz);
        expect(due).toBeGreaterThan(from);
        expect(Math.round(businessHoursBetween(from, due, tz) * 1000) / 1000).toBe(hours);
      }),
      { numRuns: 200 },
    );
  });
});

describe('SLA engine', () => {
  it('counts calendar hours from Stage Changed At by default', () => {
    const lead = { stageChangedAt: at('2026-11-16T09:00:00Z') };
    expect(iso(slaDue(lead, stage('contacted'), calendar))).toBe('2026-11-19T09:00:00.000Z'); // 72 h
    expect(slaState(lead, stage('contacted'), at('2026-11-19T08:59:00Z'), calendar)).toMatchObject({ breached: false, hoursOver: 0 });
    expect(slaState(lead, stage('contacted'), at('2026-11-19T14:30:00Z'), calendar)).toMatchObject({ breached: true, hoursOver: 5, action: 'advance' });
  });

  it('counts elapsed hours across a DST change in calendar mode', () => {
    // Saturday 28 March 12:00 CET + 72 h = Tuesday 31 March 13:00 CEST (the clock skipped an hour).
    expect(iso(slaDue({ stageChangedAt: at('2026-03-28T11:00:00Z') }, stage('contacted'), calendar))).toBe('2026-03-31T11:00:00.000Z');
  });

  it('counts business hours, and hours over in business hours, when the setting says so', () => {
    const lead = { stageChangedAt: at('2026-11-20T15:00:00Z') }; // New Lead, Friday 16:00: 24 business hours
    const due = slaDue(lead, stage('newLead'), business)!;
    expect(iso(due)).toBe('2026-11-25T15:00:00.000Z'); // Fri 1 + Mon 8 + Tue 8 + Wed 7 = Wed 16:00
    const state = slaState(lead, stage('newLead'), at('2026-11-26T10:00:00Z'), business)!; // Thu 11:00
    expect(state).toMatchObject({ breached: true, hoursOver: 3 }); // Wed 16-17 + Thu 9-11
  });

  it('has no SLA for Call Booked and Closed Lost, nor without Stage Changed At', () => {
    expect(slaState({ stageChangedAt: 0 }, stage('callBooked'), at('2026-11-20T00:00:00Z'), calendar)).toBeNull();
    expect(slaState({ stageChangedAt: 0 }, stage('closedLost'), at('2026-11-20T00:00:00Z'), calendar)).toBeNull();
    expect(slaState({ stageChangedAt: null }, stage('contacted'), at('2026-11-20T00:00:00Z'), calendar)).toBeNull();
  });

  it('gives Closed Won 7 calendar days to the kickoff, even in business mode and across DST', () => {
    const won = { stageChangedAt: at('2026-03-25T09:00:00Z') }; // Wed 10:00 CET
    expect(iso(slaDue(won, stage('closedWon'), business))).toBe('2026-04-01T08:00:00.000Z'); // Wed 10:00 CEST
    expect(slaState(won, stage('closedWon'), at('2026-04-02T08:00:00Z'), calendar)).toMatchObject({ breached: true, action: 'kickoff', hoursOver: 24 });
    const held = { ...won, kickoffDate: at('2026-03-30T22:00:00Z') };
    expect(slaState(held, stage('closedWon'), at('2026-04-02T08:00:00Z'), calendar)).toMatchObject({ breached: false });
  });

  it('reactivates Nurturing after 90 days, or on its own Reactivation Date', () => {
    const parked = { stageChangedAt: at('2026-01-10T09:00:00Z') };
    expect(iso(slaDue(parked, stage('nurturing'), calendar))).toBe('2026-04-10T08:00:00.000Z'); // 90 days, 10:00 wall clock
    expect(slaState(parked, stage('nurturing'), at('2026-04-11T00:00:00Z'), calendar)).toMatchObject({ action: 'reactivate', breached: true });
    const dated = { ...parked, reactivationDate: at('2026-02-01T23:00:00Z') };
    expect(iso(slaDue(dated, stage('nurturing'), calendar))).toBe('2026-02-01T23:00:00.000Z');
  });

  it('adds calendar days on the wall clock', () => {
    expect(iso(addCalendarDays(at('2026-10-24T08:00:00Z'), 1, tz))).toBe('2026-10-25T09:00:00.000Z'); // 10:00 CEST -> 10:00 CET
  });
});
