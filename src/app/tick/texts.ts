// The texts of the automations menu items, their Settings row and the tick's Log details, in English and German.
import { fillTemplate } from '../../core/i18n.js';
import type { Lang } from '../../../sheets-schema/types.js';

const en = {
  'title': 'OpsMind automations',
  'busy': 'Another OpsMind run is working on this spreadsheet; nothing was changed. Please try again in a minute.',
  'settings.key': 'Automations',
  'settings.on': 'On',
  'settings.off': 'Off',
  'settings.onFor': 'Hourly routines (digests, follow-up tasks, budget alerts) run from the trigger of: {users}. Change it in the OpsMind menu.',
  'settings.offBy': 'Turned off by {user} on {at}. Turn on in the OpsMind menu.',
  'settings.never': 'Not turned on yet. Turn on in the OpsMind menu.',
  'user.since': '{user} (since {at})',
  'on.done': 'Automations are on. Every hour OpsMind checks the budgets; from {hour}:00 on {days} it sends each owner’s digest and creates due follow-up and reactivation tasks. Emails go out from {user}.',
  'on.already': 'Automations were already on for you ({user}): your hourly trigger is in place.',
  'on.others': 'Also on for: {users}. Every job still runs once per period for the whole spreadsheet.',
  'off.done': 'Automations are off for you ({user}): your hourly trigger was removed.',
  'off.none': 'Automations were not on for you ({user}): there was no trigger to remove.',
  'off.others': 'They still run from the trigger of: {users}. Only they can turn off their own trigger.',
  'notSetUp': 'Run “Set up / repair” first: automations work on the OpsMind tabs.',
  'log.tasks': '{count} task(s) created',
  'log.digests': '{count} digest(s) planned',
  'log.budgets': 'Budgets updated: {lines}',
  'log.unconfirmed': 'The execution stopped between claiming and confirming this email; it is not sent again (at most once).',
  'log.deferred': 'Waiting for email quota ({reason}).',
  'log.deferredQuota': 'daily email quota used up',
  'log.deferredTime': 'time budget of this run used up',
  'log.missingTab': 'The tab “{tab}” is missing: run Set up / repair.',
  'log.ledgerReset': 'The tick’s record could not be read and was started afresh: {problem}',
} as const;

export type AutomationTextKey = keyof typeof en;

const de: Record<AutomationTextKey, string> = {
  'title': 'OpsMind-Automatisierung',
  'busy': 'Ein anderer OpsMind-Lauf arbeitet gerade an dieser Tabelle; nichts wurde geändert. Bitte in einer Minute noch einmal versuchen.',
  'settings.key': 'Automatisierung',
  'settings.on': 'Ein',
  'settings.off': 'Aus',
  'settings.onFor': 'Stündliche Routinen (Digests, Nachfassaufgaben, Budgetwarnungen) laufen über den Auslöser von: {users}. Ändern im OpsMind-Menü.',
  'settings.offBy': 'Ausgeschaltet von {user} am {at}. Einschalten im OpsMind-Menü.',
  'settings.never': 'Noch nicht eingeschaltet. Einschalten im OpsMind-Menü.',
  'user.since': '{user} (seit {at})',
  'on.done': 'Die Automatisierung ist eingeschaltet. Stündlich prüft OpsMind die Budgets; ab {hour}:00 Uhr an {days} sendet es jedem Verantwortlichen seinen Digest und legt fällige Nachfass- und Reaktivierungsaufgaben an. E-Mails gehen von {user} aus.',
  'on.already': 'Die Automatisierung war für Sie ({user}) schon eingeschaltet: Ihr stündlicher Auslöser besteht.',
  'on.others': 'Ebenfalls eingeschaltet für: {users}. Jeder Job läuft trotzdem einmal je Zeitraum für die ganze Tabelle.',
  'off.done': 'Die Automatisierung ist für Sie ({user}) ausgeschaltet: Ihr stündlicher Auslöser wurde entfernt.',
  'off.none': 'Die Automatisierung war für Sie ({user}) nicht eingeschaltet: Es gab keinen Auslöser zu entfernen.',
  'off.others': 'Sie läuft weiter über den Auslöser von: {users}. Nur diese Personen können ihren eigenen Auslöser ausschalten.',
  'notSetUp': 'Bitte zuerst „Einrichten / reparieren“ ausführen: Die Automatisierung arbeitet mit den OpsMind-Tabellenblättern.',
  'log.tasks': '{count} Aufgabe(n) angelegt',
  'log.digests': '{count} Digest(s) geplant',
  'log.budgets': 'Budgets aktualisiert: {lines}',
  'log.unconfirmed': 'Die Ausführung endete zwischen Vormerken und Bestätigen dieser E-Mail; sie wird nicht erneut gesendet (höchstens einmal).',
  'log.deferred': 'Wartet auf E-Mail-Kontingent ({reason}).',
  'log.deferredQuota': 'tägliches E-Mail-Kontingent aufgebraucht',
  'log.deferredTime': 'Zeitbudget dieses Laufs aufgebraucht',
  'log.missingTab': 'Das Tabellenblatt „{tab}“ fehlt: Bitte „Einrichten / reparieren“ ausführen.',
  'log.ledgerReset': 'Das Protokoll des Ticks war nicht lesbar und wurde neu begonnen: {problem}',
};

const catalogues: Record<Lang, Record<AutomationTextKey, string>> = { en, de };

/** The text in the language with its {placeholders} filled. */
export function at(lang: Lang, key: AutomationTextKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(catalogues[lang][key], params);
}

/** Both languages' names of the Settings row, for finding it again. */
export const settingsKeyNames: readonly string[] = ['automations', en['settings.key'], de['settings.key']];
