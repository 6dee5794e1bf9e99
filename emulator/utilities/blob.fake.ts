// Blob: bytes with a content type and a name: Utilities.newBlob, mail attachments, File/Document/HtmlOutput.getBlob.
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
    // Converting between formats (e.g. to PDF or an image) is beyond the emulator; its own type, or text as another
    // text type, is a copy.
    if (contentType !== this.contentType && !String(contentType).startsWith('text/')) {
      throw new Error(PlatformErrors.notImplemented(`Blob.getAs(${contentType})`));
    }
    return newBlobFake(this.ctx, Buffer.from(this.data), contentType, this.name);
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

/** A Blob over text (UTF-8), as the Drive, Document and HTML fakes hand out their contents. */
export function newTextBlob(ctx: Ctx, text: string, contentType: string | null, name: string | null): Blob {
  return newBlobFake(ctx, Buffer.from(text, 'utf8'), contentType, name);
}

export type BlobContent = { name: string | null; contentType: string | null; bytes: Buffer };

type BlobLike = { getBytes(): number[]; getContentType?(): string | null; getName?(): string | null };

const isBlobLike = (v: unknown): v is BlobLike => typeof v === 'object' && v !== null && typeof (v as BlobLike).getBytes === 'function';

/** Reads name, type and bytes from anything a script may pass as a BlobSource (a Blob, a File, an HtmlOutput, ...). */
export function readBlobSource(source: unknown): BlobContent {
  let blob: unknown = source;
  if (!isBlobLike(blob) && typeof blob === 'object' && blob !== null && typeof (blob as { getBlob?: unknown }).getBlob === 'function') {
    blob = (blob as { getBlob(): unknown }).getBlob();
  }
  if (!isBlobLike(blob)) throw new Error('Invalid argument: blob');
  return { name: blob.getName?.() ?? null, contentType: blob.getContentType?.() ?? null, bytes: fromBytes(blob.getBytes()) };
}

/** A BlobSource's content as text (UTF-8). */
export function readBlobText(source: unknown): { text: string; contentType: string | null; name: string | null } {
  const { bytes, contentType, name } = readBlobSource(source);
  return { text: bytes.toString('utf8'), contentType, name };
}
