// What every Leads edit needs besides the edited rows (the Stages table, the hygiene settings), cached in document properties.
import type { Lang } from '../../../sheets-schema/types.js';
import { documentProperties } from '../../adapters/properties.adapter.js';
import { Tabs } from '../../adapters/tabs.adapter.js';
import type { FieldEnv } from '../../core/field-types/index.js';
import { hygieneSettings, stageTableFromRows, type HygieneSettings, type StageTable } from '../../core/hygiene/index.js';
import type { SetupRecord } from '../../core/setup/record.js';
import { readSettings } from '../../core/settings.js';
import { trimTable } from '../../core/table.js';

/*
 * A typed cell must cost at most 4 Sheets round trips (issue 4), so the Stages and Settings tabs are not read on every
 * edit: their content is kept here, written by Set up / repair (with its record) and whenever a person edits Stages or Settings.
 * The value stays below the 9 KB per value of https://developers.google.com/apps-script/guides/services/quotas#current_limitations
 * (a pipeline of a few dozen stages); when it would not, nothing is stored and each edit reads the two tabs.
 */
export const SNAPSHOT_KEY = 'opsmind.hygiene.snapshot';
const MAX_CHARS = 8500;

export type Snapshot = {
  readonly stagesHeader: readonly unknown[];
  readonly stagesRows: readonly (readonly unknown[])[];
  readonly settings: HygieneSettings;
  readonly lang: Lang;
  readonly currency: string;
};

export type Hygiene = { readonly stages: StageTable; readonly settings: HygieneSettings; readonly lang: Lang; readonly currency: string };

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Tab values the caller has already read in this execution, so they are not read twice. */
export type KnownTables = { readonly stages?: unknown[][]; readonly settings?: unknown[][] };

/**
 * The snapshot of tables already read or just written (pure: no calls). The Stages table is kept in its normal form,
 * so the same tab gives the same snapshot whether an edit read it or Set up wrote it.
 */
export function snapshotOf(record: SetupRecord, stagesTable: readonly (readonly unknown[])[], settings: readonly (readonly unknown[])[]): Snapshot {
  const stages = trimTable(stagesTable);
  const base: FieldEnv = { locale: record.locale, timeZone: record.timeZone, lang: record.lang };
  const { values } = readSettings({ header: settings[0] ?? [], rows: settings.slice(1) }, base);
  const lang: Lang = values.language === 'de' || values.language === 'en' ? values.language : record.lang;
  const currency = typeof values.currency === 'string' && values.currency ? values.currency : 'EUR';
  return { stagesHeader: stages[0] ?? [], stagesRows: stages.slice(1), settings: hygieneSettings(values), lang, currency };
}

/** The snapshot as stored, or null when it is too big to keep (each edit then reads the two tabs). */
export function encodeSnapshot(snap: Snapshot): string | null {
  const text = JSON.stringify(snap);
  return text.length <= MAX_CHARS ? text : null;
}

/** Reads the Stages and Settings tabs (up to 2 round trips; none for a table already known) into a snapshot. */
function readSnapshot(ss: Spreadsheet, record: SetupRecord, known: KnownTables): Snapshot {
  const tabs = new Tabs(ss, record);
  const stages = known.stages ?? (tabs.read('stages') as unknown[][] | null) ?? [[]];
  const settings = known.settings ?? (tabs.read('settings') as unknown[][] | null) ?? [[]];
  return snapshotOf(record, stages, settings);
}

/** Reads the tabs again (except those already known) and stores the snapshot (the Stages and Settings edit handlers call this). */
export function refreshSnapshot(ss: Spreadsheet, record: SetupRecord, known: KnownTables = {}, stored?: Readonly<Record<string, string>>): Snapshot {
  const snap = readSnapshot(ss, record, known);
  const text = encodeSnapshot(snap);
  const props = documentProperties();
  if (text !== null) props.setProperty(SNAPSHOT_KEY, text);
  // Too big to keep: an older copy must go; when the caller knows the store holds none, no call is made.
  else if (stored === undefined || stored[SNAPSHOT_KEY] !== undefined) props.deleteProperty(SNAPSHOT_KEY);
  return snap;
}

function decode(text: string | undefined): Snapshot | null {
  if (!text) return null;
  try {
    const s = JSON.parse(text) as Snapshot;
    return Array.isArray(s.stagesHeader) && Array.isArray(s.stagesRows) && typeof s.settings === 'object' ? s : null;
  } catch {
    return null;
  }
}

/** The language the stored snapshot was made in (the Settings "Language" then), or undefined when none is stored. */
export function storedLang(props: Readonly<Record<string, string>>): Lang | undefined {
  return decode(props[SNAPSHOT_KEY])?.lang;
}

/** The Stages table as the stored snapshot holds it (a Settings edit does not change Stages), or undefined. */
export function storedStages(props: Readonly<Record<string, string>>): unknown[][] | undefined {
  const snap = decode(props[SNAPSHOT_KEY]);
  return snap ? [[...snap.stagesHeader], ...snap.stagesRows.map((r) => [...r])] : undefined;
}

/** The stored snapshot (no round trip), or a fresh one when none is stored. */
export function hygieneOf(ss: Spreadsheet, record: SetupRecord, props: Readonly<Record<string, string>>): Hygiene {
  const snap = decode(props[SNAPSHOT_KEY]) ?? refreshSnapshot(ss, record, {}, props);
  const env: FieldEnv = { locale: record.locale, timeZone: record.timeZone, lang: snap.lang };
  const stages = stageTableFromRows({ header: snap.stagesHeader, rows: snap.stagesRows.map((r) => [...r]) }, env);
  return { stages, settings: snap.settings, lang: snap.lang, currency: snap.currency };
}
