// The shared mechanics of FileIterator and FolderIterator: a snapshot of ids, a cursor and continuation tokens.
import { PlatformError } from '../runtime/errors.js';
import { DriveErrors } from './drive-store.js';

type TokenBody = { kind: 'file' | 'folder'; ids: string[] };

/** Encodes the items that remain, as the platform's opaque continuation token. */
export function encodeToken(kind: TokenBody['kind'], ids: string[]): string {
  return Buffer.from(JSON.stringify({ kind, ids } satisfies TokenBody), 'utf8').toString('base64url');
}

export function decodeToken(token: string, kind: TokenBody['kind']): string[] {
  try {
    const body = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8')) as TokenBody;
    if (body.kind === kind && Array.isArray(body.ids)) return body.ids.map(String);
  } catch {
    // fall through to the platform's error
  }
  throw new PlatformError('Invalid argument: continuationToken');
}

export class ItemCursor {
  private pos = 0;

  constructor(
    readonly kind: TokenBody['kind'],
    private readonly ids: string[],
  ) {}

  hasNext(): boolean {
    return this.pos < this.ids.length;
  }

  nextId(): string {
    if (!this.hasNext()) throw new PlatformError(DriveErrors.iteratorEnd);
    return this.ids[this.pos++];
  }

  // https://developers.google.com/apps-script/reference/drive/file-iterator#getContinuationToken() — resumes "with the items that remained in the iterator when the token was generated".
  token(): string {
    return encodeToken(this.kind, this.ids.slice(this.pos));
  }
}
