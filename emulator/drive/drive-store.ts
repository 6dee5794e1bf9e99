// Host-side access to world.drive: the lazily created root, lookups, paths, URLs and the platform's Drive errors.
import type { DriveItem, World } from '../runtime/world.js';
import { nextId } from '../runtime/world.js';
import { PlatformError } from '../runtime/errors.js';
import { documentText } from '../document/document-text.js';
import { MimeTypes, isGoogleType } from './mime-type.js';

export const DriveErrors = {
  // https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String) — "Throws a scripting exception if the file does not exist or the user does not have permission to access it" (message as the platform prints it).
  notFound:
    'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
  // https://developers.google.com/apps-script/reference/drive/file-iterator#next() — "Throws an exception if no items remain."
  iteratorEnd: 'Cannot retrieve the next object: iterator has reached the end.',
  // https://developers.google.com/apps-script/reference/drive/file#setTrashed(Boolean) — "Only the owner may trash the File."
  notOwner: 'Access denied: DriveApp.',
  // https://developers.google.com/drive/api/guides/ref-single-parent — a file has exactly one parent; use moveTo (or shortcuts).
  singleParent: 'Increasing the number of parents is not allowed',
  tooLarge: (limitMb: number) => `File content exceeds the maximum size of ${limitMb} MB.`,
} as const;

const MB = 1024 * 1024;

/** The root folder ("My Drive"), created on first use. */
export function rootFolder(world: World, owner = world.activeUser): DriveItem {
  const id = world.drive.rootId;
  let root = world.drive.items.get(id);
  if (!root) {
    const now = world.clock.now();
    root = { id, kind: 'folder', name: 'My Drive', mimeType: MimeTypes.FOLDER, parentIds: [], owner, content: '', description: '', trashed: false, createdMs: now, updatedMs: now };
    world.drive.items.set(id, root);
  }
  return root;
}

/** Spreadsheets created outside Drive (the person's workbook) are Drive files too: adopt them into the root. */
function adoptSpreadsheets(world: World): void {
  for (const ss of world.spreadsheets.values()) {
    const item = world.drive.items.get(ss.id);
    if (item) {
      item.name = ss.name;
      continue;
    }
    const now = world.clock.now();
    world.drive.items.set(ss.id, {
      id: ss.id, kind: 'file', name: ss.name, mimeType: MimeTypes.GOOGLE_SHEETS, parentIds: [rootFolder(world).id],
      owner: ss.owner, content: '', description: '', trashed: false, createdMs: now, updatedMs: now,
    });
  }
}

/** Every item in Drive (spreadsheets included), in creation order. */
export function allItems(world: World): DriveItem[] {
  rootFolder(world);
  adoptSpreadsheets(world);
  return [...world.drive.items.values()];
}

export function findItem(world: World, id: string): DriveItem | undefined {
  if (id === world.drive.rootId) return rootFolder(world);
  if (!world.drive.items.has(id) && world.spreadsheets.has(id)) adoptSpreadsheets(world);
  return world.drive.items.get(id);
}

/** The item with this id and kind, or the platform's not-found error. */
export function requireItem(world: World, id: string, kind: DriveItem['kind']): DriveItem {
  const item = findItem(world, String(id));
  if (!item || item.kind !== kind) throw new PlatformError(DriveErrors.notFound);
  return item;
}

export type NewItem = { kind: DriveItem['kind']; name: string; mimeType: string; parentId: string; owner: string; content?: string; id?: string };

export function createItem(world: World, init: NewItem): DriveItem {
  const now = world.clock.now();
  const item: DriveItem = {
    id: init.id ?? nextId(world, init.kind === 'folder' ? 'folder' : 'file'),
    kind: init.kind, name: String(init.name), mimeType: init.mimeType, parentIds: [init.parentId], owner: init.owner,
    content: init.content ?? '', description: '', trashed: false, createdMs: now, updatedMs: now,
  };
  world.drive.items.set(item.id, item);
  return item;
}

export function touch(world: World, item: DriveItem): void {
  item.updatedMs = world.clock.now();
}

/** Children of a folder (trashed ones included: the DriveApp listings do not filter the trash). */
export function childrenOf(world: World, folderId: string, kind: DriveItem['kind']): DriveItem[] {
  return allItems(world).filter((i) => i.kind === kind && i.parentIds.includes(folderId));
}

// https://developers.google.com/drive/api/reference/rest/v3/files — "trashed: whether the file has been trashed, either explicitly or from a trashed parent folder."
export function isTrashed(world: World, item: DriveItem): boolean {
  const seen = new Set<string>();
  let cur: DriveItem | undefined = item;
  while (cur && !seen.has(cur.id)) {
    if (cur.trashed) return true;
    seen.add(cur.id);
    cur = cur.parentIds.length > 0 ? world.drive.items.get(cur.parentIds[0]) : undefined;
  }
  return false;
}

/** "My Drive/Reports/2026-11-20-weekly-report": the item's path through its (first) parents. */
export function drivePath(world: World, itemId: string): string {
  const names: string[] = [];
  const seen = new Set<string>();
  let cur = findItem(world, itemId);
  while (cur && !seen.has(cur.id)) {
    names.unshift(cur.name);
    seen.add(cur.id);
    cur = cur.parentIds.length > 0 ? findItem(world, cur.parentIds[0]) : undefined;
  }
  return names.join('/');
}

/** The text a person would read in the file: a Google Doc's text from world.documents, else the stored content. */
export function driveFileText(world: World, item: DriveItem): string {
  if (item.mimeType === MimeTypes.GOOGLE_DOCS) {
    const doc = world.documents.get(item.id);
    if (doc) return documentText(doc);
  }
  return item.content;
}

export function itemUrl(item: DriveItem): string {
  if (item.kind === 'folder') return `https://drive.google.com/drive/folders/${item.id}`;
  if (item.mimeType === MimeTypes.GOOGLE_DOCS) return `https://docs.google.com/document/d/${item.id}/edit`;
  if (item.mimeType === MimeTypes.GOOGLE_SHEETS) return `https://docs.google.com/spreadsheets/d/${item.id}/edit`;
  return `https://drive.google.com/file/d/${item.id}/view`;
}

// https://developers.google.com/apps-script/reference/drive/file#getSize() — Google Workspace files "do not count toward Drive storage limits and thus return 0 bytes".
export function itemSize(item: DriveItem): number {
  if (item.kind === 'folder' || isGoogleType(item.mimeType)) return 0;
  return Buffer.byteLength(item.content, 'utf8');
}

/** Throws the platform's error when content is over a documented size limit (in MB). */
export function checkContentSize(content: string, limitMb: number): void {
  if (Buffer.byteLength(content, 'utf8') > limitMb * MB) throw new PlatformError(DriveErrors.tooLarge(limitMb));
}

// Handles given to scripts are proxies: remember which Drive item each one stands for, so that a Folder passed back
// (makeCopy(destination), moveTo, addFile) is recognised without metering a getId() call.
const handleIds = new WeakMap<object, string>();

export function registerHandle<T extends object>(handle: T, itemId: string): T {
  handleIds.set(handle, itemId);
  return handle;
}

export function handleId(handle: unknown): string | undefined {
  return typeof handle === 'object' && handle !== null ? handleIds.get(handle) : undefined;
}
