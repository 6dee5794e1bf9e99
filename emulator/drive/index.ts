// DriveApp for scripts, and the host helpers the state export uses to list Drive.
import type { Ctx } from '../runtime/context.js';
import { expose } from './expose.js';
import { DriveAppFake } from './drive-app.fake.js';

export { drivePath, driveFileText, rootFolder, allItems, isTrashed, itemUrl } from './drive-store.js';
export { MimeTypes } from './mime-type.js';

/** The DriveApp global of one execution. */
export function createDriveApp(ctx: Ctx): GoogleAppsScript.Drive.DriveApp {
  return expose<GoogleAppsScript.Drive.DriveApp>(new DriveAppFake(ctx), 'DriveApp');
}
