// The CRM structure document (seed 000 "YYYY-MM-DD-crm-structure.md") in the Drive folder "OpsMind", from the schema and the live stages.
import { defaultPresetKey, presetByKey, stagesSheet } from '../../sheets-schema/index.js';
import { ensureFolder, writeTextFile } from '../adapters/drive.adapter.js';
import { documentProperties } from '../adapters/properties.adapter.js';
import { alert } from '../adapters/ui.adapter.js';
import { findTabName } from '../core/headers.js';
import { langOf } from '../core/locale.js';
import { renderSchemaDoc, crmStructureFileName } from '../core/schema-doc.js';
import { dayKeyOf } from '../core/routines/calendar.js';
import { decodeRecord, DRIVE_FOLDER_KEY } from '../core/setup/record.js';
import { st } from '../core/setup/texts.js';
import { parseStagesTable, stagesFromPreset, type StageConfig } from '../core/stages.js';

export const DRIVE_FOLDER_NAME = 'OpsMind';

/** The stages as the Stages tab has them now; the preset's when the tab is missing or lists none. */
function liveStages(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, id: number | undefined, env: { locale: string; timeZone: string; lang: 'en' | 'de' }, preset: Parameters<typeof presetByKey>[0]): StageConfig[] {
  const sheet = (id !== undefined ? ss.getSheetById(id) : null) ?? (() => {
    const name = findTabName(stagesSheet, ss.getSheets().map((s) => s.getName()));
    return name ? ss.getSheetByName(name) : null;
  })();
  if (sheet) {
    const values = sheet.getDataRange().getValues();
    const parsed = parseStagesTable({ header: values[0] ?? [], rows: values.slice(1) }, env);
    if (parsed.stages.length > 0) return parsed.stages;
  }
  return stagesFromPreset(presetByKey(preset), env.lang);
}

/** Writes (or rewrites, the same day) the document; returns the message shown. */
export function writeCrmDocument(): string {
  const ss = SpreadsheetApp.getActive();
  const props = documentProperties();
  const stored = props.getProperties();
  const record = decodeRecord(stored);
  const locale = record?.locale ?? ss.getSpreadsheetLocale();
  const timeZone = record?.timeZone ?? ss.getSpreadsheetTimeZone();
  const lang = record?.lang ?? langOf(locale);
  const stages = liveStages(ss, record?.tabs.stages?.id, { locale, timeZone, lang }, record?.preset ?? defaultPresetKey);
  const name = crmStructureFileName(dayKeyOf(Date.now(), timeZone));
  const { folder, created } = ensureFolder(DRIVE_FOLDER_NAME, stored[DRIVE_FOLDER_KEY] ?? null);
  if (created) props.setProperty(DRIVE_FOLDER_KEY, folder.getId());
  const outcome = writeTextFile(folder, name, renderSchemaDoc(stages, lang), 'text/markdown');
  const message = st(lang, outcome === 'created' ? 'doc.saved' : 'doc.updated', { name, folder: DRIVE_FOLDER_NAME });
  alert('OpsMind', message);
  return message;
}
