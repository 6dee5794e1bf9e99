// File: one Drive file (a text file, a Google Doc, the workbook itself) seen through the script's handle.
import type { Ctx } from '../runtime/context.js';
import { expose } from './expose.js';
import { checkContentSize, createItem, findItem, itemSize, registerHandle, touch, driveFileText } from './drive-store.js';
import { ItemHandle, folderOf } from './item-handle.js';
import { folderIterator } from './folder-iterator.fake.js';
import { newTextBlob } from '../utilities/blob.fake.js';
import { MimeTypes } from './mime-type.js';

type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;

type Implemented =
  | 'getId' | 'getName' | 'setName' | 'getUrl' | 'getDownloadUrl' | 'getMimeType' | 'getBlob' | 'getAs' | 'getSize'
  | 'makeCopy' | 'moveTo' | 'getParents' | 'setTrashed' | 'isTrashed' | 'setDescription' | 'getDescription'
  | 'setContent' | 'getDateCreated' | 'getLastUpdated' | 'getOwner';

export class FileFake extends ItemHandle implements Pick<File, Implemented> {
  constructor(ctx: Ctx, id: string) {
    super(ctx, id, 'File');
  }

  private self(): File {
    return wrapFile(this.ctx, this.id);
  }

  getId(): string {
    return this.use('getId').id;
  }

  getName(): string {
    return this.doGetName();
  }

  setName(name: string): File {
    this.doSetName(name);
    return this.self();
  }

  getUrl(): string {
    return this.doGetUrl();
  }

  getDownloadUrl(): string {
    const item = this.use('getDownloadUrl');
    return `https://drive.google.com/uc?id=${item.id}&export=download`;
  }

  getMimeType(): string {
    return this.use('getMimeType').mimeType;
  }

  getSize(): number {
    return itemSize(this.use('getSize'));
  }

  // A Google Doc's blob is its PDF export on the platform; the emulator carries the document's text in it.
  getBlob(): GoogleAppsScript.Base.Blob {
    const item = this.use('getBlob', 'drive');
    const isDoc = item.mimeType === MimeTypes.GOOGLE_DOCS;
    return newTextBlob(this.ctx, driveFileText(this.ctx.world, item), isDoc ? MimeTypes.PDF : item.mimeType, isDoc ? `${item.name}.pdf` : item.name);
  }

  getAs(contentType: string): GoogleAppsScript.Base.Blob {
    const item = this.use('getAs', 'drive');
    return newTextBlob(this.ctx, driveFileText(this.ctx.world, item), item.mimeType, item.name).getAs(contentType);
  }

  // https://developers.google.com/apps-script/reference/drive/file#setContent(String) — "Throws an exception if content is larger than 10MB."
  setContent(content: string): File {
    const item = this.use('setContent', 'drive');
    checkContentSize(String(content), 10);
    item.content = String(content);
    touch(this.ctx.world, item);
    return this.self();
  }

  getDescription(): string | null {
    return this.doGetDescription();
  }

  setDescription(description: string): File {
    this.doSetDescription(description);
    return this.self();
  }

  getDateCreated(): Date {
    return this.dates('getDateCreated');
  }

  getLastUpdated(): Date {
    return this.dates('getLastUpdated');
  }

  getOwner(): GoogleAppsScript.Drive.User {
    return this.doGetOwner();
  }

  setTrashed(trashed: boolean): File {
    this.doSetTrashed(trashed);
    return this.self();
  }

  isTrashed(): boolean {
    return this.doIsTrashed();
  }

  // https://developers.google.com/apps-script/reference/drive/file#moveTo(Folder) — "Moves this item to the provided destination folder."
  moveTo(destination: Folder): File {
    this.doMoveTo(destination);
    return this.self();
  }

  getParents(): GoogleAppsScript.Drive.FolderIterator {
    const item = this.use('getParents', 'drive');
    return folderIterator(this.ctx, [...item.parentIds]);
  }

  // https://developers.google.com/apps-script/reference/drive/file#makeCopy(String,Folder) — a copy, optionally named and placed in a destination folder.
  makeCopy(nameOrDestination?: string | Folder, destination?: Folder): File {
    const item = this.use('makeCopy', 'drive');
    const named = typeof nameOrDestination === 'string';
    const dest = named ? destination : nameOrDestination;
    // Without a destination the copy lands next to the original; without a name it is called "Copy of …".
    const parentId = dest !== undefined ? folderOf(this.ctx, dest).id : (item.parentIds[0] ?? this.ctx.world.drive.rootId);
    const copy = createItem(this.ctx.world, {
      kind: 'file', name: named ? nameOrDestination : `Copy of ${item.name}`, mimeType: item.mimeType, parentId,
      owner: this.ctx.exec.user, content: item.content,
    });
    copy.description = item.description;
    const doc = this.ctx.world.documents.get(item.id);
    if (doc && item.mimeType === MimeTypes.GOOGLE_DOCS) {
      this.ctx.world.documents.set(copy.id, { ...structuredClone(doc), id: copy.id, name: copy.name });
    }
    return wrapFile(this.ctx, copy.id);
  }
}

/** The script's handle on a Drive file. */
export function wrapFile(ctx: Ctx, id: string): File {
  findItem(ctx.world, id);
  return registerHandle(expose<File>(new FileFake(ctx, id), 'File'), id);
}
