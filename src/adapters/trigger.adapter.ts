// ScriptApp behind small functions: this user's time-driven triggers for one handler in this document, installing and removing them.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/**
 * This user's clock triggers that call `handler` in this document. Another person's triggers are invisible
 * (https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)).
 */
export function userClockTriggers(ss: Spreadsheet, handler: string): Trigger[] {
  return ScriptApp.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType.CLOCK);
}

/** Installs an hourly trigger for `handler`, the most often an add-on may run one (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers). */
export function installHourly(handler: string): Trigger {
  return ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
}

export function deleteTriggers(triggers: readonly Trigger[]): void {
  for (const t of triggers) ScriptApp.deleteTrigger(t);
}
