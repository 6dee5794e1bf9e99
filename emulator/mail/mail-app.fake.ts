// MailApp: sends mail into the world's outbox, enforcing the per-message limits and the daily recipient quota.
import type { Ctx } from '../runtime/context.js';
import { PlatformError, PlatformErrors } from '../runtime/errors.js';
import type { MailRecord } from '../runtime/world.js';
import { readBlobSource } from '../utilities/blob.fake.js';
import { parseRecipients } from './address.js';
import { remainingRecipients, useRecipients } from './quota.js';

type M = GoogleAppsScript.Mail.MailApp;
type Params = GoogleAppsScript.Mail.MailAdvancedParameters;

// https://developers.google.com/apps-script/guides/services/quotas#current_limitations — "Email recipients per message: 50 / msg".
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
// https://developers.google.com/apps-script/guides/services/quotas#current_limitations — "Email body size: 200 KB / msg".
export const MAX_BODY_BYTES = 200 * 1024;
// https://developers.google.com/apps-script/guides/services/quotas#current_limitations — "Email attachments per message: 250 / msg".
export const MAX_ATTACHMENTS = 250;

export const MailErrors = {
  // https://developers.google.com/apps-script/guides/services/quotas — exceeding a quota: "Service invoked too many times for one day: email."
  dailyQuota: PlatformErrors.tooManyTimes('email'),
  // The platform words per-message limits "Limit Exceeded: <limit>." (quotas page, current limitations).
  tooManyRecipients: 'Limit Exceeded: Email Recipients Per Message.',
  bodyTooLarge: 'Limit Exceeded: Email Body Size.',
  tooManyAttachments: 'Limit Exceeded: Email Attachments Per Message.',
  noRecipient: 'Failed to send email: no recipient',
  signature: (types: string) => `The parameters (${types}) don't match the method signature for MailApp.sendEmail.`,
} as const;

const typeName = (v: unknown): string =>
  v === null || v === undefined ? 'null' : typeof v === 'string' ? 'String' : typeof v === 'number' ? 'number' : 'Object';

/** Normalizes the four sendEmail overloads into one parameter object. */
function normalize(args: unknown[]): Params {
  const signature = () => new PlatformError(MailErrors.signature(args.map(typeName).join(',')));
  if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) return { ...(args[0] as Params) };
  if (args.length === 3 || (args.length === 4 && typeof args[3] === 'object' && args[3] !== null)) {
    const [to, subject, body, options] = args;
    if (typeof subject !== 'string' || typeof body !== 'string') throw signature();
    return { ...((options as Params | undefined) ?? {}), to: String(to), subject, body };
  }
  if (args.length === 4 && args.every((a) => typeof a === 'string')) {
    const [to, replyTo, subject, body] = args as string[];
    return { to, replyTo, subject, body };
  }
  throw signature();
}

export class MailAppFake implements Pick<M, 'sendEmail' | 'getRemainingDailyQuota'> {
  constructor(private readonly ctx: Ctx) {}

  /** https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(Object) and its positional overloads. */
  sendEmail(...args: unknown[]): void {
    this.ctx.exec.call('MailApp.sendEmail', { latency: 'mail', access: 'full' });
    const p = normalize(args);
    const to = parseRecipients(p.to);
    const cc = parseRecipients(p.cc);
    const bcc = parseRecipients(p.bcc);
    const recipients = to.length + cc.length + bcc.length;
    if (recipients === 0) throw new PlatformError(MailErrors.noRecipient);
    if (p.subject === undefined || p.subject === null) throw new PlatformError('Invalid argument: subject');
    if ((p.body === undefined || p.body === null) && (p.htmlBody === undefined || p.htmlBody === null)) {
      throw new PlatformError('Invalid argument: body');
    }
    if (p.replyTo) parseRecipients(p.replyTo);
    if (recipients > MAX_RECIPIENTS_PER_MESSAGE) throw new PlatformError(MailErrors.tooManyRecipients);
    const body = String(p.body ?? '');
    if (Buffer.byteLength(body, 'utf8') + Buffer.byteLength(String(p.htmlBody ?? ''), 'utf8') > MAX_BODY_BYTES) {
      throw new PlatformError(MailErrors.bodyTooLarge);
    }
    const attachments = (p.attachments ?? []).map(readBlobSource);
    if (attachments.length > MAX_ATTACHMENTS) throw new PlatformError(MailErrors.tooManyAttachments);

    const { world, exec } = this.ctx;
    if (recipients > remainingRecipients(world, exec.user)) throw new PlatformError(MailErrors.dailyQuota);
    useRecipients(world, exec.user, recipients);

    // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,Object) — noReply
    // "is only possible for Google Workspace accounts, not Gmail users".
    const noReply = p.noReply === true && world.account === 'workspace';
    const record: MailRecord = {
      from: noReply ? `noreply@${exec.user.slice(exec.user.indexOf('@') + 1)}` : exec.user,
      to: to.join(', '),
      cc: cc.join(', '),
      bcc: bcc.join(', '),
      replyTo: p.replyTo ? parseRecipients(p.replyTo).join(', ') : '',
      subject: String(p.subject),
      body,
      htmlBody: p.htmlBody === undefined || p.htmlBody === null ? null : String(p.htmlBody),
      name: p.name === undefined || p.name === null ? null : String(p.name),
      attachments: attachments.map((a) => ({ name: a.name ?? '', mimeType: a.contentType ?? 'application/octet-stream', size: a.bytes.length })),
      at: new Date(world.clock.now()).toISOString(),
    };
    world.mail.outbox.push(record);
  }

  /** https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota() — recipients left today. */
  getRemainingDailyQuota(): number {
    this.ctx.exec.call('MailApp.getRemainingDailyQuota', { latency: 'meta', access: 'full' });
    return remainingRecipients(this.ctx.world, this.ctx.exec.user);
  }
}
