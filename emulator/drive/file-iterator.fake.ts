// FileIterator: walks a snapshot of file ids taken when the listing was asked for.
import type { Ctx } from '../runtime/context.js';
import { expose } from './expose.js';
import { ItemCursor } from './item-iterator.js';
import { wrapFile } from './file.fake.js';

type FileIterator = GoogleAppsScript.Drive.FileIterator;

export class FileIteratorFake implements Pick<FileIterator, 'hasNext' | 'next' | 'getContinuationToken'> {
  private readonly cursor: ItemCursor;

  constructor(
    private readonly ctx: Ctx,
    ids: string[],
  ) {
    this.cursor = new ItemCursor('file', ids);
  }

  hasNext(): boolean {
    this.ctx.exec.call('FileIterator.hasNext', { latency: 'local', access: 'full' });
    return this.cursor.hasNext();
  }

  next(): GoogleAppsScript.Drive.File {
    this.ctx.exec.call('FileIterator.next', { latency: 'local', access: 'full' });
    return wrapFile(this.ctx, this.cursor.nextId());
  }

  getContinuationToken(): string {
    this.ctx.exec.call('FileIterator.getContinuationToken', { latency: 'local', access: 'full' });
    return this.cursor.token();
  }
}

export function fileIterator(ctx: Ctx, ids: string[]): FileIterator {
  return expose<FileIterator>(new FileIteratorFake(ctx, ids), 'FileIterator');
}
