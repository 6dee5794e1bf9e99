// The Stages and Settings tabs read cell by cell on every execution (no snapshot), turned into the rules' stage table and settings.
import type { Lang } from '../../../sheets-schema/types.js';
import type { Hygiene } from '../../../src/app/hygiene/snapshot.js';
import type { FieldEnv } from '../../../src/core/field-types/index.js';
import { hygieneSettings, stageTableFromRows } from '../../../src/core/hygiene/index.js';
import type { SetupRecord } from '../../../src/core/setup/record.js';
import { readSettings } from '../../../src/core/settings.js';
import { readTabCells } from './cells.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function tab(ss: Spreadsheet, id: number | undefined): GoogleAppsScript.Spreadsheet.Sheet | null {
  return id === undefined ? null : ss.getSheetById(id);
}

/** What our snapshot holds (src/app/hygiene/snapshot.ts), read from the two tabs each time. */
export function readHygieneCells(ss: Spreadsheet, record: SetupRecord): Hygiene {
  const base: FieldEnv = { locale: record.locale, timeZone: record.timeZone, lang: record.lang };
  const stages = readTabCells(tab(ss, record.tabs.stages?.id));
  const settings = readTabCells(tab(ss, record.tabs.settings?.id));
  const { values } = readSettings({ header: settings[0] ?? [], rows: settings.slice(1) }, base);
  const lang: Lang = values.language === 'de' || values.language === 'en' ? values.language : record.lang;
  const currency = typeof values.currency === 'string' && values.currency ? values.currency : 'EUR';
  const env: FieldEnv = { ...base, lang };
  return { stages: stageTableFromRows({ header: stages[0] ?? [], rows: stages.slice(1) }, env), settings: hygieneSettings(values), lang, currency };
}
