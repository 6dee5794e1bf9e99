// THE list of functions Apps Script may call: triggers, menu items, sidebar calls. Each is a short shell over one use case.
import { writeCrmDocument } from './app/crm-doc.js';
import { handleEdit } from './app/edit.js';
import { runCheckAll } from './app/hygiene/check-all.js';
import { handleOpen, showAboutDialog } from './app/open.js';
import { runSetup } from './app/setup/run-setup.js';
import { handleStructureChange } from './app/stages-change.js';
import { reportFailure } from './app/failure.js';
import { turnOffAutomations as turnOff, turnOnAutomations as turnOn } from './app/tick/automations.js';
import { runTick } from './app/tick/run-tick.js';

/** Simple trigger: runs in AuthMode.NONE or LIMITED, so it only builds the menu. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  handleOpen(e);
}

/** Runs when the add-on is installed from the Marketplace: same as opening. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  handleOpen(e);
}

/** Simple trigger: a person edited a cell; each OpsMind tab has its handler. */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  try {
    handleEdit(e);
  } catch (err) {
    reportFailure(err, 'toast');
  }
}

/** Installable change trigger (Turn on automations): rows of the Stages tab deleted or inserted rebuild the dropdown and flags. */
export function onSheetChange(e?: GoogleAppsScript.Events.SheetsOnChange): void {
  try {
    handleStructureChange(e);
  } catch (err) {
    // No one is looking at a dialog when a change trigger runs: the error stays in the execution log.
    console.error(err);
  }
}

/** Menu: Set up / repair. */
export function setUp(): void {
  try {
    runSetup();
  } catch (err) {
    reportFailure(err, 'alert');
  }
}

/** Menu: Check all rows (recomputes every derived column of every tab; dropped onEdit events leave nothing stale). */
export function checkAllRows(): void {
  try {
    runCheckAll();
  } catch (err) {
    reportFailure(err, 'alert');
  }
}

/** Menu: CRM structure document. */
export function writeCrmStructure(): void {
  try {
    writeCrmDocument();
  } catch (err) {
    reportFailure(err, 'alert');
  }
}

/** Menu: About OpsMind. */
export function showAbout(): void {
  showAboutDialog();
}

/** Menu: Turn on automations (this person's hourly trigger for `tick`). */
export function turnOnAutomations(): void {
  try {
    turnOn();
  } catch (err) {
    reportFailure(err, 'alert');
  }
}

/** Menu: Turn off automations (removes this person's trigger). */
export function turnOffAutomations(): void {
  try {
    turnOff();
  } catch (err) {
    reportFailure(err, 'alert');
  }
}

/** Time-driven trigger, hourly: runs whatever routine is due. Errors stay in the execution log (nobody is looking at a dialog). */
export function tick(): void {
  const report = runTick();
  if (report.status === 'done') console.log(`OpsMind tick: ${report.jobs.length} job(s), ${report.tasks.length} task(s), ${report.sent.length} email(s) sent, ${report.deferred.length} deferred`);
}
