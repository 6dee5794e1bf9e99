// Blob: bytes with a content type and a name, as returned by Utilities.newBlob and attached to mail.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { PlatformErrors } from '../runtime/errors.js';
import { decodeBytes, charsetName, encodeString, fromBytes, toSignedBytes } from './bytes.js';

type BlobMembers =
  | 'copyBlob'
  | 'getAs'
  | 'getBlob'
  | 'getBytes'
  | 'getContentType'
  | 'getDataAsString'
  | 'getName'
  | 'isGoogleType'
  | 'setBytes'
  | 'setContentType'
  | 'setDataFromString'
  | 'setName';

type Blob = GoogleAppsScript.Base.Blob;

export class BlobFake implements Pick<Blob, BlobMembers> {
  constructor(
    private readonly ctx: Ctx,
    private data: Buffer,
    private contentType: string | null,
    private name: string | null,
  ) {}

  private call(member: string): void {
    this.ctx.exec.call(`Blob.${member}`, { latency: 'local', access: 'none' });
  }

  private self(): Blob {
    return guard(this, 'Blob') as unknown as Blob;
  }

  /** The raw bytes, for host code (mail outbox, Drive) that stores the blob. */
  rawBytes(): Buffer {
    return Buffer.from(this.data);
  }

  copyBlob(): Blob {
    this.call('copyBlob');
    return newBlobFake(this.ctx, Buffer.from(this.data), this.contentType, this.name);
  }

  getAs(contentType: string): Blob {
    this.call('getAs');
    // Converting between formats (e.g. to PDF) is beyond the emulator; asking for the blob's own type is a copy.
    if (contentType !== this.contentType) throw new Error(PlatformErrors.notImplemented(`Blob.getAs(${contentType})`));
    return newBlobFake(this.ctx, Buffer.from(this.data), this.contentType, this.name);
  }

  getBlob(): Blob {
    this.call('getBlob');
    return this.self();
  }

  getBytes(): number[] {
    this.call('getBytes');
    return toSignedBytes(this.data);
  }

  getContentType(): string | null {
    this.call('getContentType');
    return this.contentType;
  }

  getDataAsString(charset?: string): string {
    this.call('getDataAsString');
    return decodeBytes(this.data, charsetName(charset));
  }

  getName(): string | null {
    this.call('getName');
    return this.name;
  }

  isGoogleType(): boolean {
    this.call('isGoogleType');
    // https://developers.google.com/apps-script/reference/base/blob#isGoogleType() — Google Workspace file types.
    return (this.contentType ?? '').startsWith('application/vnd.google-apps');
  }

  setBytes(data: number[]): Blob {
    this.call('setBytes');
    this.data = fromBytes(data);
    return this.self();
  }

  setContentType(contentType: string | null): Blob {
    this.call('setContentType');
    this.contentType = contentType;
    return this.self();
  }

  setDataFromString(value: string, charset?: string): Blob {
    this.call('setDataFromString');
    this.data = encodeString(String(value), charsetName(charset));
    return this.self();
  }

  setName(name: string): Blob {
    this.call('setName');
    this.name = name;
    return this.self();
  }
}

/** A guarded Blob over `data`. */
export function newBlobFake(ctx: Ctx, data: Buffer, contentType: string | null, name: string | null): Blob {
  return guard(new BlobFake(ctx, data, contentType, name), 'Blob') as unknown as Blob;
}

/** Reads name, type and bytes from anything a script may pass as a BlobSource (a Blob, a File, ...). */
export function readBlobSource(source: unknown): { name: string; mimeType: string; bytes: Buffer } {
  const s = source as { getBlob?: () => unknown };
  const blob = (typeof s?.getBlob === 'function' ? s.getBlob() : source) as {
    getName?: () => string | null;
    getContentType?: () => string | null;
    getBytes?: () => number[];
  };
  return {
    name: blob.getName?.() ?? '',
    mimeType: blob.getContentType?.() ?? 'application/octet-stream',
    bytes: fromBytes(blob.getBytes?.() ?? []),
  };
}
