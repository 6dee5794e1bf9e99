// Each sent email becomes an RFC 5322 / MIME message that mail programs can open.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MailRecord } from '../runtime/world.js';
import { emlFileName, encodeWords, quotedPrintable, rfc5322Date, toEml } from './eml.js';

const mail = (over: Partial<MailRecord> = {}): MailRecord => ({
  from: 'anna@example.com',
  to: 'bob@example.com, carl@example.com',
  cc: '',
  bcc: '',
  replyTo: '',
  subject: 'Weekly report',
  body: 'Hello Bob,\nall good.',
  htmlBody: '<p>Hello Bob,</p><p>all good.</p>',
  name: 'OpsMind',
  attachments: [],
  at: '2026-11-16T08:00:00.000Z',
  ...over,
});

const decodeQp = (s: string): string =>
  Buffer.from(s.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');

describe('eml', () => {
  it('is multipart/alternative with a UTF-8 text part and an html part, CRLF line ends', () => {
    const eml = toEml(mail(), { timeZone: 'Europe/Berlin', index: 3 });
    const cut = eml.indexOf('\r\n\r\n');
    const head = eml.slice(0, cut);
    const body = eml.slice(cut + 4);
    expect(head).toContain('MIME-Version: 1.0');
    expect(head).toContain('From: "OpsMind" <anna@example.com>');
    expect(head).toContain('To: bob@example.com, carl@example.com');
    expect(head).toContain('Subject: Weekly report');
    expect(head).toMatch(/Content-Type: multipart\/alternative; boundary="=_opsmind_alt_003"/);
    expect(head).not.toContain('Cc:');
    expect(body).toContain('--=_opsmind_alt_003\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable');
    expect(body).toContain('Content-Type: text/html; charset=UTF-8');
    expect(eml.trimEnd().endsWith('--=_opsmind_alt_003--')).toBe(true);
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('takes its Date header from `at`, in the given time zone', () => {
    expect(toEml(mail(), { timeZone: 'Europe/Berlin' })).toContain('Date: Mon, 16 Nov 2026 09:00:00 +0100');
    expect(rfc5322Date(Date.parse('2026-07-01T10:30:00Z'), 'Europe/Berlin')).toBe('Wed, 1 Jul 2026 12:30:00 +0200');
    expect(rfc5322Date(Date.parse('2026-07-01T10:30:00Z'))).toBe('Wed, 1 Jul 2026 10:30:00 +0000');
  });

  it('encodes a non-ASCII subject as RFC 2047 encoded words that decode back', () => {
    const subject = 'Grüße: Angebot für Müller & Söhne — nächste Schritte im Überblick';
    const eml = toEml(mail({ subject }));
    const line = eml.split('\r\n\r\n')[0].match(/Subject: ((?:.*)(?:\r\n .*)*)/)![1];
    const words = line.split('\r\n ');
    for (const w of words) expect(w.length).toBeLessThanOrEqual(75);
    const decoded = words.map((w) => Buffer.from(/^=\?UTF-8\?B\?(.*)\?=$/.exec(w)![1], 'base64').toString('utf8')).join('');
    expect(decoded).toBe(subject);
    expect(encodeWords('plain ascii')).toBe('plain ascii');
  });

  it('writes bodies as quoted-printable UTF-8 with lines of at most 76 characters', () => {
    const body = `Grüße ${'x'.repeat(200)} = done `;
    const qp = quotedPrintable(body);
    for (const l of qp.split('\r\n')) expect(l.length).toBeLessThanOrEqual(76);
    expect(decodeQp(qp)).toBe(body);
    expect(qp).toContain('Gr=C3=BC=C3=9Fe');
    expect(qp.endsWith('=20')).toBe(true);
  });

  it('is a single text/plain message when there is no html body, and lists cc and bcc', () => {
    const eml = toEml(mail({ htmlBody: null, cc: 'c@example.com', bcc: 'd@example.com', name: null }));
    expect(eml).not.toContain('multipart');
    expect(eml).toContain('Content-Type: text/plain; charset=UTF-8');
    expect(eml).toContain('Cc: c@example.com');
    expect(eml).toContain('Bcc: d@example.com');
    expect(eml).toContain('From: anna@example.com\r\n');
  });

  it('names files NNN-subject.eml', () => {
    expect(emlFileName(3, 'Weekly report: 12 leads, 2 overdue!')).toBe('003-weekly-report-12-leads-2-overdue.eml');
    expect(emlFileName(12, 'Grüße')).toBe('012-grusse.eml');
    expect(emlFileName(1, '')).toBe('001-no-subject.eml');
  });
});

describe('eml encodings (property-based)', () => {
  it('quoted-printable decodes back to any text, and no line exceeds 76 characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const qp = quotedPrintable(text);
        for (const l of qp.split('\r\n')) expect(l.length).toBeLessThanOrEqual(76);
        expect(decodeQp(qp)).toBe(text.replace(/\r\n/g, '\n').replace(/\r?\n/g, '\r\n'));
      }),
    );
  });

  it('encoded words decode back to any subject and stay within 75 characters each', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }), (subject) => {
        const encoded = encodeWords(subject);
        if (encoded === subject) return;
        const words = encoded.split('\r\n ');
        for (const w of words) expect(w.length).toBeLessThanOrEqual(75);
        expect(words.map((w) => Buffer.from(/^=\?UTF-8\?B\?(.*)\?=$/.exec(w)![1], 'base64').toString('utf8')).join('')).toBe(subject);
      }),
    );
  });
});
