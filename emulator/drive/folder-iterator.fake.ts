// FolderIterator: walks a snapshot of folder ids taken when the listing was asked for.
import type { Ctx } from '../runtime/context.js';
import { expose } from './expose.js';
import { ItemCursor } from './item-iterator.js';
import { wrapFolder } from './folder.fake.js';

type FolderIterator = GoogleAppsScript.Drive.FolderIterator;

export class FolderIteratorFake implements Pick<FolderIterator, 'hasNext' | 'next' | 'getContinuationToken'> {
  private readonly cursor: ItemCursor;

  constructor(
    private readonly ctx: Ctx,
    ids: string[],
  ) {
    this.cursor = new ItemCursor('folder', ids);
  }

  hasNext(): boolean {
    this.ctx.exec.call('FolderIterator.hasNext', { latency: 'local', access: 'full' });
    return this.cursor.hasNext();
  }

  next(): GoogleAppsScript.Drive.Folder {
    this.ctx.exec.call('FolderIterator.next', { latency: 'local', access: 'full' });
    return wrapFolder(this.ctx, this.cursor.nextId());
  }

  getContinuationToken(): string {
    this.ctx.exec.call('FolderIterator.getContinuationToken', { latency: 'local', access: 'full' });
    return this.cursor.token();
  }
}

export function folderIterator(ctx: Ctx, ids: string[]): FolderIterator {
  return expose<FolderIterator>(new FolderIteratorFake(ctx, ids), 'FolderIterator');
}
