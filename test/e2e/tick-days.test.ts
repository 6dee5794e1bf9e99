// End to end: the hourly tick over days, a weekend, downtime and two people's triggers: every digest, task and Log row once.
import { describe, expect, it } from 'vitest';
import { pipeline, repeats, tickWorld } from './tick-fixture.js';

const digestsTo = (w: ReturnType<typeof tickWorld>, who: string) => w.mail.filter((m) => m.to === who && m.subject.startsWith('OpsMind daily digest')).map((m) => m.subject.slice(21, 31));

describe('the hourly tick across days', () => {
  it('with two people’s triggers over a week and a weekend: one digest per owner per weekday, nothing twice', () => {
    const w = tickWorld();
    w.emu.menu('Turn on automations', 'bob@example.com');
    pipeline(w);
    w.until('2026-11-24T11:00:00Z');
    expect(w.ticks().filter((t) => t.user === 'bob@example.com').length).toBeGreaterThan(100);
    expect(w.ticks().filter((t) => t.error !== null)).toEqual([]);
    expect(digestsTo(w, 'ana@agency.de')).toEqual(['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-23', '2026-11-24']);
    // Cleo's lead is complete and within its SLA: nothing to do, nothing sent.
    expect(digestsTo(w, 'cleo@agency.de')).toEqual([]);
    // Eva's reactivation task falls due on Wednesday: Ben hears from Wednesday on, about the open task.
    expect(digestsTo(w, 'ben@agency.de')[0]).toBe('2026-11-18');
    expect(repeats(w.subjects())).toEqual([]);
  });

  it('sends each digest at the Digest Hour on the spreadsheet’s wall clock, linking each row', () => {
    const w = tickWorld();
    pipeline(w);
    w.until('2026-11-17T12:00:00Z');
    const tuesday = w.mail.find((m) => m.subject.includes('2026-11-17') && m.to === 'ana@agency.de')!;
    // 08:00 in Berlin is 07:00 UTC; the hourly trigger runs on the hour.
    expect(tuesday.at.slice(0, 16)).toBe('2026-11-17T07:00');
    expect(tuesday.body).toContain('Mia (Acme) – New Lead');
    expect(tuesday.body).toMatch(/https:\/\/docs\.google\.com\/spreadsheets\/d\/[\w-]+\/edit#gid=\d+&range=A2/);
    expect(tuesday.htmlBody).toContain('<a href="https://docs.google.com/spreadsheets/d/');
    expect(tuesday.from).toBe('anna@example.com');
  });

  it('creates each follow-up step once and stops at the first inbound touchpoint', () => {
    const w = tickWorld();
    w.emu.menu('Turn on automations', 'bob@example.com');
    pipeline(w);
    w.until('2026-11-24T12:00:00Z');
    const ids = w.rows('Tasks').map((t) => String(t['Task ID']));
    expect(ids.filter((id) => id.startsWith('fu:L-2'))).toEqual(['fu:L-2:d2', 'fu:L-2:d4', 'fu:L-2:d7']);
    expect(ids.filter((id) => id.startsWith('re:L-3'))).toEqual(['re:L-3:2026-11-18']);
    const d2 = w.rows('Tasks').find((t) => t['Task ID'] === 'fu:L-2:d2')!;
    expect(d2).toMatchObject({ 'Related ID': 'L-2', Type: 'Follow-up', Owner: 'ana@agency.de', Status: 'Open', Source: 'Sequence' });
    // Tom answers on the 25th: no day-10 step on the 26th.
    w.append('Touchpoints', [{ 'Touchpoint ID': 'T-1', 'Lead ID': 'L-2', Date: new Date('2026-11-24T23:00:00Z'), Type: 'Email', Direction: 'Inbound' }]);
    w.until('2026-11-27T12:00:00Z');
    expect(w.rows('Tasks').map((t) => String(t['Task ID'])).filter((id) => id.startsWith('fu:L-2'))).toHaveLength(3);
    expect(repeats(w.rows('Tasks').map((t) => String(t['Task ID'])))).toEqual([]);
  });

  it('logs every job, task and email once, however many triggers ran', () => {
    const w = tickWorld();
    w.emu.menu('Turn on automations', 'bob@example.com');
    pipeline(w);
    w.until('2026-11-19T12:00:00Z');
    const log = w.log();
    expect(repeats(log)).toEqual([]);
    expect(log).toContain('dailyDigest dailyDigest:2026-11-18 done');
    expect(w.rows('Log').find((r) => r.Key === 'followUps:2026-11-18')?.Detail).toBe('1 task(s) created: fu:L-2:d2');
    expect(log).toContain('email digest:ana@agency.de:2026-11-16 sent');
  });

  it('catches up once after downtime: one digest, not one per missed day', () => {
    const w = tickWorld();
    pipeline(w);
    w.until('2026-11-16T12:00:00Z');
    w.emu.menu('Turn off automations');
    w.until('2026-11-19T10:30:00Z');
    w.emu.menu('Turn on automations');
    w.until('2026-11-19T14:00:00Z');
    expect(digestsTo(w, 'ana@agency.de')).toEqual(['2026-11-16', '2026-11-19']);
    // Tom's day-2 step fell in the downtime: it comes once, late, and no step is doubled.
    expect(w.rows('Tasks').map((t) => String(t['Task ID'])).filter((id) => id.startsWith('fu:L-2'))).toEqual(['fu:L-2:d2']);
  });

  it('reminds of the Friday pipeline review once a week, owners and admin in one message', () => {
    const w = tickWorld();
    w.emu.menu('Turn on automations', 'bob@example.com');
    pipeline(w);
    w.until('2026-11-23T12:00:00Z');
    const reviews = w.mail.filter((m) => m.subject.startsWith('OpsMind: Friday pipeline review'));
    expect(reviews.map((m) => m.subject)).toEqual(['OpsMind: Friday pipeline review (2026-W47)']);
    expect(reviews[0].to.split(', ').sort()).toEqual(['ana@agency.de', 'ben@agency.de', 'boss@agency.de', 'cleo@agency.de']);
  });
});
