// What happens when a person opens the spreadsheet: the menu, in the sheet's language when the auth mode lets us read it.
import { installMenu, alert } from '../adapters/ui.adapter.js';
import { menuLanguage } from '../ui/menu.js';

/** The locale to label the menu in; in AuthMode.NONE the document cannot be read, so English. */
function openingLocale(authMode: GoogleAppsScript.Script.AuthMode | undefined): string | null {
  if (authMode === ScriptApp.AuthMode.NONE) return null;
  try {
    return SpreadsheetApp.getActive().getSpreadsheetLocale();
  } catch {
    return null;
  }
}

export function handleOpen(e: { authMode?: GoogleAppsScript.Script.AuthMode } | undefined): void {
  installMenu(menuLanguage(openingLocale(e?.authMode)));
}

export function showAboutDialog(): void {
  const lang = menuLanguage(SpreadsheetApp.getActive().getSpreadsheetLocale());
  const text =
    lang === 'de'
      ? 'OpsMind macht aus dieser Tabelle das CRM und Ops-Cockpit Ihrer Agentur: Pflichtfelder je Phase, nächste Schritte, SLAs, Digests und Budgets.'
      : 'OpsMind turns this spreadsheet into your agency’s CRM and operations cockpit: required fields per stage, next steps, SLAs, digests and budgets.';
  alert('OpsMind', text);
}
