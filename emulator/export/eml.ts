// Writes a sent email as an RFC 5322 / MIME .eml file that mail programs open (multipart/alternative, UTF-8).
import type { MailRecord } from '../runtime/world.js';
import { wallClock, zoneOffsetMs } from '../spreadsheet/zoned-time.js';

const CRLF = '\r\n';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ASCII_PRINTABLE = /^[\x20-\x7e]*$/;

export type EmlOptions = { timeZone?: string; index?: number };

/** RFC 5322 date-time of an instant in a time zone, e.g. "Mon, 16 Nov 2026 09:00:00 +0100". */
export function rfc5322Date(ms: number, timeZone = 'UTC'): string {
  const w = wallClock(ms, timeZone);
  const off = Math.round(zoneOffsetMs(ms, timeZone) / 60_000);
  const sign = off < 0 ? '-' : '+';
  const hh = String(Math.floor(Math.abs(off) / 60)).padStart(2, '0');
  const mm = String(Math.abs(off) % 60).padStart(2, '0');
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${DAYS[w.weekday]}, ${w.day} ${MONTHS[w.month - 1]} ${w.year} ${two(w.hour)}:${two(w.minute)}:${two(w.second)} ${sign}${hh}${mm}`;
}

/** RFC 2047 encoded words (UTF-8, base64) for non-ASCII header text, each word at most 75 characters. */
export function encodeWords(text: string): string {
  if (ASCII_PRINTABLE.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join(`${CRLF} `);
}

/** A header line folded at spaces so that lines stay within 78 characters (RFC 5322 §2.2.3). */
function header(name: string, value: string): string {
  const line = `${name}: ${value}`;
  if (line.length <= 78 || line.includes(CRLF)) return line;
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > 78) {
      out.push(current);
      current = ` ${word}`;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out.join(CRLF);
}

/** Quoted-printable (RFC 2045 §6.7) of UTF-8 text, CRLF line ends, soft breaks keeping lines within 76 characters. */
export function quotedPrintable(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => {
      const bytes = Buffer.from(line, 'utf8');
      const tokens: string[] = [];
      bytes.forEach((b, i) => {
        const last = i === bytes.length - 1;
        const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
        tokens.push(literal ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`);
      });
      const lines: string[] = [];
      let cur = '';
      for (const t of tokens) {
        if (cur.length + t.length > 75) {
          lines.push(`${cur}=`);
          cur = '';
        }
        cur += t;
      }
      lines.push(cur);
      return lines.join(CRLF);
    })
    .join(CRLF);
}

function address(name: string | null, email: string): string {
  if (!name) return email;
  const phrase = ASCII_PRINTABLE.test(name) ? `"${name.replace(/(["\\])/g, '\\$1')}"` : encodeWords(name);
  return `${phrase} <${email}>`;
}

function part(mimeType: string, body: string): string {
  return [`Content-Type: ${mimeType}; charset=UTF-8`, 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(body)].join(CRLF);
}

/** The .eml text of one sent message; `index` makes the Message-ID and MIME boundary unique and stable. */
export function toEml(mail: MailRecord, opts: EmlOptions = {}): string {
  const index = opts.index ?? 1;
  const at = Date.parse(mail.at);
  const headers = [
    header('From', address(mail.name, mail.from)),
    header('To', mail.to),
    ...(mail.cc ? [header('Cc', mail.cc)] : []),
    ...(mail.bcc ? [header('Bcc', mail.bcc)] : []),
    ...(mail.replyTo ? [header('Reply-To', mail.replyTo)] : []),
    header('Subject', encodeWords(mail.subject)),
    `Date: ${rfc5322Date(at, opts.timeZone)}`,
    `Message-ID: <${at}.${String(index).padStart(3, '0')}@emulator.opsmind.invalid>`,
    'MIME-Version: 1.0',
    ...mail.attachments.map((a) => header('X-Emulator-Attachment', `${encodeWords(a.name)}; ${a.mimeType}; ${a.size} bytes`)),
  ];
  if (mail.htmlBody === null) {
    return [...headers, part('text/plain', mail.body)].join(CRLF) + CRLF;
  }
  const boundary = `=_opsmind_alt_${String(index).padStart(3, '0')}`;
  return (
    [
      ...headers,
      `Content-Type: multipart/alternative; boundary="${boundary}"`,
      '',
      `--${boundary}`,
      part('text/plain', mail.body),
      `--${boundary}`,
      part('text/html', mail.htmlBody),
      `--${boundary}--`,
    ].join(CRLF) + CRLF
  );
}

/** "003-weekly-pipeline-report.eml": the message's position and a file-safe form of its subject. */
export function emlFileName(index: number, subject: string): string {
  const slug = subject
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `${String(index).padStart(3, '0')}-${slug || 'no-subject'}.eml`;
}
