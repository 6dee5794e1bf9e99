// Utilities: dates in Java patterns, sprintf, digests, HMAC, base64, UUIDs, blobs, CSV and sleep.
import { createHash, createHmac } from 'node:crypto';
import type { Ctx } from '../runtime/context.js';
import { PlatformError, PlatformErrors } from '../runtime/errors.js';
import { asGasEnum, makeEnum } from '../base/enum.js';
import { formatJavaDate } from './format-date.js';
import { sprintf } from './format-string.js';
import { encodeString, toBuffer, toSignedBytes } from './bytes.js';
import { newBlobFake } from './blob.fake.js';
import { parseCsvText } from './csv.js';

type U = GoogleAppsScript.Utilities.Utilities;
type Charset = GoogleAppsScript.Utilities.Charset;
type Members =
  | 'Charset'
  | 'DigestAlgorithm'
  | 'MacAlgorithm'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'computeDigest'
  | 'computeHmacSha256Signature'
  | 'computeHmacSignature'
  | 'formatDate'
  | 'formatString'
  | 'getUuid'
  | 'newBlob'
  | 'parseCsv'
  | 'sleep';

export const Charset = makeEnum(['US_ASCII', 'UTF_8']);
export const DigestAlgorithm = makeEnum(['MD2', 'MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512']);
export const MacAlgorithm = makeEnum(['HMAC_MD5', 'HMAC_SHA_1', 'HMAC_SHA_256', 'HMAC_SHA_384', 'HMAC_SHA_512']);

const NODE_HASH: Record<string, string> = { MD2: 'md2', MD5: 'md5', SHA_1: 'sha1', SHA_256: 'sha256', SHA_384: 'sha384', SHA_512: 'sha512' };

// https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer) — "The maximum allowed value is 300000 (or 5 minutes)."
export const MAX_SLEEP_MS = 300_000;

const signatureError = (method: string, args: unknown[]): PlatformError =>
  new PlatformError(
    `The parameters (${args.map((a) => (a instanceof Date ? 'Date' : a === null ? 'null' : typeof a === 'object' ? 'Object' : typeof a === 'number' ? 'number' : 'String')).join(',')}) don't match the method signature for Utilities.${method}.`,
  );

export class UtilitiesFake implements Pick<U, Members> {
  readonly Charset = asGasEnum<typeof GoogleAppsScript.Utilities.Charset>(Charset);
  readonly DigestAlgorithm = asGasEnum<typeof GoogleAppsScript.Utilities.DigestAlgorithm>(DigestAlgorithm);
  readonly MacAlgorithm = asGasEnum<typeof GoogleAppsScript.Utilities.MacAlgorithm>(MacAlgorithm);

  constructor(private readonly ctx: Ctx) {}

  private call(member: string): void {
    this.ctx.exec.call(`Utilities.${member}`, { latency: 'local', access: 'none' });
  }

  base64Decode(encoded: string, charset?: Charset): number[] {
    this.call('base64Decode');
    void charset;
    return toSignedBytes(Buffer.from(String(encoded), 'base64'));
  }

  base64DecodeWebSafe(encoded: string, charset?: Charset): number[] {
    this.call('base64DecodeWebSafe');
    void charset;
    return toSignedBytes(Buffer.from(String(encoded).replace(/-/g, '+').replace(/_/g, '/'), 'base64'));
  }

  base64Encode(data: string | number[], charset?: Charset): string {
    this.call('base64Encode');
    return toBuffer(data, charset).toString('base64');
  }

  /** Web-safe alphabet ('-' and '_'), keeping the '=' padding as the platform does. */
  base64EncodeWebSafe(data: string | number[], charset?: Charset): string {
    this.call('base64EncodeWebSafe');
    return toBuffer(data, charset).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[], charset?: Charset): number[] {
    this.call('computeDigest');
    const name = NODE_HASH[String(algorithm)];
    if (!name) throw new PlatformError(`Invalid argument: algorithm`);
    try {
      return toSignedBytes(createHash(name).update(toBuffer(value, charset)).digest());
    } catch {
      throw new Error(PlatformErrors.notImplemented(`Utilities.computeDigest(${String(algorithm)})`));
    }
  }

  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: Charset): number[] {
    this.call('computeHmacSha256Signature');
    return toSignedBytes(createHmac('sha256', toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
  }

  computeHmacSignature(
    algorithm: GoogleAppsScript.Utilities.MacAlgorithm,
    value: string | number[],
    key: string | number[],
    charset?: Charset,
  ): number[] {
    this.call('computeHmacSignature');
    const name = NODE_HASH[String(algorithm).replace(/^HMAC_/, '')];
    if (!name || name === 'md2') throw new PlatformError(`Invalid argument: algorithm`);
    return toSignedBytes(createHmac(name, toBuffer(key, charset)).update(toBuffer(value, charset)).digest());
  }

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.call('formatDate');
    if (!(date instanceof Date) || typeof timeZone !== 'string' || typeof format !== 'string') {
      throw signatureError('formatDate', [date, timeZone, format]);
    }
    if (Number.isNaN(date.getTime())) throw new PlatformError('Invalid argument: date');
    return formatJavaDate(date, timeZone, format);
  }

  formatString(template: string, ...args: unknown[]): string {
    this.call('formatString');
    return sprintf(template, args);
  }

  /** An RFC 4122 version 4 UUID drawn from the world's seeded random source (deterministic per seed). */
  getUuid(): string {
    this.call('getUuid');
    const b = Array.from({ length: 16 }, () => Math.floor(this.ctx.world.random() * 256));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const hex = b.map((x) => x.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    this.call('newBlob');
    const bytes = typeof data === 'string' ? encodeString(data) : toBuffer(data);
    return newBlobFake(this.ctx, bytes, contentType ?? null, name ?? null);
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    this.call('parseCsv');
    return parseCsvText(csv, delimiter ?? ',');
  }

  /** Advances the emulator's clock (never the host's) and counts toward the execution's time limit. */
  sleep(milliseconds: number): void {
    this.call('sleep');
    const ms = Number(milliseconds);
    if (!Number.isFinite(ms) || ms < 0) throw new PlatformError('Invalid argument: milliseconds');
    // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer) — at most 300000 ms.
    if (ms > MAX_SLEEP_MS) throw new PlatformError('Invalid argument: milliseconds');
    this.ctx.exec.wait(Math.round(ms));
  }
}
