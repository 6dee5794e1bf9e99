// What happens when a person opens the spreadsheet: the menu, in the sheet's language when the auth mode lets us read it.
import { installMenu, alert } from '../adapters/ui.adapter.js';
import { documentProperties } from '../adapters/properties.adapter.js';
import { decodeRecord } from '../core/setup/record.js';
import { menuLanguage, type MenuLanguage } from '../ui/menu.js';

/**
 * The menu's language: the one chosen at Set up, else the spreadsheet locale's; in AuthMode.NONE the document
 * cannot be read, so English.
 */
function openingLanguage(authMode: GoogleAppsScript.Script.AuthMode | undefined): MenuLanguage {
  if (authMode === ScriptApp.AuthMode.NONE) return 'en';
  try {
    const record = decodeRecord(documentProperties().getProperties());
    return record ? record.lang : menuLanguage(SpreadsheetApp.getActive().getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

export function handleOpen(e: { authMode?: GoogleAppsScript.Script.AuthMode } | undefined): void {
  installMenu(openingLanguage(e?.authMode));
}

export function showAboutDialog(): void {
  const lang = menuLanguage(SpreadsheetApp.getActive().getSpreadsheetLocale());
  const text =
    lang === 'de'
      ? 'OpsMind macht aus dieser Tabelle das CRM und Ops-Cockpit Ihrer Agentur: Pflichtfelder je Phase, nächste Schritte, SLAs, Digests und Budgets.'
      : 'OpsMind turns this spreadsheet into your agency’s CRM and operations cockpit: required fields per stage, next steps, SLAs, digests and budgets.';
  alert('OpsMind', text);
}
