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
