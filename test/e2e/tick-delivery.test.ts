// End to end: a tick cut off mid-run resumes with no duplicate email, task or Log row; the daily email quota defers, never drops, the important.
import { describe, expect, it } from 'vitest';
import { useRecipients } from '../../emulator/mail/quota.js';
import { pipeline, repeats, tickWorld } from './tick-fixture.js';

const TIMEOUT = 'Exceeded maximum execution time';
const november = (day: number) => new Date(Date.UTC(2026, 10, day - 1, 23));

/** Monday's 09:00 tick will send Ana's digest (an SLA breach, first) and the OpenAI alert, and create Tom's day-2 task. */
function busyMonday() {
  const w = tickWorld();
  pipeline(w, { tomContactedAt: '2026-11-14T07:00:00Z' });
  w.append('Costs', [{ Date: november(10), Service: 'OpenAI', Amount: 420 }]);
  return w;
}

const sent = (w: ReturnType<typeof busyMonday>) => w.mail.map((m) => m.subject.replace(/ \d+ item.*$/, ''));

describe('a tick cut off and resumed', () => {
  it('between sending and recording: the unconfirmed email is not sent again (at most once) and is logged once', () => {
    const w = busyMonday();
    w.emu.world.faults.inject({ member: 'MailApp.sendEmail', nth: 2, message: TIMEOUT });
    const [cut] = w.until('2026-11-16T09:00:00Z');
    expect(cut.error).toContain(TIMEOUT);
    expect(sent(w)).toEqual(['OpsMind daily digest 2026-11-16:']);
    w.until('2026-11-18T12:00:00Z');
    expect(w.mail.filter((m) => m.subject.startsWith('OpsMind budget'))).toEqual([]);
    expect(w.log().filter((l) => l.endsWith('unconfirmed'))).toEqual([
      'email digest:ana@agency.de:2026-11-16 unconfirmed',
      'email budgetAlert:OpenAI:alert:2026-11 unconfirmed',
    ]);
    expect(w.rows('Tasks').filter((t) => t['Task ID'] === 'fu:L-2:d2')).toHaveLength(1);
    expect(w.log()).toContain('followUps followUps:2026-11-16 done');
    expect(repeats(w.log())).toEqual([]);
    expect(repeats(w.subjects())).toEqual([]);
  });

  it('after recording but before the Log write: the next tick appends the missing Log rows once, with their own time', () => {
    const w = busyMonday();
    w.emu.world.faults.inject({ member: 'Sheet.getLastRow', nth: 1, message: TIMEOUT });
    const [cut] = w.until('2026-11-16T09:00:00Z');
    expect(cut.error).toContain(TIMEOUT);
    expect(w.rows('Log')).toEqual([]);
    w.until('2026-11-16T10:30:00Z');
    const rows = w.rows('Log');
    expect(rows.map((r) => `${r.Job} ${r.Key} ${r.Result}`)).toEqual(
      expect.arrayContaining(['followUps followUps:2026-11-16 done', 'email digest:ana@agency.de:2026-11-16 sent', 'email budgetAlert:OpenAI:alert:2026-11 sent']),
    );
    expect((rows.find((r) => r.Key === 'digest:ana@agency.de:2026-11-16')!.Timestamp as Date).toISOString().slice(0, 16)).toBe('2026-11-16T09:00');
    w.until('2026-11-17T12:00:00Z');
    expect(repeats(w.log())).toEqual([]);
    expect(sent(w).filter((s) => s.startsWith('OpsMind budget'))).toHaveLength(1);
  });

  it('when saving the record fails after the sends: nothing is sent twice, tasks stay single', () => {
    const w = busyMonday();
    w.emu.world.faults.inject({ member: 'Properties.setProperties', nth: 2, message: TIMEOUT });
    w.until('2026-11-16T09:00:00Z');
    expect(w.mail).toHaveLength(2);
    w.until('2026-11-17T06:30:00Z');
    expect(w.mail).toHaveLength(2);
    expect(repeats(w.rows('Tasks').map((t) => String(t['Task ID'])))).toEqual([]);
    expect(repeats(w.log())).toEqual([]);
  });
});

describe('the daily email quota', () => {
  it('sends the hard stop first when one recipient is left, and the digest with tomorrow’s', () => {
    const w = tickWorld();
    pipeline(w);
    w.append('Costs', [{ Date: november(16), Service: 'Hosting', Amount: 250 }]);
    useRecipients(w.emu.world, 'anna@example.com', 99);
    w.until('2026-11-16T12:00:00Z');
    expect(sent(w)).toEqual(['OpsMind budget: Hosting reached its HARD STOP (250.00, hard stop 240.00 EUR)']);
    expect(w.log().filter((l) => l.includes('deferred'))).toEqual(['email digest:ana@agency.de:2026-11-16 deferred']);
    w.until('2026-11-17T12:00:00Z');
    // Monday's digest is superseded by Tuesday's, which lists everything still open: one email, not two.
    expect(sent(w).slice(1)).toEqual(['OpsMind daily digest 2026-11-17:']);
  });

  it('defers everything when none is left, logs it once, and sends it when the quota resets the next day', () => {
    const w = tickWorld();
    pipeline(w);
    w.append('Costs', [{ Date: november(16), Service: 'Hosting', Amount: 250 }]);
    useRecipients(w.emu.world, 'anna@example.com', 100);
    w.until('2026-11-17T06:30:00Z');
    expect(w.mail).toEqual([]);
    expect(w.log().filter((l) => l.endsWith('deferred'))).toEqual([
      'email budgetAlert:Hosting:hardStop:2026-11 deferred',
      'email digest:ana@agency.de:2026-11-16 deferred',
    ]);
    w.until('2026-11-17T12:00:00Z');
    expect(sent(w)).toEqual(['OpsMind budget: Hosting reached its HARD STOP (250.00, hard stop 240.00 EUR)', 'OpsMind daily digest 2026-11-17:']);
    expect(w.log()).toContain('email budgetAlert:Hosting:hardStop:2026-11 sent');
    expect(repeats(w.log())).toEqual([]);
  });
});

describe('a tick whose record cannot be read', () => {
  it('starts the record afresh and says so in the Log, once', () => {
    const w = busyMonday();
    const props = w.emu.world.properties.document.get(w.emu.spreadsheet.id)!;
    props.set('opsmind.tick.ledger.0', '{not a ledger');
    const [tick] = w.until('2026-11-16T09:00:00Z');
    expect(tick.error).toBeNull();
    expect(w.log().filter((l) => l.startsWith('ledger ')).map((l) => l.split(' ').at(-1))).toEqual(['reset']);
  });
});
