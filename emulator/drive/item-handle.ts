// What File and Folder handles share: the item they stand for, metering, and the members common to both classes.
import type { Ctx } from '../runtime/context.js';
import type { DriveItem } from '../runtime/world.js';
import type { LatencyClass } from '../runtime/latency.js';
import { PlatformError } from '../runtime/errors.js';
import { expose } from './expose.js';
import { DriveErrors, findItem, handleId, isTrashed, itemUrl, requireItem, touch } from './drive-store.js';
import { DriveUserFake } from './user.fake.js';
import { MimeTypes } from './mime-type.js';

export abstract class ItemHandle {
  constructor(
    protected readonly ctx: Ctx,
    protected readonly id: string,
    private readonly className: 'File' | 'Folder',
  ) {}

  /** Meters the call (Drive needs the user's authorization) and returns the current state of the item. */
  protected use(member: string, latency: LatencyClass = 'meta'): DriveItem {
    this.ctx.exec.call(`${this.className}.${member}`, { latency, access: 'full' });
    return requireItem(this.ctx.world, this.id, this.className === 'File' ? 'file' : 'folder');
  }

  protected doGetName(): string {
    return this.use('getName').name;
  }

  protected doSetName(name: string): void {
    const item = this.use('setName', 'drive');
    item.name = String(name);
    const doc = this.ctx.world.documents.get(item.id);
    if (doc && item.mimeType === MimeTypes.GOOGLE_DOCS) doc.name = item.name;
    const ss = this.ctx.world.spreadsheets.get(item.id);
    if (ss) ss.name = item.name;
    touch(this.ctx.world, item);
  }

  protected doGetUrl(): string {
    return itemUrl(this.use('getUrl'));
  }

  protected doGetDescription(): string | null {
    const d = this.use('getDescription').description;
    return d === '' ? null : d;
  }

  protected doSetDescription(description: string): void {
    const item = this.use('setDescription', 'drive');
    item.description = String(description);
    touch(this.ctx.world, item);
  }

  protected doGetOwner(): GoogleAppsScript.Drive.User {
    const item = this.use('getOwner');
    return expose<GoogleAppsScript.Drive.User>(new DriveUserFake(this.ctx, item.owner), 'User');
  }

  protected doSetTrashed(trashed: boolean): void {
    const item = this.use('setTrashed', 'drive');
    // https://developers.google.com/apps-script/reference/drive/file#setTrashed(Boolean) — "Only the owner may trash the File."
    if (item.owner !== this.ctx.exec.user) throw new PlatformError(DriveErrors.notOwner);
    item.trashed = Boolean(trashed);
    touch(this.ctx.world, item);
  }

  protected doIsTrashed(): boolean {
    return isTrashed(this.ctx.world, this.use('isTrashed'));
  }

  protected doMoveTo(destination: unknown): void {
    const item = this.use('moveTo', 'drive');
    const target = folderOf(this.ctx, destination);
    item.parentIds = [target.id];
    touch(this.ctx.world, item);
  }

  protected dates(member: 'getDateCreated' | 'getLastUpdated'): Date {
    const item = this.use(member);
    return new Date(member === 'getDateCreated' ? item.createdMs : item.updatedMs);
  }
}

/** The Drive folder a handle passed by the script stands for (a Folder from this emulator), or the not-found error. */
export function folderOf(ctx: Ctx, handle: unknown): DriveItem {
  const id = handleId(handle);
  const item = id === undefined ? undefined : findItem(ctx.world, id);
  if (!item || item.kind !== 'folder') throw new PlatformError(DriveErrors.notFound);
  return item;
}

export function fileOf(ctx: Ctx, handle: unknown): DriveItem {
  const id = handleId(handle);
  const item = id === undefined ? undefined : findItem(ctx.world, id);
  if (!item || item.kind !== 'file') throw new PlatformError(DriveErrors.notFound);
  return item;
}
