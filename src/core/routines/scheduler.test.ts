import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyLedger, markDone, type Ledger } from './ledger.js';
import { currentPeriods, defaultSchedule, dueJobs, type DueJob } from './scheduler.js';

const tz = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);

/** One tick: what is due, then every due key recorded (what the app does under the document lock). */
function tick(ledger: Ledger, now: number, ran: DueJob[]): Ledger {
  const due = dueJobs({ now, timeZone: tz, settings: defaultSchedule, ledger });
  ran.push(...due);
  return markDone(ledger, ...due.map((j) => j.key));
}

function walk(fromIso: string, hours: number, step = 1, start: Ledger = emptyLedger): { ledger: Ledger; ran: DueJob[] } {
  let ledger = start;
  const ran: DueJob[] = [];
  for (let h = 0; h < hours; h += step) ledger = tick(ledger, at(fromIso) + h * 3_600_000, ran);
  return { ledger, ran };
}

const keysOf = (ran: DueJob[], job: string) => ran.filter((j) => j.job === job).map((j) => j.key);

describe('job scheduler', () => {
  it('names periods by day, ISO week and month in the spreadsheet time zone', () => {
    // 2026-11-15 23:30 UTC is already Monday 16 November in Berlin.
    expect(currentPeriods(at('2026-11-15T23:30:00Z'), tz)).toEqual({ hour: '2026-11-16T00', day: '2026-11-16', week: '2026-W47', month: '2026-11' });
    expect(currentPeriods(at('2026-11-15T23:30:00Z'), 'America/New_York').day).toBe('2026-11-15');
  });

  it('sends the daily digest once per weekday at the Digest Hour, never before it', () => {
    const early = dueJobs({ now: at('2026-11-16T06:10:00Z'), timeZone: tz, settings: defaultSchedule, ledger: emptyLedger });
    expect(early.map((j) => j.job)).toEqual(['budgetCheck', 'monthly']);
    const { ran } = walk('2026-11-16T00:05:00Z', 24);
    expect(keysOf(ran, 'dailyDigest')).toEqual(['dailyDigest:2026-11-16']);
  });

  it('walks a week hour by hour: five digests, one Friday review, budget checks every hour, daily follow-ups', () => {
    const { ran } = walk('2026-11-16T00:20:00Z', 7 * 24);
    expect(keysOf(ran, 'dailyDigest')).toEqual(['16', '17', '18', '19', '20'].map((d) => `dailyDigest:2026-11-${d}`));
    expect(keysOf(ran, 'fridayReview')).toEqual(['fridayReview:2026-W47']);
    expect(keysOf(ran, 'budgetCheck')).toHaveLength(7 * 24);
    expect(keysOf(ran, 'followUps')).toHaveLength(7);
    expect(keysOf(ran, 'reactivation')).toHaveLength(7);
  });

  it('sends no digest on the weekend unless Saturday is a Digest Day', () => {
    const weekend = walk('2026-11-21T00:20:00Z', 48).ran;
    expect(keysOf(weekend, 'dailyDigest')).toEqual([]);
    const ledger = emptyLedger;
    const sat = dueJobs({ now: at('2026-11-21T09:00:00Z'), timeZone: tz, settings: { ...defaultSchedule, digestDays: ['sat'] }, ledger });
    expect(sat.map((j) => j.key)).toContain('dailyDigest:2026-11-21');
  });

  it('catches up once after a week of downtime: one digest for today, not seven', () => {
    const before = walk('2026-11-16T07:20:00Z', 3).ledger; // Monday's digest went out
    const after = walk('2026-11-25T13:20:00Z', 1, 1, before).ran; // next tick: Wednesday of the next week
    expect(keysOf(after, 'dailyDigest')).toEqual(['dailyDigest:2026-11-25']);
    expect(keysOf(after, 'followUps')).toEqual(['followUps:2026-11-25']);
    expect(keysOf(after, 'fridayReview')).toEqual([]);
  });

  it('catches up a missed Friday review on the weekend, but not in the next week', () => {
    expect(keysOf(walk('2026-11-21T10:20:00Z', 1).ran, 'fridayReview')).toEqual(['fridayReview:2026-W47']);
    expect(keysOf(walk('2026-11-23T10:20:00Z', 1).ran, 'fridayReview')).toEqual([]);
  });

  it('runs the monthly job on the 1st from the Digest Hour, and once per month across the boundary', () => {
    const { ran } = walk('2026-11-30T00:20:00Z', 48, 1, markDone(emptyLedger, 'monthly:2026-11'));
    expect(keysOf(ran, 'monthly')).toEqual(['monthly:2026-12']);
    const first = ran.find((j) => j.key === 'monthly:2026-12');
    expect(first).toBeDefined();
    const dueEarly = dueJobs({ now: at('2026-12-01T05:00:00Z'), timeZone: tz, settings: defaultSchedule, ledger: markDone(emptyLedger, 'monthly:2026-11') });
    expect(dueEarly.map((j) => j.job)).not.toContain('monthly');
  });

  it('keeps the Digest Hour on the wall clock across the spring DST change', () => {
    // Berlin switches to CEST on Sunday 2026-03-29; Monday 08:00 CEST is 06:00 UTC.
    expect(dueJobs({ now: at('2026-03-30T05:59:00Z'), timeZone: tz, settings: defaultSchedule, ledger: emptyLedger }).map((j) => j.job)).not.toContain('dailyDigest');
    expect(dueJobs({ now: at('2026-03-30T06:01:00Z'), timeZone: tz, settings: defaultSchedule, ledger: emptyLedger }).map((j) => j.key)).toContain('dailyDigest:2026-03-30');
  });

  it('runs a job once when two users’ triggers fire in the same hour', () => {
    let ledger = walk('2026-11-16T00:20:00Z', 7).ledger;
    const ran: DueJob[] = [];
    ledger = tick(ledger, at('2026-11-16T07:05:00Z'), ran); // Ana's trigger
    tick(ledger, at('2026-11-16T07:41:00Z'), ran); // Ben's trigger, same hour
    expect(keysOf(ran, 'dailyDigest')).toEqual(['dailyDigest:2026-11-16']);
    expect(keysOf(ran, 'budgetCheck')).toEqual(['budgetCheck:2026-11-16T08']);
  });

  it('never proposes a key twice, whatever the order and spacing of ticks, even with clocks out of order (property)', () => {
    const base = at('2026-11-01T00:00:00Z');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 * 24 * 45 }), { minLength: 1, maxLength: 80 }), (minutes) => {
        let ledger = emptyLedger;
        const ran: DueJob[] = [];
        for (const m of minutes) ledger = tick(ledger, base + m * 60_000, ran);
        const keys = ran.map((j) => j.key);
        expect(new Set(keys).size).toBe(keys.length);
        // At most one digest per calendar day and one review per ISO week.
        expect(keysOf(ran, 'dailyDigest').length).toBeLessThanOrEqual(45);
      }),
      { numRuns: 150 },
    );
  });
});
