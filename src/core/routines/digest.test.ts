import { describe, expect, it } from 'vitest';
import { opsmindPreset } from '../../../sheets-schema/stage-presets.js';
import { stagesFromPreset } from '../stages.js';
import { collectDigests, type DigestInput, type DigestLead } from './digest.js';
import { digestEmail, digestKey, MAX_ITEMS_PER_SECTION, type DigestContext } from './digest-email.js';
import { chunkRecipients, escapeHtml, MAX_RECIPIENTS_PER_MESSAGE, oneLine, safeEmail, safeHref } from './email-safety.js';

const tz = 'Europe/Berlin';
const now = Date.parse('2026-11-16T07:10:00Z'); // Monday 08:10 in Berlin
const hoursAgo = (h: number) => now - h * 3_600_000;
const stages = stagesFromPreset(opsmindPreset, 'en');
const lead = (over: Partial<DigestLead>): DigestLead => ({ leadId: 'L-1', row: 2, name: 'Mia', owner: 'ana@agency.de', stageKey: 'callBooked', stageChangedAt: hoursAgo(1), ...over });
const input = (leads: DigestLead[], over: Partial<DigestInput> = {}): DigestInput => ({
  now,
  timeZone: tz,
  stages,
  sla: { mode: 'calendar' },
  leads,
  tasks: [],
  escalationDays: 2,
  adminEmail: 'boss@agency.de',
  ...over,
});
const ctx = (lang: 'en' | 'de' = 'en'): DigestContext => ({
  today: '2026-11-16',
  lang,
  adminEmail: 'boss@agency.de',
  escalationDays: 2,
  leadsSheetId: 11,
  tasksSheetId: 22,
  rowUrl: (sheet, row) => `https://docs.google.com/spreadsheets/d/abc/edit#gid=${sheet}&range=A${row}`,
});

describe('daily digest content', () => {
  it('lists per owner SLA breaches with hours over, overdue next steps, due tasks and missing fields', () => {
    const digests = collectDigests(
      input(
        [
          lead({ leadId: 'L-1', row: 2, name: 'Mia', company: 'Acme', stageKey: 'newLead', stageChangedAt: hoursAgo(30) }),
          lead({ leadId: 'L-2', row: 3, name: 'Tom', stageKey: 'negotiation', nextStep: 'Send contract', nextStepDate: Date.parse('2026-11-12T23:00:00Z') }),
          lead({ leadId: 'L-3', row: 4, name: 'Eva', owner: 'ben@agency.de', missingFields: ['Source', 'Company'] }),
          lead({ leadId: 'L-4', row: 5, name: 'Quiet', owner: 'cleo@agency.de' }),
        ],
        { tasks: [{ row: 7, title: 'Call Mia', owner: 'ana@agency.de', dueDate: Date.parse('2026-11-15T23:00:00Z'), status: 'open' }, { row: 8, title: 'Later', owner: 'ana@agency.de', dueDate: Date.parse('2026-11-17T23:00:00Z'), status: 'open' }, { row: 9, title: 'Done', owner: 'ana@agency.de', dueDate: Date.parse('2026-11-10T23:00:00Z'), status: 'done' }] },
      ),
    );
    expect(digests.map((d) => d.owner)).toEqual(['ana@agency.de', 'ben@agency.de']); // nothing for Cleo
    const [ana, ben] = digests;
    expect(ana.breaches).toEqual([{ lead: 'Mia (Acme)', row: 2, stage: 'New Lead', hoursOver: 6, kickoff: false, escalated: false }]);
    expect(ana.nextSteps).toEqual([{ lead: 'Tom', row: 3, step: 'Send contract', date: '2026-11-13' }]);
    expect(ana.tasks).toEqual([{ title: 'Call Mia', row: 7, date: '2026-11-16' }]);
    expect(ben.missing).toEqual([{ lead: 'Eva', row: 4, fields: ['Source', 'Company'] }]);
  });

  it('copies the admin only for breaches older than Escalation Days', () => {
    const fresh = collectDigests(input([lead({ stageKey: 'newLead', stageChangedAt: hoursAgo(24 + 47) })]))[0];
    expect(fresh.escalate).toBe(false);
    const old = collectDigests(input([lead({ stageKey: 'newLead', stageChangedAt: hoursAgo(24 + 49) })]))[0];
    expect(old.escalate).toBe(true);
    expect(digestEmail(old, ctx())!.email.cc).toEqual(['boss@agency.de']);
    expect(digestEmail(fresh, ctx())!.email.cc).toEqual([]);
  });

  it('sends unowned items to the admin and leaves reactivation to its task', () => {
    const d = collectDigests(input([lead({ owner: '', stageKey: 'newLead', stageChangedAt: hoursAgo(30) }), lead({ stageKey: 'nurturing', stageChangedAt: hoursAgo(24 * 100) })]));
    expect(d.map((x) => x.owner)).toEqual(['boss@agency.de']);
  });
});

describe('daily digest email', () => {
  const one = (leads: DigestLead[]) => collectDigests(input(leads))[0];

  it('is one email per owner, however many breaches, with a link to each row', () => {
    const many = Array.from({ length: 30 }, (_, i) => lead({ leadId: `L-${i}`, row: i + 2, name: `Lead ${i}`, stageKey: 'newLead', stageChangedAt: hoursAgo(30 + i) }));
    const mail = digestEmail(one(many), ctx())!;
    expect(mail.key).toBe(digestKey('ana@agency.de', '2026-11-16'));
    expect(mail.priority).toBe('slaBreach');
    expect(mail.email.to).toEqual(['ana@agency.de']);
    expect(mail.email.subject).toBe('OpsMind daily digest 2026-11-16: 30 item(s) for you');
    expect(mail.email.body).toContain('https://docs.google.com/spreadsheets/d/abc/edit#gid=11&range=A31');
    expect(mail.email.htmlBody).toContain('href="https://docs.google.com/spreadsheets/d/abc/edit#gid=11&amp;range=A2"');
  });

  it('is written in German for a German sheet', () => {
    const mail = digestEmail(one([lead({ stageKey: 'newLead', stageChangedAt: hoursAgo(30) })]), ctx('de'))!;
    expect(mail.email.subject).toBe('OpsMind Tagesübersicht 16.11.2026: 1 Punkt(e) für dich');
    expect(mail.email.body).toContain('SLA-Verstöße (1)');
    expect(mail.email.body).toContain('Mia – New Lead: 6 Std. über dem SLA');
  });

  it('escapes every interpolated value in HTML and keeps the subject on one line', () => {
    const evil = lead({ name: '<img src=x onerror=alert(1)>\r\nBcc: all@x.de', owner: 'ana@agency.de', stageKey: 'newLead', stageChangedAt: hoursAgo(30), missingFields: ['"><script>'] });
    const mail = digestEmail(one([evil]), ctx())!;
    expect(mail.email.htmlBody).not.toMatch(/<img|<script/);
    expect(mail.email.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(mail.email.subject).not.toMatch(/[\r\n]/);
    expect(mail.email.body.length).toBeGreaterThan(0);
  });

  it('caps each section so the body stays far below the 200 KB message limit', () => {
    const many = Array.from({ length: 3000 }, (_, i) => lead({ leadId: `L-${i}`, row: i + 2, name: `Lead ${i} ${'x'.repeat(40)}`, stageKey: 'newLead', stageChangedAt: hoursAgo(30) }));
    const mail = digestEmail(one(many), ctx())!;
    expect(mail.email.htmlBody.length + mail.email.body.length).toBeLessThan(200 * 1024);
    expect(mail.email.body).toContain(`… and ${3000 - MAX_ITEMS_PER_SECTION} more`);
  });

  it('sends nothing to an owner with nothing, or whose Owner is not an address', () => {
    expect(digestEmail({ owner: 'ana@agency.de', breaches: [], nextSteps: [], tasks: [], missing: [], suggestions: [], escalate: false }, ctx())).toBeNull();
    expect(digestEmail(one([lead({ owner: 'Ana Lopez', stageKey: 'newLead', stageChangedAt: hoursAgo(30) })]), ctx())).toBeNull();
  });
});

describe('email safety', () => {
  it('strips CR/LF from subjects and names', () => {
    expect(oneLine('Hello\r\nBcc: victim@x.de')).toBe('Hello Bcc: victim@x.de');
    expect(safeEmail({ to: ['a@b.de'], subject: 'x\ny', body: 'b', htmlBody: '' }).subject).toBe('x y');
  });

  it('escapes HTML and refuses non-http links', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(safeHref('javascript:alert(1)')).toBe('#');
  });

  it('never puts more than 50 recipients on one message', () => {
    const list = Array.from({ length: 120 }, (_, i) => `u${i}@x.de`);
    expect(chunkRecipients(list).map((c) => c.length)).toEqual([50, 50, 20]);
    expect(MAX_RECIPIENTS_PER_MESSAGE).toBe(50);
    expect(() => safeEmail({ to: list.slice(0, 51), subject: 's', body: 'b', htmlBody: '' })).toThrow(/at most 50/);
  });

  it('always has a plain-text part and a valid recipient', () => {
    expect(() => safeEmail({ to: ['a@b.de'], subject: 's', body: ' ', htmlBody: '<p>x</p>' })).toThrow(/plain-text/);
    expect(() => safeEmail({ to: ['not an address'], subject: 's', body: 'b', htmlBody: '' })).toThrow(/recipient/);
  });
});
