// THE list of functions Apps Script may call: triggers, menu items, sidebar calls. Each is a short shell over one use case.
import { handleOpen, showAboutDialog } from './app/open.js';

/** Simple trigger: runs in AuthMode.NONE or LIMITED, so it only builds the menu. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  handleOpen(e);
}

/** Runs when the add-on is installed from the Marketplace: same as opening. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  handleOpen(e);
}

/** Menu: About OpsMind. */
export function showAbout(): void {
  showAboutDialog();
}
