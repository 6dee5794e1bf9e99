// Creating files the way DriveApp.createFile and Folder.createFile do, with their documented size limits.
import type { Ctx } from '../runtime/context.js';
import { PlatformError } from '../runtime/errors.js';
import { checkContentSize, createItem } from './drive-store.js';
import { readBlobText } from '../utilities/blob.fake.js';
import { MimeTypes, isGoogleType } from './mime-type.js';
import { wrapFile } from './file.fake.js';

/** createFile(blob) | createFile(name, content) | createFile(name, content, mimeType), into the given folder. */
export function createFileIn(ctx: Ctx, parentId: string, args: unknown[]): GoogleAppsScript.Drive.File {
  let name: string;
  let content: string;
  let mimeType: string;
  if (args.length === 1) {
    const blob = readBlobText(args[0]);
    name = blob.name ?? 'Untitled';
    content = blob.text;
    mimeType = blob.contentType ?? 'application/octet-stream';
  } else {
    name = String(args[0]);
    content = String(args[1] ?? '');
    if (args.length >= 3) {
      mimeType = String(args[2]);
      // https://developers.google.com/apps-script/reference/drive/drive-app#createFile(String,String,String) — "Throws an exception if content is larger than 10MB."
      checkContentSize(content, 10);
    } else {
      mimeType = MimeTypes.PLAIN_TEXT;
      // https://developers.google.com/apps-script/reference/drive/drive-app#createFile(String,String) — "Creates a text file … Throws an exception if content is larger than 50 MB."
      checkContentSize(content, 50);
    }
  }
  // Google Docs, Sheets and folders are not byte content: they are made with DocumentApp.create, SpreadsheetApp.create, createFolder.
  if (isGoogleType(mimeType)) throw new PlatformError('Invalid argument: file.contentType');
  const item = createItem(ctx.world, { kind: 'file', name, mimeType, parentId, owner: ctx.exec.user, content });
  return wrapFile(ctx, item.id);
}
