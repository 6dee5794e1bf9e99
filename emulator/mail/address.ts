// Recipient lists as MailApp takes them: comma-separated addresses, optionally written as "Name <address>".
import { PlatformError } from '../runtime/errors.js';

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

/** The addresses in a comma-separated list, each checked; throws "Invalid email: x" for the first bad one. */
export function parseRecipients(list: string | undefined | null): string[] {
  if (list === undefined || list === null) return [];
  const out: string[] = [];
  for (const raw of String(list).split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    const angled = /<([^>]*)>\s*$/.exec(part);
    const address = (angled ? angled[1] : part).trim();
    // https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String) — recipient: "the addresses of the recipients, separated by commas".
    if (!EMAIL.test(address)) throw new PlatformError(`Invalid email: ${part}`);
    out.push(address);
  }
  return out;
}
