// Builds the add-on menu and shows dialogs through SpreadsheetApp's Ui.
import { menuEntries, type MenuLanguage } from '../ui/menu.js';

/** Adds the OpsMind add-on menu; touches no service that needs authorization, so it works in AuthMode.NONE. */
export function installMenu(lang: MenuLanguage): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const entry of menuEntries(lang)) {
    if (entry) menu.addItem(entry.label, entry.fn);
    else menu.addSeparator();
  }
  menu.addToUi();
}

export function alert(title: string, message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(title, message, ui.ButtonSet.OK);
}

/**
 * A dialog that does not block: the script ends (and its locks go) while the person reads
 * (https://developers.google.com/apps-script/reference/base/ui#showModelessDialog(Object,String)). `html` is trusted markup.
 */
export function showModeless(title: string, html: string, width = 560, height = 460): void {
  SpreadsheetApp.getUi().showModelessDialog(HtmlService.createHtmlOutput(html).setWidth(width).setHeight(height), title);
}

/** Asks for a line of text; null when the person cancels or closes the dialog. */
export function prompt(title: string, message: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const r = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
  return r.getSelectedButton() === ui.Button.OK ? r.getResponseText() : null;
}

/** A short message in the corner of the spreadsheet (progress, or what an edit did). */
export function toast(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, message: string, title = 'OpsMind', seconds = 5): void {
  ss.toast(message, title, seconds);
}
