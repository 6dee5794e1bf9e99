import { describe, it, expect } from 'vitest';
import { createHmac } from 'node:crypto';
import { makeCtx } from '../runtime/testing.js';
import { createUtilities } from './index.js';

const at = (iso: string) => new Date(iso);

describe('Utilities.formatDate (Java SimpleDateFormat, https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String))', () => {
  const u = createUtilities(makeCtx());

  it("formats 'EEE, d MMM yyyy HH:mm' in the given time zone", () => {
    expect(u.formatDate(at('2026-11-16T08:05:00Z'), 'Europe/Berlin', 'EEE, d MMM yyyy HH:mm')).toBe('Mon, 16 Nov 2026 09:05');
    expect(u.formatDate(at('2026-11-16T08:05:00Z'), 'America/New_York', 'EEEE, MMMM dd, yy h:mm a')).toBe('Monday, November 16, 26 3:05 AM');
  });

  it('follows daylight saving time in Europe/Berlin (CET +0100 before, CEST +0200 after 29 March 2026 01:00 UTC)', () => {
    expect(u.formatDate(at('2026-03-29T00:30:00Z'), 'Europe/Berlin', 'HH:mm z Z XXX')).toBe('01:30 CET +0100 +01:00');
    expect(u.formatDate(at('2026-03-29T01:30:00Z'), 'Europe/Berlin', 'HH:mm z Z XXX')).toBe('03:30 CEST +0200 +02:00');
    expect(u.formatDate(at('2026-10-25T00:30:00Z'), 'Europe/Berlin', 'HH:mm zzzz')).toBe('02:30 Central European Summer Time');
    expect(u.formatDate(at('2026-10-25T01:30:00Z'), 'Europe/Berlin', 'HH:mm zzzz')).toBe('02:30 Central European Standard Time');
  });

  it("treats text in single quotes as literal and '' as one quote", () => {
    expect(u.formatDate(at('2026-01-05T07:00:00Z'), 'UTC', "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")).toBe('2026-01-05T07:00:00.000Z');
    expect(u.formatDate(at('2026-01-05T07:00:00Z'), 'Europe/Berlin', "h 'o''clock' a, ''yy")).toBe("8 o'clock AM, '26");
  });

  it('computes day-of-year, week-of-year and week-year with Sunday-start weeks (week 1 contains 1 January)', () => {
    expect(u.formatDate(at('2026-12-31T12:00:00Z'), 'UTC', 'D w Y u F W')).toBe('365 1 2027 4 5 5');
    expect(u.formatDate(at('2026-01-01T12:00:00Z'), 'UTC', 'D w Y E')).toBe('1 1 2026 Thu');
    expect(u.formatDate(at('2026-11-16T00:30:00Z'), 'UTC', 'k K H G')).toBe('24 0 0 AD');
  });

  it('rejects a pattern letter that SimpleDateFormat does not know', () => {
    expect(() => u.formatDate(at('2026-01-01T00:00:00Z'), 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });

  it('falls back to GMT for an unknown time zone id and accepts custom GMT offsets, as java.util.TimeZone does', () => {
    expect(u.formatDate(at('2026-06-01T12:00:00Z'), 'Mars/Olympus', 'HH:mm z')).toBe('12:00 GMT');
    expect(u.formatDate(at('2026-06-01T12:00:00Z'), 'GMT+05:30', 'HH:mm Z')).toBe('17:30 +0530');
  });

  it('refuses a non-Date argument with the signature error', () => {
    expect(() => u.formatDate('2026-01-01' as unknown as Date, 'UTC', 'yyyy')).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });
});

describe('Utilities helpers', () => {
  it('formatString formats like sprintf', () => {
    const u = createUtilities(makeCtx());
    expect(u.formatString('%s has %d deals worth %.2f (%05d) %x %%', 'Ana', 3.7, 1234.5, 42, 255)).toBe('Ana has 3 deals worth 1234.50 (00042) ff %');
    expect(u.formatString('[%-5s|%5s]', 'ab', 'cd')).toBe('[ab   |   cd]');
  });

  it('getUuid returns RFC 4122 version 4 ids that are deterministic for a seed', () => {
    const a = createUtilities(makeCtx({ seed: 7 }));
    const b = createUtilities(makeCtx({ seed: 7 }));
    const id = a.getUuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b.getUuid()).toBe(id);
    expect(a.getUuid()).not.toBe(id);
  });

  it('computeDigest returns Java signed bytes', () => {
    const u = createUtilities(makeCtx());
    const md5 = u.computeDigest(u.DigestAlgorithm.MD5, 'abc');
    expect(md5.slice(0, 4)).toEqual([-112, 1, 80, -104]); // 90 01 50 98
    expect(md5.every((b) => b >= -128 && b <= 127)).toBe(true);
    const sha = u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc');
    expect(sha).toHaveLength(32);
    expect(sha[0]).toBe(-70); // 0xba
  });

  it('computeHmacSha256Signature matches HMAC-SHA256 as signed bytes', () => {
    const u = createUtilities(makeCtx());
    const expected = Array.from(createHmac('sha256', 'key').update('message').digest(), (b) => (b > 127 ? b - 256 : b));
    expect(u.computeHmacSha256Signature('message', 'key')).toEqual(expected);
  });

  it('base64 round-trips text and uses - and _ in the web-safe alphabet (padding kept)', () => {
    const u = createUtilities(makeCtx());
    expect(u.base64Encode('Grüße')).toBe('R3LDvMOfZQ==');
    expect(u.base64EncodeWebSafe([-5, -17, -1])).toBe('--__');
    expect(u.base64EncodeWebSafe('??>')).toBe('Pz8-');
    expect(u.newBlob(u.base64Decode('R3LDvMOfZQ==')).getDataAsString()).toBe('Grüße');
    expect(u.base64DecodeWebSafe('--__')).toEqual([-5, -17, -1]);
  });

  it('newBlob keeps bytes, content type and name; copies are independent', () => {
    const u = createUtilities(makeCtx());
    const blob = u.newBlob('a,b\n1,2', 'text/csv', 'deals.csv');
    expect(blob.getContentType()).toBe('text/csv');
    expect(blob.getName()).toBe('deals.csv');
    expect(blob.isGoogleType()).toBe(false);
    const copy = blob.copyBlob().setName('copy.csv');
    expect(blob.getName()).toBe('deals.csv');
    expect(copy.getDataAsString()).toBe('a,b\n1,2');
    expect(() => (blob as unknown as { getSize(): number }).getSize()).toThrow('not implemented in emulator: Blob.getSize');
  });

  it('parseCsv handles quotes, doubled quotes, embedded commas and newlines', () => {
    const u = createUtilities(makeCtx());
    expect(u.parseCsv('name,note\n"Doe, Jane","said ""hi""\nthen left"\r\nBob,')).toEqual([
      ['name', 'note'],
      ['Doe, Jane', 'said "hi"\nthen left'],
      ['Bob', ''],
    ]);
    expect(u.parseCsv('a;b', ';')).toEqual([['a', 'b']]);
  });
});

describe('Utilities.sleep (https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer))', () => {
  it('advances the emulator clock, not the host clock', () => {
    const ctx = makeCtx();
    const before = ctx.world.clock.now();
    createUtilities(ctx).sleep(1500);
    expect(ctx.world.clock.now() - before).toBe(1500);
  });

  it('refuses more than 300000 ms', () => {
    expect(() => createUtilities(makeCtx()).sleep(300_001)).toThrow('Invalid argument: milliseconds');
  });

  it('counts toward the 30-second limit of a simple trigger', () => {
    const u = createUtilities(makeCtx({}, { kind: 'simple', authMode: 'LIMITED' }));
    expect(() => u.sleep(31_000)).toThrow('Exceeded maximum execution time');
  });

  it('works in AuthMode.NONE (Utilities needs no authorization)', () => {
    const u = createUtilities(makeCtx({}, { kind: 'simple', authMode: 'NONE' }));
    expect(u.formatDate(at('2026-01-01T00:00:00Z'), 'UTC', 'yyyy')).toBe('2026');
  });
});
