import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { opsmindPreset } from '../../../sheets-schema/stage-presets.js';
import { parseFollowUpSequence } from '../settings.js';
import { stagesFromPreset } from '../stages.js';
import { addDays } from './calendar.js';
import { followUpKey, followUpTasks, lastInboundByLead, type SequenceInput, type SequenceLead } from './follow-ups.js';
import { reactivationKey, reactivationTasks, type ParkedLead } from './reactivation.js';

const tz = 'Europe/Berlin';
const steps = parseFollowUpSequence('2:Email, 4:Call, 7:Email, 10:LinkedIn, 14:Break-up', 'en').steps;
const lead = (over: Partial<SequenceLead> = {}): SequenceLead => ({
  leadId: 'L-1',
  name: 'Mia Schulz',
  owner: 'ana@agency.de',
  stageKey: 'contacted',
  stageChangedAt: Date.parse('2026-11-02T10:00:00Z'), // Monday 2 Nov
  ...over,
});
const input = (today: string, over: Partial<SequenceInput> = {}): SequenceInput => ({
  today,
  timeZone: tz,
  lang: 'en',
  steps,
  stageKey: 'contacted',
  leads: [lead()],
  lastInbound: new Map(),
  existingKeys: new Set(),
  ...over,
});

/** Runs the daily job for a span of days, keeping created task keys like the Tasks tab does. */
function daily(from: string, days: number, over: Partial<SequenceInput> = {}) {
  const existing = new Set<string>();
  const created: { key: string; day: string; title: string }[] = [];
  for (let d = 0; d < days; d++) {
    const today = addDays(from, d);
    // Only touchpoints that have happened by today are on the sheet.
    const lastInbound = new Map([...(over.lastInbound ?? new Map<string, string>())].filter(([, day]) => day <= today));
    for (const t of followUpTasks(input(today, { ...over, lastInbound, existingKeys: existing })).tasks) {
      existing.add(t.key);
      created.push({ key: t.key, day: today, title: t.title });
    }
  }
  return created;
}

describe('follow-up sequence (seed 001)', () => {
  it('reads the Settings text into steps', () => {
    expect(steps).toEqual([
      { day: 2, channel: 'Email' },
      { day: 4, channel: 'Call' },
      { day: 7, channel: 'Email' },
      { day: 10, channel: 'LinkedIn' },
      { day: 14, channel: 'Break-up' },
    ]);
  });

  it('creates the day 2, 4, 7, 10 and 14 tasks each once, on their day, over three weeks of daily runs', () => {
    const created = daily('2026-11-02', 21);
    expect(created.map((c) => [c.key, c.day])).toEqual([
      [followUpKey('L-1', 2), '2026-11-04'],
      [followUpKey('L-1', 4), '2026-11-06'],
      [followUpKey('L-1', 7), '2026-11-09'],
      [followUpKey('L-1', 10), '2026-11-12'],
      [followUpKey('L-1', 14), '2026-11-16'],
    ]);
    expect(created[0].title).toBe('Follow-up 1/5: Email (day 2) – Mia Schulz');
  });

  it('writes task titles in German for a German sheet', () => {
    const t = followUpTasks(input('2026-11-04', { lang: 'de' })).tasks[0];
    expect(t.title).toBe('Nachfassen 1/5: Email (Tag 2) – Mia Schulz');
    expect(t).toMatchObject({ type: 'followUp', source: 'sequence', owner: 'ana@agency.de', relatedId: 'L-1', dueDate: '2026-11-04' });
  });

  it('stops at the first inbound touchpoint since the lead entered Contacted', () => {
    const lastInbound = lastInboundByLead([{ leadId: 'L-1', date: Date.parse('2026-11-06T23:00:00Z'), direction: 'inbound' }, { leadId: 'L-1', date: Date.parse('2026-11-09T23:00:00Z'), direction: 'outbound' }], tz);
    expect(lastInbound.get('L-1')).toBe('2026-11-07');
    expect(daily('2026-11-02', 21, { lastInbound }).map((c) => c.key)).toEqual([followUpKey('L-1', 2), followUpKey('L-1', 4)]);
    // An inbound reply from before the lead entered Contacted does not stop it.
    const old = new Map([['L-1', '2026-10-20']]);
    expect(daily('2026-11-02', 21, { lastInbound: old })).toHaveLength(5);
  });

  it('stops when the stage changes', () => {
    expect(followUpTasks(input('2026-11-09', { leads: [lead({ stageKey: 'response' })] })).tasks).toEqual([]);
  });

  it('after downtime creates only the current step, not the missed ones', () => {
    const tasks = followUpTasks(input('2026-11-10')).tasks;
    expect(tasks.map((t) => t.key)).toEqual([followUpKey('L-1', 7)]);
  });

  it('suggests Nurturing or Closed Lost once the break-up day has passed', () => {
    expect(followUpTasks(input('2026-11-16')).suggestions).toEqual([]);
    expect(followUpTasks(input('2026-11-17')).suggestions).toEqual([{ leadId: 'L-1', owner: 'ana@agency.de', since: '2026-11-17' }]);
  });

  it('never creates a key twice, for any days the job happens to run (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 30 }), (offsets) => {
        const existing = new Set<string>();
        for (const d of [...offsets].sort((a, b) => a - b)) {
          for (const t of followUpTasks(input(addDays('2026-11-02', d), { existingKeys: existing })).tasks) {
            expect(existing.has(t.key)).toBe(false);
            existing.add(t.key);
          }
        }
        expect(existing.size).toBeLessThanOrEqual(5);
      }),
    );
  });
});

describe('reactivation', () => {
  const stages = stagesFromPreset(opsmindPreset, 'en');
  const parked: ParkedLead = { leadId: 'L-9', name: 'Jan Roth', owner: 'ben@agency.de', stageKey: 'nurturing', stageChangedAt: Date.parse('2026-08-01T08:00:00Z'), reactivationDate: Date.parse('2026-11-15T23:00:00Z') };
  const run = (today: string, existingKeys = new Set<string>(), leads = [parked]) => reactivationTasks({ today, timeZone: tz, lang: 'en', stages, leads, existingKeys });

  it('creates one Reactivation task when the Reactivation Date arrives', () => {
    expect(run('2026-11-15')).toEqual([]);
    const [task] = run('2026-11-16');
    expect(task).toMatchObject({ key: reactivationKey('L-9', '2026-11-16'), type: 'reactivation', owner: 'ben@agency.de', title: 'Reactivate Jan Roth' });
    expect(run('2026-11-17', new Set([task.key]))).toEqual([]);
  });

  it('falls back to 90 days after Stage Changed At without a date, and ignores leads not parked', () => {
    const noDate = { ...parked, reactivationDate: null };
    expect(run('2026-10-29', new Set(), [noDate])).toEqual([]);
    expect(run('2026-10-30', new Set(), [noDate]).map((t) => t.key)).toEqual([reactivationKey('L-9', '2026-10-30')]);
    expect(run('2026-12-01', new Set(), [{ ...parked, stageKey: 'contacted' }])).toEqual([]);
  });
});
