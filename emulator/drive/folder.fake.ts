// Folder: one Drive folder (My Drive included) seen through the script's handle.
import type { Ctx } from '../runtime/context.js';
import { PlatformError } from '../runtime/errors.js';
import { expose } from './expose.js';
import { DriveErrors, allItems, childrenOf, createItem, findItem, registerHandle, touch } from './drive-store.js';
import { ItemHandle, fileOf, folderOf } from './item-handle.js';
import { fileIterator } from './file-iterator.fake.js';
import { folderIterator } from './folder-iterator.fake.js';
import { createFileIn } from './create-file.js';
import { compileQuery } from './search.js';
import { MimeTypes } from './mime-type.js';

type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;
type FileIterator = GoogleAppsScript.Drive.FileIterator;
type FolderIterator = GoogleAppsScript.Drive.FolderIterator;

type Implemented =
  | 'getId' | 'getName' | 'setName' | 'getUrl' | 'createFolder' | 'createFile' | 'getFiles' | 'getFolders'
  | 'getFilesByName' | 'getFoldersByName' | 'getFilesByType' | 'getParents' | 'addFile' | 'removeFile' | 'addFolder'
  | 'removeFolder' | 'setTrashed' | 'isTrashed' | 'getDateCreated' | 'getLastUpdated' | 'getDescription'
  | 'setDescription' | 'moveTo' | 'getOwner' | 'searchFiles' | 'searchFolders';

export class FolderFake extends ItemHandle implements Pick<Folder, Implemented> {
  constructor(ctx: Ctx, id: string) {
    super(ctx, id, 'Folder');
  }

  private self(): Folder {
    return wrapFolder(this.ctx, this.id);
  }

  getId(): string {
    return this.use('getId').id;
  }

  getName(): string {
    return this.doGetName();
  }

  setName(name: string): Folder {
    this.doSetName(name);
    return this.self();
  }

  getUrl(): string {
    return this.doGetUrl();
  }

  getDescription(): string | null {
    return this.doGetDescription();
  }

  setDescription(description: string): Folder {
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

  setTrashed(trashed: boolean): Folder {
    this.doSetTrashed(trashed);
    return this.self();
  }

  isTrashed(): boolean {
    return this.doIsTrashed();
  }

  moveTo(destination: Folder): Folder {
    this.doMoveTo(destination);
    return this.self();
  }

  // https://developers.google.com/apps-script/reference/drive/folder#createFolder(String) — "Creates a folder in the current folder with the given name."
  createFolder(name: string): Folder {
    const parent = this.use('createFolder', 'drive');
    const item = createItem(this.ctx.world, { kind: 'folder', name, mimeType: MimeTypes.FOLDER, parentId: parent.id, owner: this.ctx.exec.user });
    return wrapFolder(this.ctx, item.id);
  }

  createFile(...args: [GoogleAppsScript.Base.BlobSource] | [string, string] | [string, string, string]): File {
    const parent = this.use('createFile', 'drive');
    return createFileIn(this.ctx, parent.id, args);
  }

  getFiles(): FileIterator {
    const f = this.use('getFiles', 'drive');
    return fileIterator(this.ctx, childrenOf(this.ctx.world, f.id, 'file').map((i) => i.id));
  }

  getFolders(): FolderIterator {
    const f = this.use('getFolders', 'drive');
    return folderIterator(this.ctx, childrenOf(this.ctx.world, f.id, 'folder').map((i) => i.id));
  }

  getFilesByName(name: string): FileIterator {
    const f = this.use('getFilesByName', 'drive');
    return fileIterator(this.ctx, childrenOf(this.ctx.world, f.id, 'file').filter((i) => i.name === String(name)).map((i) => i.id));
  }

  getFoldersByName(name: string): FolderIterator {
    const f = this.use('getFoldersByName', 'drive');
    return folderIterator(this.ctx, childrenOf(this.ctx.world, f.id, 'folder').filter((i) => i.name === String(name)).map((i) => i.id));
  }

  getFilesByType(mimeType: string): FileIterator {
    const f = this.use('getFilesByType', 'drive');
    return fileIterator(this.ctx, childrenOf(this.ctx.world, f.id, 'file').filter((i) => i.mimeType === String(mimeType)).map((i) => i.id));
  }

  searchFiles(params: string): FileIterator {
    const f = this.use('searchFiles', 'drive');
    const test = compileQuery(params);
    return fileIterator(this.ctx, childrenOf(this.ctx.world, f.id, 'file').filter((i) => test(i, this.ctx.world)).map((i) => i.id));
  }

  searchFolders(params: string): FolderIterator {
    const f = this.use('searchFolders', 'drive');
    const test = compileQuery(params);
    return folderIterator(this.ctx, childrenOf(this.ctx.world, f.id, 'folder').filter((i) => test(i, this.ctx.world)).map((i) => i.id));
  }

  getParents(): FolderIterator {
    const f = this.use('getParents', 'drive');
    return folderIterator(this.ctx, [...f.parentIds]);
  }

  // https://developers.google.com/drive/api/guides/ref-single-parent — "You can only add a parent folder to a file that doesn't have one"; move with moveTo.
  addFile(child: File): Folder {
    this.attach('addFile', fileOf(this.ctx, child).id);
    return this.self();
  }

  addFolder(child: Folder): Folder {
    this.attach('addFolder', folderOf(this.ctx, child).id);
    return this.self();
  }

  removeFile(child: File): Folder {
    this.detach('removeFile', fileOf(this.ctx, child).id);
    return this.self();
  }

  removeFolder(child: Folder): Folder {
    this.detach('removeFolder', folderOf(this.ctx, child).id);
    return this.self();
  }

  private attach(member: string, childId: string): void {
    const f = this.use(member, 'drive');
    const child = findItem(this.ctx.world, childId);
    if (!child) throw new PlatformError(DriveErrors.notFound);
    if (child.parentIds.includes(f.id)) return;
    if (child.parentIds.length > 0) throw new PlatformError(DriveErrors.singleParent);
    child.parentIds = [f.id];
    touch(this.ctx.world, child);
  }

  private detach(member: string, childId: string): void {
    const f = this.use(member, 'drive');
    const child = findItem(this.ctx.world, childId);
    if (!child) throw new PlatformError(DriveErrors.notFound);
    child.parentIds = child.parentIds.filter((p) => p !== f.id);
    touch(this.ctx.world, child);
  }
}

/** The script's handle on a Drive folder. */
export function wrapFolder(ctx: Ctx, id: string): Folder {
  allItems(ctx.world);
  return registerHandle(expose<Folder>(new FolderFake(ctx, id), 'Folder'), id);
}
