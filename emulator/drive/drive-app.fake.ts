// DriveApp: the user's Drive — the root folder, lookups by id, name and type, creation, search and the trash.
import type { Ctx } from '../runtime/context.js';
import type { LatencyClass } from '../runtime/latency.js';
import { allItems, createItem, isTrashed, requireItem, rootFolder } from './drive-store.js';
import { wrapFile } from './file.fake.js';
import { wrapFolder } from './folder.fake.js';
import { fileIterator } from './file-iterator.fake.js';
import { folderIterator } from './folder-iterator.fake.js';
import { decodeToken } from './item-iterator.js';
import { createFileIn } from './create-file.js';
import { compileQuery } from './search.js';
import { MimeTypes } from './mime-type.js';
import type { DriveItem } from '../runtime/world.js';

type DriveApp = GoogleAppsScript.Drive.DriveApp;
type File = GoogleAppsScript.Drive.File;
type Folder = GoogleAppsScript.Drive.Folder;
type FileIterator = GoogleAppsScript.Drive.FileIterator;
type FolderIterator = GoogleAppsScript.Drive.FolderIterator;

type Implemented =
  | 'getRootFolder' | 'getFolderById' | 'getFileById' | 'createFolder' | 'createFile' | 'getFiles' | 'getFolders'
  | 'getFilesByName' | 'getFoldersByName' | 'getFilesByType' | 'getTrashedFiles' | 'getTrashedFolders'
  | 'continueFileIterator' | 'continueFolderIterator' | 'searchFiles' | 'searchFolders';

export class DriveAppFake implements Pick<DriveApp, Implemented> {
  constructor(private readonly ctx: Ctx) {}

  // Every DriveApp member needs the user's authorization: simple triggers and AuthMode.LIMITED cannot use it.
  private call(member: string, latency: LatencyClass = 'drive'): void {
    this.ctx.exec.call(`DriveApp.${member}`, { latency, access: 'full' });
  }

  private ids(kind: DriveItem['kind'], keep: (i: DriveItem) => boolean): string[] {
    const root = this.ctx.world.drive.rootId;
    return allItems(this.ctx.world).filter((i) => i.kind === kind && i.id !== root && keep(i)).map((i) => i.id);
  }

  getRootFolder(): Folder {
    this.call('getRootFolder');
    return wrapFolder(this.ctx, rootFolder(this.ctx.world, this.ctx.exec.user).id);
  }

  // https://developers.google.com/apps-script/reference/drive/drive-app#getFolderById(String) — throws if the folder does not exist or is not accessible.
  getFolderById(id: string): Folder {
    this.call('getFolderById');
    return wrapFolder(this.ctx, requireItem(this.ctx.world, id, 'folder').id);
  }

  // https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String) — throws if the file does not exist or is not accessible.
  getFileById(id: string): File {
    this.call('getFileById');
    return wrapFile(this.ctx, requireItem(this.ctx.world, id, 'file').id);
  }

  // https://developers.google.com/apps-script/reference/drive/drive-app#createFolder(String) — "Creates a folder in the root of the user's Drive."
  createFolder(name: string): Folder {
    this.call('createFolder');
    const root = rootFolder(this.ctx.world, this.ctx.exec.user);
    const item = createItem(this.ctx.world, { kind: 'folder', name, mimeType: MimeTypes.FOLDER, parentId: root.id, owner: this.ctx.exec.user });
    return wrapFolder(this.ctx, item.id);
  }

  // https://developers.google.com/apps-script/reference/drive/drive-app#createFile(String,String) — files are created "in the root of the user's Drive".
  createFile(...args: [GoogleAppsScript.Base.BlobSource] | [string, string] | [string, string, string]): File {
    this.call('createFile');
    return createFileIn(this.ctx, rootFolder(this.ctx.world, this.ctx.exec.user).id, args);
  }

  // https://developers.google.com/apps-script/reference/drive/drive-app#getFiles() — "all files in the user's Drive": the trash is not filtered out (use isTrashed or searchFiles('trashed = false')).
  getFiles(): FileIterator {
    this.call('getFiles');
    return fileIterator(this.ctx, this.ids('file', () => true));
  }

  getFolders(): FolderIterator {
    this.call('getFolders');
    return folderIterator(this.ctx, this.ids('folder', () => true));
  }

  getFilesByName(name: string): FileIterator {
    this.call('getFilesByName');
    return fileIterator(this.ctx, this.ids('file', (i) => i.name === String(name)));
  }

  getFoldersByName(name: string): FolderIterator {
    this.call('getFoldersByName');
    return folderIterator(this.ctx, this.ids('folder', (i) => i.name === String(name)));
  }

  getFilesByType(mimeType: string): FileIterator {
    this.call('getFilesByType');
    return fileIterator(this.ctx, this.ids('file', (i) => i.mimeType === String(mimeType)));
  }

  getTrashedFiles(): FileIterator {
    this.call('getTrashedFiles');
    return fileIterator(this.ctx, this.ids('file', (i) => isTrashed(this.ctx.world, i)));
  }

  getTrashedFolders(): FolderIterator {
    this.call('getTrashedFolders');
    return folderIterator(this.ctx, this.ids('folder', (i) => isTrashed(this.ctx.world, i)));
  }

  searchFiles(params: string): FileIterator {
    this.call('searchFiles');
    const test = compileQuery(params);
    return fileIterator(this.ctx, this.ids('file', (i) => test(i, this.ctx.world)));
  }

  searchFolders(params: string): FolderIterator {
    this.call('searchFolders');
    const test = compileQuery(params);
    return folderIterator(this.ctx, this.ids('folder', (i) => test(i, this.ctx.world)));
  }

  // https://developers.google.com/apps-script/reference/drive/drive-app#continueFileIterator(String) — resumes with the items that remained when the token was made.
  continueFileIterator(continuationToken: string): FileIterator {
    this.call('continueFileIterator', 'local');
    return fileIterator(this.ctx, decodeToken(continuationToken, 'file'));
  }

  continueFolderIterator(continuationToken: string): FolderIterator {
    this.call('continueFolderIterator', 'local');
    return folderIterator(this.ctx, decodeToken(continuationToken, 'folder'));
  }
}
