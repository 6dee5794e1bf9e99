// Every user-facing string of OpsMind in English and German, with typed keys and typed {placeholders}.
import type { Lang } from '../../sheets-schema/types.js';

const en = {
  'menu.title': 'OpsMind',
  'menu.setup': 'Set up / repair',
  'menu.checkAll': 'Check all rows',
  'menu.automationsOn': 'Turn on automations',
  'menu.automationsOff': 'Turn off automations',
  'value.yes': 'Yes',
  'value.no': 'No',
  'value.none': 'none',
  'parse.date': '“{value}” is not a date. Type it like {example}.',
  'parse.datetime': '“{value}” is not a date and time. Type it like {example}.',
  'parse.number': '“{value}” is not a number.',
  'parse.integer': '“{value}” must be a whole number.',
  'parse.min': '{value} is below the minimum of {min}.',
  'parse.max': '{value} is above the maximum of {max}.',
  'parse.email': '“{value}” is not an email address.',
  'parse.enum': '“{value}” is not one of: {options}.',
  'parse.checkbox': '“{value}” is not yes or no.',
  'parse.text': 'This value cannot be stored as text.',
  'headers.missing': 'Tab “{tab}” has no column “{column}”. Run OpsMind › Set up / repair to restore it.',
  'headers.duplicate': 'Tab “{tab}” has the column “{column}” more than once (columns {letters}); OpsMind uses column {first}. Rename or remove the others, then run OpsMind › Set up / repair.',
  'headers.tabMissing': 'There is no tab “{tab}”. Run OpsMind › Set up / repair to create it.',
  'stages.empty': 'The tab “{tab}” lists no stages. Run OpsMind › Set up / repair to restore a preset.',
  'stages.noName': 'Cell {cell}: the stage has no name.',
  'stages.duplicate': 'Cell {cell}: the stage “{stage}” is listed twice (first in row {row}).',
  'stages.unknownField': 'Cell {cell}: “{field}” is not a column of Leads.',
  'stages.negativeSla': 'Cell {cell}: SLA hours must be 0 or more, not {value}.',
  'stages.badValue': 'Cell {cell}: {problem}',
  'settings.badValue': 'Settings, cell {cell} ({setting}): {problem} Using the default, {fallback}.',
  'settings.missing': 'Settings has no row “{setting}”; using the default, {fallback}. Run OpsMind › Set up / repair to add it.',
  'settings.cellProblem': 'Settings, cell {cell} ({setting}): {problem}',
  'settings.badStep': '“{step}” is not a follow-up step; write day:channel, e.g. 2:Email.',
  'settings.stepOrder': 'Follow-up days must increase: day {day} comes after day {previous}.',
  'migration.renamed': 'Tab “{tab}”: header “{from}” renamed to “{to}”.',
  'migration.filled': 'Tab “{tab}”: {count} empty “{column}” cells filled from “{from}”.',
  'migration.merged': 'Tab “{tab}”: column “{from}” merged into “{column}” (no conflicting values) and removed.',
  'migration.preserved': 'Tab “{tab}”: column “{from}” kept as “{preserved}” because {count} rows disagree with “{column}”.',
  'migration.conflict': 'Row {row}: “{column}” is “{value}” but “{from}” was “{legacy}”; the old value is kept in “{preserved}”.',
  'migration.preservedHeader': '{header} (before migration)',
  'migration.newer': 'This spreadsheet was set up by a newer OpsMind (schema version {found}); this version knows up to {known}. Nothing was changed.',
  'migration.one': 'Merge columns that name the same field (seed 004: id beside lead_id) and rename snake_case headers to their column names.',
  'doc.title': 'OpsMind CRM structure',
  'doc.generated': 'Generated from sheets-schema/ (schema version {version}) and the stages below. Do not edit by hand.',
  'doc.tabs': 'Tabs',
  'doc.columns': 'Columns',
  'doc.stages': 'Stages',
  'doc.requiredFields': 'Required fields by stage',
  'doc.nextStepRule': 'Every {kind} stage also needs Next Step and Next Step Date (seed 000, data quality rule 1).',
  'doc.settings': 'Default settings',
  'doc.budgets': 'Default budgets',
  'doc.hidden': 'hidden',
  'doc.protected': 'protected',
  'doc.derived': 'derived',
  'doc.hours': '{hours} h',
  'doc.matching': 'Columns are found by header, in English or German, ignoring case, spaces, hyphens and underscores (so `lead_id` finds Lead ID); the order of columns does not matter and columns people add are left alone.',
  'doc.hoursDays': '{hours} h ({days} days)',
  'doc.requiredHeader': 'required header',
  'doc.choices': 'choices: {list}',
  'doc.choicesFromStages': 'choices: the Stages tab',
  'doc.aliases': 'also recognised: {list}',
  'doc.fromLocale': 'the spreadsheet’s language',
  'doc.col.tab': 'Tab',
  'doc.col.otherName': 'German name',
  'doc.col.columns': 'Columns',
  'doc.col.notes': 'Notes',
  'doc.col.column': 'Column',
  'doc.col.otherLabel': 'German',
  'doc.col.key': 'Key',
  'doc.col.type': 'Type',
  'doc.col.width': 'Width',
  'doc.col.order': '#',
  'doc.col.stage': 'Stage',
  'doc.col.kind': 'Kind',
  'doc.col.sla': 'SLA',
  'doc.col.probability': 'Probability',
  'doc.col.forecast': 'Forecast Category',
  'doc.col.definition': 'Definition',
  'doc.col.exit': 'Exit Criteria',
  'doc.col.setting': 'Setting',
  'doc.col.default': 'Default',
  'doc.col.description': 'Description',
  'doc.col.service': 'Service',
  'doc.col.limit': 'Monthly Limit',
  'doc.col.alert': 'Alert At',
  'doc.col.hardStop': 'Hard Stop',
} as const;

export type MessageKey = keyof typeof en;

/** The {placeholder} names of a message template, as a type. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The values a message needs, by placeholder name. */
export type MessageParams<K extends MessageKey> = Record<Placeholders<(typeof en)[K]>, string | number>;

const de: { readonly [K in MessageKey]: string } = {
  'menu.title': 'OpsMind',
  'menu.setup': 'Einrichten / reparieren',
  'menu.checkAll': 'Alle Zeilen prüfen',
  'menu.automationsOn': 'Automatisierung einschalten',
  'menu.automationsOff': 'Automatisierung ausschalten',
  'value.yes': 'Ja',
  'value.no': 'Nein',
  'value.none': 'keine',
  'parse.date': '„{value}“ ist kein Datum. Bitte so eingeben: {example}.',
  'parse.datetime': '„{value}“ ist kein Datum mit Uhrzeit. Bitte so eingeben: {example}.',
  'parse.number': '„{value}“ ist keine Zahl.',
  'parse.integer': '„{value}“ muss eine ganze Zahl sein.',
  'parse.min': '{value} liegt unter dem Minimum von {min}.',
  'parse.max': '{value} liegt über dem Maximum von {max}.',
  'parse.email': '„{value}“ ist keine E-Mail-Adresse.',
  'parse.enum': '„{value}“ ist keiner dieser Werte: {options}.',
  'parse.checkbox': '„{value}“ ist weder Ja noch Nein.',
  'parse.text': 'Dieser Wert kann nicht als Text gespeichert werden.',
  'headers.missing': 'Im Tab „{tab}“ fehlt die Spalte „{column}“. Mit OpsMind › Einrichten / reparieren wird sie wiederhergestellt.',
  'headers.duplicate': 'Im Tab „{tab}“ gibt es die Spalte „{column}“ mehrfach (Spalten {letters}); OpsMind verwendet Spalte {first}. Bitte die anderen umbenennen oder entfernen und dann OpsMind › Einrichten / reparieren ausführen.',
  'headers.tabMissing': 'Es gibt keinen Tab „{tab}“. Mit OpsMind › Einrichten / reparieren wird er angelegt.',
  'stages.empty': 'Der Tab „{tab}“ enthält keine Phasen. Mit OpsMind › Einrichten / reparieren wird eine Vorlage wiederhergestellt.',
  'stages.noName': 'Zelle {cell}: Die Phase hat keinen Namen.',
  'stages.duplicate': 'Zelle {cell}: Die Phase „{stage}“ steht doppelt in der Liste (zuerst in Zeile {row}).',
  'stages.unknownField': 'Zelle {cell}: „{field}“ ist keine Spalte von Leads.',
  'stages.negativeSla': 'Zelle {cell}: SLA-Stunden müssen 0 oder mehr sein, nicht {value}.',
  'stages.badValue': 'Zelle {cell}: {problem}',
  'settings.badValue': 'Einstellungen, Zelle {cell} ({setting}): {problem} Es gilt der Standardwert {fallback}.',
  'settings.missing': 'In den Einstellungen fehlt die Zeile „{setting}“; es gilt der Standardwert {fallback}. Mit OpsMind › Einrichten / reparieren wird sie ergänzt.',
  'settings.cellProblem': 'Einstellungen, Zelle {cell} ({setting}): {problem}',
  'settings.badStep': '„{step}“ ist kein Nachfass-Schritt; bitte Tag:Kanal schreiben, z. B. 2:E-Mail.',
  'settings.stepOrder': 'Nachfass-Tage müssen aufsteigen: Tag {day} kommt nach Tag {previous}.',
  'migration.renamed': 'Tab „{tab}“: Überschrift „{from}“ in „{to}“ umbenannt.',
  'migration.filled': 'Tab „{tab}“: {count} leere Zellen in „{column}“ aus „{from}“ gefüllt.',
  'migration.merged': 'Tab „{tab}“: Spalte „{from}“ in „{column}“ übernommen (keine abweichenden Werte) und entfernt.',
  'migration.preserved': 'Tab „{tab}“: Spalte „{from}“ als „{preserved}“ behalten, weil {count} Zeilen von „{column}“ abweichen.',
  'migration.conflict': 'Zeile {row}: „{column}“ ist „{value}“, aber „{from}“ war „{legacy}“; der alte Wert bleibt in „{preserved}“ erhalten.',
  'migration.preservedHeader': '{header} (vor Migration)',
  'migration.newer': 'Diese Tabelle wurde von einer neueren OpsMind-Version eingerichtet (Schemaversion {found}); diese Version kennt bis {known}. Es wurde nichts geändert.',
  'migration.one': 'Spalten zusammenführen, die dasselbe Feld bezeichnen (Seed 004: id neben lead_id), und snake_case-Überschriften in Spaltennamen umbenennen.',
  'doc.title': 'OpsMind CRM-Struktur',
  'doc.generated': 'Erzeugt aus sheets-schema/ (Schemaversion {version}) und den Phasen unten. Nicht von Hand bearbeiten.',
  'doc.tabs': 'Tabs',
  'doc.columns': 'Spalten',
  'doc.stages': 'Phasen',
  'doc.requiredFields': 'Pflichtfelder je Phase',
  'doc.nextStepRule': 'Jede Phase der Art {kind} braucht außerdem Nächster Schritt und Datum nächster Schritt (Seed 000, Datenqualitätsregel 1).',
  'doc.settings': 'Standardeinstellungen',
  'doc.budgets': 'Standardbudgets',
  'doc.hidden': 'versteckt',
  'doc.protected': 'geschützt',
  'doc.derived': 'abgeleitet',
  'doc.hours': '{hours} Std.',
  'doc.matching': 'Spalten werden über die Überschrift gefunden, auf Deutsch oder Englisch, unabhängig von Groß-/Kleinschreibung, Leerzeichen, Binde- und Unterstrichen (`lead_id` findet also Lead-ID); die Reihenfolge der Spalten spielt keine Rolle, selbst angelegte Spalten bleiben unberührt.',
  'doc.hoursDays': '{hours} Std. ({days} Tage)',
  'doc.requiredHeader': 'Pflichtüberschrift',
  'doc.choices': 'Werte: {list}',
  'doc.choicesFromStages': 'Werte: Tab Phasen',
  'doc.aliases': 'auch erkannt: {list}',
  'doc.fromLocale': 'Sprache der Tabelle',
  'doc.col.tab': 'Tab',
  'doc.col.otherName': 'Englischer Name',
  'doc.col.columns': 'Spalten',
  'doc.col.notes': 'Hinweise',
  'doc.col.column': 'Spalte',
  'doc.col.otherLabel': 'Englisch',
  'doc.col.key': 'Schlüssel',
  'doc.col.type': 'Typ',
  'doc.col.width': 'Breite',
  'doc.col.order': '#',
  'doc.col.stage': 'Phase',
  'doc.col.kind': 'Art',
  'doc.col.sla': 'SLA',
  'doc.col.probability': 'Wahrscheinlichkeit',
  'doc.col.forecast': 'Prognosekategorie',
  'doc.col.definition': 'Definition',
  'doc.col.exit': 'Austrittskriterien',
  'doc.col.setting': 'Einstellung',
  'doc.col.default': 'Standardwert',
  'doc.col.description': 'Beschreibung',
  'doc.col.service': 'Dienst',
  'doc.col.limit': 'Monatslimit',
  'doc.col.alert': 'Warnung ab',
  'doc.col.hardStop': 'Harter Stopp',
};

export const catalogue: { readonly [L in Lang]: { readonly [K in MessageKey]: string } } = { en, de };

/** The message in the language, with its {placeholders} filled in. */
export function t<K extends MessageKey>(
  lang: Lang,
  key: K,
  ...params: Placeholders<(typeof en)[K]> extends never ? [] : [MessageParams<K>]
): string {
  return fillTemplate(catalogue[lang][key], params[0]);
}

/** Fills a template's {placeholders}; an unknown placeholder stays as written. Every feature catalogue uses this. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  const parts = partsOf(template);
  if (parts.length === 1) return parts[0];
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) out += (parts[i] in values ? String(values[parts[i]]) : `{${parts[i]}}`) + parts[i + 1];
  return out;
}

/** A template split once into text, name, text, name, ... ("Check all rows" fills the same few templates for every lead). */
const templateParts = new Map<string, readonly string[]>();

function partsOf(template: string): readonly string[] {
  let parts = templateParts.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    if (templateParts.size < 2000) templateParts.set(template, parts);
  }
  return parts;
}

/** The placeholder names a message template uses (for checking that translations keep them). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
