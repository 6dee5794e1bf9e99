// MailApp behind two functions: the daily recipient quota left, and sending one safe email with a plain-text and an HTML part.
import type { SafeEmail } from '../core/routines/email-safety.js';
import type { SendResult } from '../core/routines/delivery.js';

/** Recipients this user may still email today (https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()). */
export function remainingDailyQuota(): number {
  return MailApp.getRemainingDailyQuota();
}

const QUOTA_MESSAGE = /invoked too many times|daily.*quota|limit exceeded: email recipients per day/i;
const TIMEOUT_MESSAGE = /exceeded maximum execution time/i;

/** Whether an error means the execution itself is ending (nothing after it may be trusted to run). */
export function isTimeout(err: unknown): boolean {
  return TIMEOUT_MESSAGE.test(err instanceof Error ? err.message : String(err));
}

/**
 * Sends one message. The daily quota error is "quota" (the message waits for tomorrow); a timeout is rethrown
 * because the platform ends the execution; anything else (a refused address) is "failed" with its reason.
 */
export function sendEmail(email: SafeEmail, senderName: string): { result: SendResult; error?: string } {
  try {
    MailApp.sendEmail({
      to: email.to.join(','),
      ...(email.cc.length > 0 ? { cc: email.cc.join(',') } : {}),
      subject: email.subject,
      body: email.body,
      htmlBody: email.htmlBody,
      name: senderName,
    });
    return { result: 'sent' };
  } catch (err) {
    if (isTimeout(err)) throw err;
    const message = err instanceof Error ? err.message : String(err);
    return QUOTA_MESSAGE.test(message) ? { result: 'quota', error: message } : { result: 'failed', error: message };
  }
}
