// Email safety: no header injection, every interpolated value escaped, a plain-text part always, at most 50 recipients.
export type SafeEmail = {
  readonly to: string[];
  readonly cc: string[];
  readonly subject: string;
  /** The plain-text part: MailApp's `body`. */
  readonly body: string;
  readonly htmlBody: string;
};

// A message may have at most 50 recipients: https://developers.google.com/apps-script/guides/services/quotas
export const MAX_RECIPIENTS_PER_MESSAGE = 50;

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes a value for HTML text and attribute positions. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => htmlEntities[c]);
}

/** One header line: CR, LF and other line breaks become spaces (no header injection), runs of spaces collapse. */
export function oneLine(value: unknown): string {
  return String(value ?? '')
    .replace(/[\r\n\u0085\u2028\u2029\t\v\f]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Only http(s) links go into an href; anything else (javascript:, data:) becomes "#". */
export function safeHref(url: string): string {
  return /^https?:\/\//i.test(url.trim()) ? escapeHtml(url.trim()) : '#';
}

const addressPattern = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

/** Trimmed, lower-cased, de-duplicated addresses; anything that is not a plain address is dropped. */
export function cleanRecipients(list: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of list) {
    const a = oneLine(raw).toLowerCase();
    if (addressPattern.test(a) && !out.includes(a)) out.push(a);
  }
  return out;
}

/** Splits a recipient list into groups a single message may carry. */
export function chunkRecipients(list: readonly string[], size = MAX_RECIPIENTS_PER_MESSAGE): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/**
 * The final check before a message leaves: subject on one line, recipients cleaned (cc never repeats a
 * "to"), a plain-text part present, at most 50 recipients. Throws rather than send something unsafe.
 */
export function safeEmail(msg: { to: readonly string[]; cc?: readonly string[]; subject: string; body: string; htmlBody: string }): SafeEmail {
  const to = cleanRecipients(msg.to);
  const cc = cleanRecipients(msg.cc ?? []).filter((a) => !to.includes(a));
  if (to.length === 0) throw new Error('An email needs at least one valid recipient.');
  if (to.length + cc.length > MAX_RECIPIENTS_PER_MESSAGE) throw new Error(`An email may have at most ${MAX_RECIPIENTS_PER_MESSAGE} recipients, not ${to.length + cc.length}.`);
  if (msg.body.trim() === '') throw new Error('An email needs a plain-text part.');
  return { to, cc, subject: oneLine(msg.subject), body: msg.body, htmlBody: msg.htmlBody };
}
