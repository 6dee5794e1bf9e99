import { describe, it, expect } from 'vitest';
import { makeCtx, newExecution } from '../runtime/testing.js';
import type { Ctx } from '../runtime/context.js';
import { createUtilities } from '../utilities/index.js';
import { createMailApp, MailErrors } from './index.js';

const addresses = (n: number, prefix = 'r') => Array.from({ length: n }, (_, i) => `${prefix}${i}@example.com`).join(',');
const later = (ctx: Ctx, ms: number): Ctx => {
  ctx.world.clock.advance(ms);
  return { world: ctx.world, exec: newExecution(ctx.world) };
};

describe('MailApp.sendEmail (https://developers.google.com/apps-script/reference/mail/mail-app)', () => {
  it('puts the message in the outbox, from the running user, stamped with the emulator clock', () => {
    const ctx = makeCtx();
    createMailApp(ctx).sendEmail('ana@example.com', 'Deal won', 'Congrats');
    expect(ctx.world.mail.outbox).toEqual([
      {
        from: 'owner@example.com',
        to: 'ana@example.com',
        cc: '',
        bcc: '',
        replyTo: '',
        subject: 'Deal won',
        body: 'Congrats',
        htmlBody: null,
        name: null,
        attachments: [],
        at: '2026-11-16T08:00:00.400Z',
      },
    ]);
  });

  it('accepts options, the message object and the (to, replyTo, subject, body) form', () => {
    const ctx = makeCtx();
    const mail = createMailApp(ctx);
    const blob = createUtilities(ctx).newBlob('a,b', 'text/csv', 'deals.csv');
    mail.sendEmail('ana@example.com', 'Report', 'plain', { htmlBody: '<b>html</b>', cc: 'Bob <bob@example.com>', name: 'OpsMind', attachments: [blob] });
    mail.sendEmail({ to: 'ana@example.com', subject: 'Obj', htmlBody: '<p>x</p>', bcc: 'c@example.com' });
    mail.sendEmail('ana@example.com', 'boss@example.com', 'Four', 'args');
    const [a, b, c] = ctx.world.mail.outbox;
    expect(a).toMatchObject({ htmlBody: '<b>html</b>', cc: 'bob@example.com', name: 'OpsMind', attachments: [{ name: 'deals.csv', mimeType: 'text/csv', size: 3 }] });
    expect(b).toMatchObject({ subject: 'Obj', body: '', htmlBody: '<p>x</p>', bcc: 'c@example.com' });
    expect(c).toMatchObject({ replyTo: 'boss@example.com', subject: 'Four', body: 'args' });
  });

  it('refuses the 101st recipient of the day for a consumer account with the platform message (https://developers.google.com/apps-script/guides/services/quotas)', () => {
    const ctx = makeCtx({ account: 'consumer' });
    const mail = createMailApp(ctx);
    for (let i = 0; i < 100; i++) mail.sendEmail(`r${i}@example.com`, 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(0);
    expect(() => mail.sendEmail('one-more@example.com', 's', 'b')).toThrow('Service invoked too many times for one day: email.');
    expect(ctx.world.mail.outbox).toHaveLength(100);
  });

  it('counts every recipient (to, cc and bcc) and allows 1,500 a day for Workspace', () => {
    const ctx = makeCtx({ account: 'workspace', user: 'ops@agency.de' });
    const mail = createMailApp(ctx);
    expect(mail.getRemainingDailyQuota()).toBe(1500);
    mail.sendEmail({ to: addresses(20), cc: addresses(20, 'c'), bcc: addresses(10, 'b'), subject: 's', body: 'b' });
    expect(mail.getRemainingDailyQuota()).toBe(1450);
  });

  it('restores the quota 24 hours after the first request of the window', () => {
    const ctx = makeCtx({ account: 'consumer' });
    createMailApp(ctx).sendEmail(addresses(50), 's', 'b');
    const next = later(ctx, 23 * 3600_000);
    expect(createMailApp(next).getRemainingDailyQuota()).toBe(50);
    expect(createMailApp(later(ctx, 3600_000)).getRemainingDailyQuota()).toBe(100);
  });

  it('refuses a message with more than 50 recipients', () => {
    const ctx = makeCtx({ account: 'workspace' });
    const mail = createMailApp(ctx);
    mail.sendEmail(addresses(50), 's', 'b');
    expect(() => mail.sendEmail({ to: addresses(40), cc: addresses(11, 'c'), subject: 's', body: 'b' })).toThrow(MailErrors.tooManyRecipients);
    expect(ctx.world.mail.outbox).toHaveLength(1);
  });

  it('refuses an invalid address with "Invalid email: x" and a message without recipients', () => {
    const mail = createMailApp(makeCtx());
    expect(() => mail.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
    expect(() => mail.sendEmail({ to: 'ok@example.com', cc: 'bad@', subject: 's', body: 'b' })).toThrow('Invalid email: bad@');
    expect(() => mail.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow('Failed to send email: no recipient');
  });

  it('refuses a missing subject or body', () => {
    const mail = createMailApp(makeCtx());
    expect(() => (mail.sendEmail as (...a: unknown[]) => void)('a@example.com', 'only subject')).toThrow(
      "The parameters (String,String) don't match the method signature for MailApp.sendEmail.",
    );
    expect(() => mail.sendEmail({ to: 'a@example.com', body: 'b' })).toThrow('Invalid argument: subject');
    expect(() => mail.sendEmail({ to: 'a@example.com', subject: 's' })).toThrow('Invalid argument: body');
  });

  it('sends noReply mail from a no-reply address only for Workspace accounts', () => {
    const ws = makeCtx({ account: 'workspace', user: 'ops@agency.de' });
    createMailApp(ws).sendEmail('a@example.com', 's', 'b', { noReply: true });
    expect(ws.world.mail.outbox[0].from).toBe('noreply@agency.de');
    const consumer = makeCtx({ account: 'consumer' });
    createMailApp(consumer).sendEmail('a@example.com', 's', 'b', { noReply: true });
    expect(consumer.world.mail.outbox[0].from).toBe('owner@example.com');
  });

  it('needs authorization: a simple trigger (AuthMode.LIMITED) cannot send mail (https://developers.google.com/apps-script/guides/triggers#restrictions)', () => {
    const ctx = makeCtx({}, { kind: 'simple', authMode: 'LIMITED' });
    expect(() => createMailApp(ctx).sendEmail('a@example.com', 's', 'b')).toThrow(/You do not have permission to call MailApp.sendEmail/);
    expect(ctx.world.mail.outbox).toHaveLength(0);
  });

  it('each user has their own daily quota', () => {
    const ctx = makeCtx({ account: 'consumer' });
    createMailApp(ctx).sendEmail(addresses(50), 's', 'b');
    const rep = { world: ctx.world, exec: newExecution(ctx.world, { user: 'rep@example.com' }) };
    expect(createMailApp(rep).getRemainingDailyQuota()).toBe(100);
  });
});
