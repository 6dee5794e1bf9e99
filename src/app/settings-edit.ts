// A person edited the Settings tab: the Leads edits' copy of it is refreshed, and every value OpsMind cannot use is
// named on its cell (a note) and in a toast; the value stays as typed and the default applies meanwhile.
import { documentProperties } from '../adapters/properties.adapter.js';
import type { FieldEnv } from '../core/field-types/index.js';
import type { SetupRecord } from '../core/setup/record.js';
import { problemNotes } from '../core/setup/notes.js';
import { st } from '../core/setup/texts.js';
import { readSettings } from '../core/settings.js';
import { tell } from './hygiene/edit-start.js';
import { refreshSnapshot, storedLang, storedStages } from './hygiene/snapshot.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Reads the tab once with its notes; a Settings edit leaves Stages as it was, so Stages is not read. */
export function handleSettingsEdit(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: Sheet, record: SetupRecord): void {
  const stored = documentProperties().getProperties();
  const range = sheet.getDataRange();
  const values = range.getValues();
  const snap = refreshSnapshot(ss, record, { stages: storedStages(stored), settings: values }, stored);
  const env: FieldEnv = { locale: record.locale, timeZone: record.timeZone, lang: snap.lang };
  const { problems } = readSettings({ header: values[0] ?? [], rows: values.slice(1) }, env);
  const notes = problemNotes(range.getNotes(), problems.filter((p) => p.cell !== ''));
  if (notes) range.setNotes(notes);
  // A new Language: say what follows it at once, and what keeps the language Set up / repair laid the tabs out in.
  const before = storedLang(stored) ?? record.lang;
  const switched = snap.lang !== before ? [st(snap.lang, 'settings.language', { lang: st(snap.lang, snap.lang === 'de' ? 'lang.de' : 'lang.en') })] : [];
  tell(ss, [...switched, ...problems.map((p) => p.message)]);
}
