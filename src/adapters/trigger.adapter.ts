// ScriptApp behind small functions: this user's triggers in this document (hourly and change), installing and removing them.

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/**
 * This user's triggers in this document, asked for once (one call): those of one kind that call one handler are picked
 * from them. Another person's triggers are invisible
 * (https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet)).
 */
export function userTriggers(ss: Spreadsheet): { of: (handler: string, kind: 'CLOCK' | 'ON_CHANGE') => Trigger[] } {
  const all = ScriptApp.getUserTriggers(ss);
  return { of: (handler, kind) => all.filter((t) => t.getHandlerFunction() === handler && t.getEventType() === ScriptApp.EventType[kind]) };
}

/** Installs an hourly trigger for `handler`, the most often an add-on may run one (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers). */
export function installHourly(handler: string): Trigger {
  return ScriptApp.newTrigger(handler).timeBased().everyHours(1).create();
}

/** Installs a change trigger for `handler` on this spreadsheet (https://developers.google.com/apps-script/guides/triggers/installable#managing_triggers_programmatically). */
export function installOnChange(ss: Spreadsheet, handler: string): Trigger {
  return ScriptApp.newTrigger(handler).forSpreadsheet(ss).onChange().create();
}

export function deleteTriggers(triggers: readonly Trigger[]): void {
  for (const t of triggers) ScriptApp.deleteTrigger(t);
}
