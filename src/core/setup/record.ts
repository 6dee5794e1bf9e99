// What Set up remembers in document properties: schema version, language, preset, and each tab's sheet id, name and columns.
import { tabs, type PresetKey, type TabKey } from '../../../sheets-schema/index.js';
import type { Lang } from '../../../sheets-schema/types.js';

/** One tab as the last Set up / repair left it. */
export type TabRecord = {
  readonly id: number;
  readonly name: string;
  /** Field key per column (0-based), '' for columns people added: where each header was. */
  readonly columns: readonly string[];
  /** Rows the tab had (maxRows) when its rules and formats were last laid out. */
  readonly rows: number;
};

export type SetupRecord = {
  readonly version: number;
  readonly lang: Lang;
  readonly preset: PresetKey;
  /** The spreadsheet's locale and time zone when it was set up (formats of columns added later follow them). */
  readonly locale: string;
  readonly timeZone: string;
  readonly tabs: Partial<Record<TabKey, TabRecord>>;
  /** Every sheet's name in tab order: while they are unchanged, names identify the tabs without asking for ids. */
  readonly sheetNames: readonly string[];
  /** How many range and sheet protections the spreadsheet had, ours and others'. */
  readonly protections: { readonly range: number; readonly sheet: number };
};

// Property keys. Each value stays far below the 9 KB per value of
// https://developers.google.com/apps-script/guides/services/quotas#current_limitations.
export const VERSION_KEY = 'opsmind.schemaVersion';
export const SETUP_KEY = 'opsmind.setup';
export const TAB_KEY_PREFIX = 'opsmind.tab.';
export const DRIVE_FOLDER_KEY = 'opsmind.driveFolderId';

const presets: readonly PresetKey[] = ['opsmind', 'salesOps', 'roadmap'];

function parse(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function tabRecordOf(v: unknown): TabRecord | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as Record<string, unknown>;
  if (typeof o.id !== 'number' || typeof o.name !== 'string' || !Array.isArray(o.columns)) return undefined;
  return { id: o.id, name: o.name, columns: o.columns.map((c) => String(c ?? '')), rows: typeof o.rows === 'number' ? o.rows : 0 };
}

/** The record in the document's properties, or null before the first Set up (or when it cannot be read). */
export function decodeRecord(props: Readonly<Record<string, string>>): SetupRecord | null {
  const head = parse(props[SETUP_KEY]) as Record<string, unknown> | undefined;
  if (!head || typeof head !== 'object') return null;
  const version = Number(props[VERSION_KEY] ?? head.version ?? 0);
  const lang: Lang = head.lang === 'de' ? 'de' : 'en';
  const preset = presets.includes(head.preset as PresetKey) ? (head.preset as PresetKey) : 'opsmind';
  const found: Partial<Record<TabKey, TabRecord>> = {};
  for (const tab of tabs) {
    const r = tabRecordOf(parse(props[TAB_KEY_PREFIX + tab.key]));
    if (r) found[tab.key] = r;
  }
  const p = (head.protections ?? {}) as Record<string, unknown>;
  return {
    version: Number.isFinite(version) ? version : 0,
    lang,
    preset,
    locale: typeof head.locale === 'string' ? head.locale : 'en_US',
    timeZone: typeof head.timeZone === 'string' ? head.timeZone : 'UTC',
    tabs: found,
    sheetNames: Array.isArray(head.sheetNames) ? head.sheetNames.map(String) : [],
    protections: { range: Number(p.range) || 0, sheet: Number(p.sheet) || 0 },
  };
}

/** The properties that store the record (each tab in its own value). */
export function encodeRecord(record: SetupRecord): Record<string, string> {
  const out: Record<string, string> = {
    [VERSION_KEY]: String(record.version),
    [SETUP_KEY]: JSON.stringify({ lang: record.lang, preset: record.preset, locale: record.locale, timeZone: record.timeZone, sheetNames: record.sheetNames, protections: record.protections }),
  };
  for (const tab of tabs) {
    const r = record.tabs[tab.key];
    if (r) out[TAB_KEY_PREFIX + tab.key] = JSON.stringify(r);
  }
  return out;
}

/** The properties of `next` that differ from what is stored: empty when nothing needs writing. */
export function changedProperties(stored: Readonly<Record<string, string>>, next: SetupRecord): Record<string, string> {
  const wanted = encodeRecord(next);
  return Object.fromEntries(Object.entries(wanted).filter(([k, v]) => stored[k] !== v));
}
