// The hygiene rules' own messages (Hygiene column, cell notes, toasts, Stage History, summaries) in English and German.
import { fillTemplate, type Placeholders } from '../i18n.js';
import type { Lang } from '../../../sheets-schema/types.js';

const en = {
  'hygiene.ok': 'OK',
  'hygiene.separator': '; ',
  'hygiene.missing': 'Missing: {fields}',
  'hygiene.noStage': 'No stage',
  'hygiene.unknownStage': 'Unknown stage “{stage}”',
  'hygiene.noNextStep': 'No next step',
  'hygiene.noNextStepAtAll': 'No next step and no date',
  'hygiene.noNextStepDate': 'Next step has no date',
  'hygiene.nextStepPast': 'Next step date {date} is in the past',
  'hygiene.slaOverdue': 'SLA overdue since {due}',
  'hygiene.unreadable': '{field}: {problem}',
  'hygiene.duplicateId': 'Lead ID {id} is used more than once',
  'transition.rejectedNote': 'Stage “{to}” was not saved: missing {fields}. The stage is back to “{from}”.',
  'transition.rejectedUnknownNote': 'Stage “{to}” was not saved: there is no such stage in the Stages tab. The stage is back to “{from}”.',
  'transition.rejectedToast': 'Stage “{to}” needs {fields}. Back to “{from}”.',
  'transition.softNote': 'Stage “{to}” saved with missing {fields}.',
  'transition.softUnknownNote': 'Stage “{to}” is not in the Stages tab; the row is flagged.',
  'transition.reasonMissing': 'Required fields missing',
  'transition.reasonUnknown': 'Unknown stage',
  'transition.reasonSoft': 'Saved with missing fields; the row is flagged',
  'transition.noPrevious': '(none)',
  'derived.overwritten': '{field} is calculated by OpsMind; “{value}” was replaced.',
  'advance.outbound': 'Auto-advance: first outbound touchpoint',
  'advance.inbound': 'Auto-advance: first inbound touchpoint',
  'touchpoint.unknownLead': 'Touchpoints row {row}: there is no lead with the ID “{id}”; the touchpoint is kept but counts for no lead.',
  'touchpoint.noLead': 'Touchpoints row {row}: the touchpoint names no Lead ID.',
  'stageTable.sameStage': 'Cell {cell}: “{stage}” is the same stage as “{other}” (row {row}); OpsMind uses row {row}.',
  'stageTable.noOpenStage': 'The Stages tab has no stage of kind Open, so no lead can be in progress.',
  'row.unreadable': 'Row {row}, {field}: {problem}',
  'kpi.summary': 'Pipeline Hygiene: {percent} of {open} open leads complete (target {target}).',
  'kpi.owner': '{owner}: {percent} of {open}',
  'kpi.noOwner': '(no owner)',
  'kpi.noOpen': 'Pipeline Hygiene: no open leads.',
  'kpi.problemLine': 'Row {row} ({id}): {problems}',
  'checkAll.title': 'Check all rows',
  'checkAll.notSetUp': 'Run “Set up / repair” first: Check all rows works on the OpsMind tabs.',
  'checkAll.busy': 'Another OpsMind run is working on this spreadsheet. Please try again in a minute.',
  'checkAll.counts': 'Rows checked: {rows} (tabs: {tabs}). Cells updated: {cells}. New IDs: {ids}. Stage changes recorded: {changes}.',
  'checkAll.problems': 'Problems found ({count}):',
  'checkAll.more': '… and {count} more. Each lead names its problems in the Hygiene column.',
  'checkAll.none': 'No problems found.',
  'checkAll.tabLine': '{tab}: {problem}',
  'checkAll.close': 'Close',
  'checkAll.changedMeanwhile': '{tab}, rows edited while this check ran: {rows}. They were left exactly as typed; their own edit checks them (or the next Check all rows).',
} as const;

export type HygieneMessageKey = keyof typeof en;


export type HygieneMessageParams<K extends HygieneMessageKey> = Record<Placeholders<(typeof en)[K]>, string | number>;

const de: { readonly [K in HygieneMessageKey]: string } = {
  'hygiene.ok': 'OK',
  'hygiene.separator': '; ',
  'hygiene.missing': 'Fehlt: {fields}',
  'hygiene.noStage': 'Keine Phase',
  'hygiene.unknownStage': 'Unbekannte Phase „{stage}“',
  'hygiene.noNextStep': 'Kein nächster Schritt',
  'hygiene.noNextStepAtAll': 'Kein nächster Schritt und kein Datum',
  'hygiene.noNextStepDate': 'Nächster Schritt ohne Datum',
  'hygiene.nextStepPast': 'Datum nächster Schritt {date} liegt in der Vergangenheit',
  'hygiene.slaOverdue': 'SLA überschritten seit {due}',
  'hygiene.unreadable': '{field}: {problem}',
  'hygiene.duplicateId': 'Lead-ID {id} kommt mehrfach vor',
  'transition.rejectedNote': 'Phase „{to}“ wurde nicht übernommen, es fehlen: {fields}. Die Phase steht wieder auf „{from}“.',
  'transition.rejectedUnknownNote': 'Phase „{to}“ wurde nicht übernommen: Diese Phase gibt es im Tab Phasen nicht. Die Phase steht wieder auf „{from}“.',
  'transition.rejectedToast': 'Phase „{to}“ braucht: {fields}. Zurück auf „{from}“.',
  'transition.softNote': 'Phase „{to}“ gespeichert, es fehlen: {fields}.',
  'transition.softUnknownNote': 'Phase „{to}“ steht nicht im Tab Phasen; die Zeile ist markiert.',
  'transition.reasonMissing': 'Pflichtfelder fehlen',
  'transition.reasonUnknown': 'Unbekannte Phase',
  'transition.reasonSoft': 'Mit fehlenden Feldern gespeichert; die Zeile ist markiert',
  'transition.noPrevious': '(keine)',
  'derived.overwritten': '{field} wird von OpsMind berechnet; „{value}“ wurde ersetzt.',
  'advance.outbound': 'Automatisch weitergeschaltet: erster ausgehender Kontakt',
  'advance.inbound': 'Automatisch weitergeschaltet: erster eingehender Kontakt',
  'touchpoint.unknownLead': 'Kontaktpunkte Zeile {row}: Es gibt keinen Lead mit der ID „{id}“; der Kontaktpunkt bleibt erhalten, zählt aber für keinen Lead.',
  'touchpoint.noLead': 'Kontaktpunkte Zeile {row}: Der Kontaktpunkt nennt keine Lead-ID.',
  'stageTable.sameStage': 'Zelle {cell}: „{stage}“ ist dieselbe Phase wie „{other}“ (Zeile {row}); OpsMind verwendet Zeile {row}.',
  'stageTable.noOpenStage': 'Der Tab Phasen enthält keine Phase der Art Offen, also kann kein Lead in Bearbeitung sein.',
  'row.unreadable': 'Zeile {row}, {field}: {problem}',
  'kpi.summary': 'Pipeline-Hygiene: {percent} von {open} offenen Leads vollständig (Ziel {target}).',
  'kpi.owner': '{owner}: {percent} von {open}',
  'kpi.noOwner': '(ohne Verantwortlichen)',
  'kpi.noOpen': 'Pipeline-Hygiene: keine offenen Leads.',
  'kpi.problemLine': 'Zeile {row} ({id}): {problems}',
  'checkAll.title': 'Alle Zeilen prüfen',
  'checkAll.notSetUp': 'Bitte zuerst „Einrichten / reparieren“ ausführen: „Alle Zeilen prüfen“ arbeitet mit den OpsMind-Tabellenblättern.',
  'checkAll.busy': 'Ein anderer OpsMind-Lauf arbeitet gerade an dieser Tabelle. Bitte in einer Minute noch einmal versuchen.',
  'checkAll.counts': 'Geprüfte Zeilen: {rows} (Tabellenblätter: {tabs}). Aktualisierte Zellen: {cells}. Neue IDs: {ids}. Erfasste Phasenwechsel: {changes}.',
  'checkAll.problems': 'Gefundene Probleme ({count}):',
  'checkAll.more': '… und {count} weitere. Jeder Lead nennt seine Probleme in der Spalte Hygiene.',
  'checkAll.none': 'Keine Probleme gefunden.',
  'checkAll.tabLine': '{tab}: {problem}',
  'checkAll.close': 'Schließen',
  'checkAll.changedMeanwhile': '{tab}, während dieser Prüfung bearbeitete Zeilen: {rows}. Sie bleiben genau so, wie eingegeben; ihre eigene Bearbeitung prüft sie (oder das nächste „Alle Zeilen prüfen“).',
};

export const hygieneCatalogue: { readonly [L in Lang]: { readonly [K in HygieneMessageKey]: string } } = { en, de };

/** The hygiene message in the language, with its {placeholders} filled in. */
export function hm<K extends HygieneMessageKey>(
  lang: Lang,
  key: K,
  ...params: Placeholders<(typeof en)[K]> extends never ? [] : [HygieneMessageParams<K>]
): string {
  return fillTemplate(hygieneCatalogue[lang][key], params[0]);
}
