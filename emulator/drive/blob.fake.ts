// A minimal text Blob for file contents (File.getBlob, HtmlOutput.getBlob) and a reader for any BlobSource a script passes.
import type { Ctx } from '../runtime/context.js';
import { PlatformErrors } from '../runtime/errors.js';
import { expose } from './expose.js';
import { isGoogleType } from './mime-type.js';

type Blob = GoogleAppsScript.Base.Blob;

/** Java bytes are signed: the platform's Byte[] holds values from -128 to 127. */
function signedBytes(text: string): number[] {
  return [...Buffer.from(text, 'utf8')].map((b) => (b > 127 ? b - 256 : b));
}

export class BlobFake
  implements Pick<Blob, 'getDataAsString' | 'getBytes' | 'getContentType' | 'setContentType' | 'getName' | 'setName' | 'copyBlob' | 'isGoogleType' | 'getAs' | 'getBlob' | 'setDataFromString'>
{
  constructor(
    private readonly ctx: Ctx,
    private data: string,
    private contentType: string | null,
    private name: string | null,
  ) {}

  private call(member: string): void {
    this.ctx.exec.call(`Blob.${member}`, { latency: 'local', access: 'none' });
  }

  getDataAsString(): string {
    this.call('getDataAsString');
    return this.data;
  }

  getBytes(): number[] {
    this.call('getBytes');
    return signedBytes(this.data);
  }

  getContentType(): string | null {
    this.call('getContentType');
    return this.contentType;
  }

  setContentType(contentType: string | null): Blob {
    this.call('setContentType');
    this.contentType = contentType;
    return expose<Blob>(this, 'Blob');
  }

  getName(): string | null {
    this.call('getName');
    return this.name;
  }

  setName(name: string): Blob {
    this.call('setName');
    this.name = String(name);
    return expose<Blob>(this, 'Blob');
  }

  setDataFromString(text: string): Blob {
    this.call('setDataFromString');
    this.data = String(text);
    return expose<Blob>(this, 'Blob');
  }

  copyBlob(): Blob {
    this.call('copyBlob');
    return newBlob(this.ctx, this.data, this.contentType, this.name);
  }

  isGoogleType(): boolean {
    this.call('isGoogleType');
    return this.contentType !== null && isGoogleType(this.contentType);
  }

  getBlob(): Blob {
    this.call('getBlob');
    return expose<Blob>(this, 'Blob');
  }

  // The emulator holds text only: a conversion to another format (PDF, images) is not emulated.
  getAs(contentType: string): Blob {
    this.call('getAs');
    if (contentType !== this.contentType && !String(contentType).startsWith('text/')) {
      throw new Error(PlatformErrors.notImplemented(`Blob.getAs(${contentType})`));
    }
    return newBlob(this.ctx, this.data, contentType, this.name);
  }
}

export function newBlob(ctx: Ctx, data: string, contentType: string | null, name: string | null): Blob {
  return expose<Blob>(new BlobFake(ctx, data, contentType, name), 'Blob');
}

export type BlobContent = { text: string; contentType: string | null; name: string | null };

type BlobLike = { getDataAsString(): string; getContentType?(): string | null; getName?(): string | null };

function isBlobLike(v: unknown): v is BlobLike {
  return typeof v === 'object' && v !== null && typeof (v as BlobLike).getDataAsString === 'function';
}

/** Reads any BlobSource a script passes (this folder's Blob, the Utilities Blob, a File): its text, type and name. */
export function readBlobSource(source: unknown): BlobContent {
  let blob: unknown = source;
  if (!isBlobLike(blob) && typeof blob === 'object' && blob !== null && typeof (blob as { getBlob?: unknown }).getBlob === 'function') {
    blob = (blob as { getBlob(): unknown }).getBlob();
  }
  if (!isBlobLike(blob)) throw new Error('Invalid argument: blob');
  return { text: blob.getDataAsString(), contentType: blob.getContentType?.() ?? null, name: blob.getName?.() ?? null };
}
