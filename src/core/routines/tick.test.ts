import { describe, expect, it } from 'vitest';
import { defaultBudgets } from '../../../sheets-schema/default-budgets.js';
import { opsmindPreset } from '../../../sheets-schema/stage-presets.js';
import { parseFollowUpSequence } from '../settings.js';
import { stagesFromPreset } from '../stages.js';
import { deliver } from './delivery.js';
import { encodeLedger, decodeLedger } from './ledger-codec.js';
import { emptyLedger, markDone, type Ledger } from './ledger.js';
import { planSends } from './quota.js';
import { planTick, type TickInput } from './tick.js';
import { tickSettingsFrom } from './routine-settings.js';
import { fridayReviewEmails } from './notices.js';
import type { CostRow } from './budgets.js';
import type { OutgoingEmail } from './digest-email.js';

const tz = 'Europe/Berlin';
const H = 3_600_000;
const at = (iso: string) => Date.parse(iso);

type World = {
  ledger: string[];
  tasks: { key: string; row: number; title: string; owner: string; dueDate: number | null; status: string }[];
  outbox: { at: number; mail: OutgoingEmail }[];
  costs: CostRow[];
};

function newWorld(): World {
  return { ledger: encodeLedger(emptyLedger), tasks: [], outbox: [], costs: [] };
}

const base: Omit<TickInput, 'now' | 'ledger' | 'tasks' | 'costs'> = {
  timeZone: tz,
  lang: 'en',
  settings: { digestHour: 8, digestDays: ['mon', 'tue', 'wed', 'thu', 'fri'], followUpSteps: parseFollowUpSequence('2:Email, 4:Call, 7:Email, 10:LinkedIn, 14:Break-up', 'en').steps, slaMode: 'calendar', escalationDays: 2, adminEmail: 'boss@agency.de', currency: 'EUR' },
  stages: stagesFromPreset(opsmindPreset, 'en'),
  sequenceStageKey: 'contacted',
  leads: [
    { leadId: 'L-1', row: 2, name: 'Mia', owner: 'ana@agency.de', stageKey: 'newLead', stageChangedAt: at('2026-11-13T09:00:00Z') },
    { leadId: 'L-2', row: 3, name: 'Tom', owner: 'ana@agency.de', stageKey: 'contacted', stageChangedAt: at('2026-11-16T09:00:00Z'), nextStep: 'Call', nextStepDate: at('2026-12-20T23:00:00Z') },
    { leadId: 'L-3', row: 4, name: 'Eva', owner: 'ben@agency.de', stageKey: 'nurturing', stageChangedAt: at('2026-09-01T09:00:00Z'), reactivationDate: at('2026-11-24T23:00:00Z') },
    { leadId: 'L-4', row: 5, name: 'Ok', owner: 'cleo@agency.de', stageKey: 'callBooked', stageChangedAt: at('2026-11-16T09:00:00Z'), nextStep: 'Call', nextStepDate: at('2026-12-20T23:00:00Z') },
  ],
  touchpoints: [],
  budgets: defaultBudgets.map((b) => ({ service: b.service, monthlyLimit: b.monthlyLimit, alertAt: b.alertAt, hardStop: b.hardStop })),
  sheetIds: { leads: 1, tasks: 2 },
  rowUrl: (sheet, row) => `https://docs.google.com/spreadsheets/d/x/edit#gid=${sheet}&range=A${row}`,
};

/** What the app will do in one tick, under the document lock: read, plan, write tasks, send, record. */
function appTick(w: World, now: number, quota = 100) {
  const ledger: Ledger = decodeLedger(w.ledger).ledger;
  const plan = planTick({ ...base, now, ledger, tasks: w.tasks, costs: w.costs });
  let row = w.tasks.reduce((m, t) => Math.max(m, t.row), 1);
  for (const t of plan.tasks) w.tasks.push({ key: t.key, row: ++row, title: t.title, owner: t.owner, dueDate: now, status: 'open' });
  const sends = planSends(plan.emails, quota, plan.ledger);
  const r = deliver({ ledger: plan.ledger, plan: sends, clock: () => 0, deadline: 1, save: (l) => (w.ledger = encodeLedger(l)), send: (m) => (w.outbox.push({ at: now, mail: m }), 'sent') });
  w.ledger = encodeLedger(markDone(r.ledger, ...plan.jobKeys));
  return plan;
}

function walk(w: World, fromIso: string, hours: number, users = 2, quota = 100) {
  for (let h = 0; h < hours; h++) for (let u = 0; u < users; u++) appTick(w, at(fromIso) + h * H + (5 + 30 * u) * 60_000, quota);
}

const keys = (w: World) => w.outbox.map((o) => o.mail.key);
const digestsOf = (w: World, owner: string) => keys(w).filter((k) => k.startsWith(`digest:${owner}:`));

describe('the hourly tick, end to end in core', () => {
  it('walks two weeks with two users’ triggers: one digest per owner per weekday, nothing twice', () => {
    const w = newWorld();
    walk(w, '2026-11-15T23:00:00Z', 14 * 24);
    expect(new Set(keys(w)).size).toBe(keys(w).length);
    // Ana has an SLA breach from day one: ten weekdays, ten digests, never on the weekend.
    expect(digestsOf(w, 'ana@agency.de')).toHaveLength(10);
    expect(digestsOf(w, 'ana@agency.de').some((k) => k.endsWith('2026-11-21') || k.endsWith('2026-11-22'))).toBe(false);
    expect(digestsOf(w, 'cleo@agency.de')).toEqual([]); // nothing to do, nothing sent
    expect(keys(w).filter((k) => k.startsWith('review'))).toEqual(['review0:2026-W47', 'review0:2026-W48']);
    // Follow-ups for Tom: days 2, 4, 7, 10 (day 14 falls after the walk), each once.
    expect(w.tasks.filter((t) => t.key.startsWith('fu:L-2')).map((t) => t.key)).toEqual(['fu:L-2:d2', 'fu:L-2:d4', 'fu:L-2:d7', 'fu:L-2:d10']);
    expect(w.tasks.filter((t) => t.key.startsWith('re:L-3'))).toHaveLength(1);
    // The digest goes out at the Digest Hour on the wall clock (08:05 CET = 07:05 UTC).
    const first = w.outbox.find((o) => o.mail.key === 'digest:ana@agency.de:2026-11-16')!;
    expect(new Date(first.at).toISOString()).toBe('2026-11-16T07:05:00.000Z');
    expect(first.mail.email.body).toContain('Mia – New Lead');
  });

  it('catches up once after a week of downtime', () => {
    const w = newWorld();
    walk(w, '2026-11-16T06:00:00Z', 3);
    walk(w, '2026-11-25T12:00:00Z', 2); // back on Wednesday of the next week
    expect(digestsOf(w, 'ana@agency.de')).toEqual(['digest:ana@agency.de:2026-11-16', 'digest:ana@agency.de:2026-11-25']);
  });

  it('sends each budget alert once per month, across the month boundary', () => {
    const w = newWorld();
    w.costs.push({ date: at('2026-11-27T23:00:00Z'), service: 'OpenAI', amount: 420 });
    walk(w, '2026-11-28T00:00:00Z', 24);
    w.costs.push({ date: at('2026-11-29T23:00:00Z'), service: 'OpenAI', amount: 100 });
    walk(w, '2026-11-30T00:00:00Z', 24);
    w.costs.push({ date: at('2026-11-30T23:00:00Z'), service: 'OpenAI', amount: 410 }); // 1 December in Berlin
    walk(w, '2026-12-01T00:00:00Z', 24);
    expect(keys(w).filter((k) => k.startsWith('budgetAlert'))).toEqual(['budgetAlert:OpenAI:alert:2026-11', 'budgetAlert:OpenAI:limit:2026-11', 'budgetAlert:OpenAI:alert:2026-12']);
    const hard = w.outbox.find((o) => o.mail.key === 'budgetAlert:OpenAI:limit:2026-11')!;
    expect(hard.mail.email.to).toEqual(['boss@agency.de']);
  });

  it('when the daily quota runs out, sends the most important first and the deferred rest later, once', () => {
    const w = newWorld();
    w.costs.push({ date: at('2026-11-15T23:00:00Z'), service: 'Hosting', amount: 250 }); // hard stop
    // Quota 1 on Monday's digest hour: the hard stop alert goes, Ana's digest waits.
    appTick(w, at('2026-11-16T07:05:00Z'), 1);
    expect(keys(w)).toEqual(['budgetAlert:Hosting:hardStop:2026-11']);
    expect(decodeLedger(w.ledger).ledger.deferred.map((d) => d.key)).toContain('digest:ana@agency.de:2026-11-16');
    appTick(w, at('2026-11-16T08:05:00Z'), 5);
    expect(keys(w)).toContain('digest:ana@agency.de:2026-11-16');
    walk(w, '2026-11-16T09:00:00Z', 24, 2, 5);
    expect(digestsOf(w, 'ana@agency.de')).toEqual(['digest:ana@agency.de:2026-11-16', 'digest:ana@agency.de:2026-11-17']);
    expect(new Set(keys(w)).size).toBe(keys(w).length);
  });

  it('supersedes yesterday’s deferred digest with today’s instead of sending both', () => {
    const w = newWorld();
    appTick(w, at('2026-11-16T07:05:00Z'), 0); // nothing can go on Monday
    walk(w, '2026-11-16T08:00:00Z', 16, 1, 0);
    walk(w, '2026-11-17T00:00:00Z', 12, 1, 100);
    expect(digestsOf(w, 'ana@agency.de')).toEqual(['digest:ana@agency.de:2026-11-17']);
  });
});

describe('tick settings and the Friday review', () => {
  it('reads Settings values into typed tick settings, with defaults, leaving out a sequence step it cannot read', () => {
    const settings = tickSettingsFrom({ digestHour: 7, digestDays: ['mon', 'sat'], followUpSequence: '3:Call, x, 9:Email', slaHoursMode: 'business', escalationDays: 3, adminEmail: 'a@b.de' }, 'en');
    expect(settings).toMatchObject({ digestHour: 7, digestDays: ['mon', 'sat'], slaMode: 'business', escalationDays: 3, adminEmail: 'a@b.de', currency: 'EUR' });
    expect(settings.followUpSteps).toEqual([{ day: 3, channel: 'Call' }, { day: 9, channel: 'Email' }]);
    expect(tickSettingsFrom({}, 'de')).toMatchObject({ digestHour: 8, digestDays: ['mon', 'tue', 'wed', 'thu', 'fri'], slaMode: 'calendar' });
  });

  it('sends the Friday review to every owner and the admin, at most 50 recipients per message', () => {
    const owners = Array.from({ length: 70 }, (_, i) => `o${i}@agency.de`);
    const mails = fridayReviewEmails('2026-W47', { openLeads: 12, breaches: 3, byStage: [{ stage: 'Contacted', count: 5 }] }, { lang: 'de', recipients: ['boss@agency.de', ...owners, 'O1@agency.de'] });
    expect(mails.map((m) => m.email.to.length)).toEqual([50, 21]);
    expect(mails.map((m) => m.key)).toEqual(['review0:2026-W47', 'review1:2026-W47']);
    expect(mails[0].email.subject).toBe('OpsMind: Pipeline-Review am Freitag (2026-W47)');
    expect(mails[0].email.body).toContain('12 offene Leads, 3 SLA-Verstoß/Verstöße');
  });
});
