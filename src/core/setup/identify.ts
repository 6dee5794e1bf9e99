// Which sheet is which OpsMind tab: by the sheet id Set up recorded, then by the recorded name, then by name in either language.
import { tabs, type TabKey } from '../../../sheets-schema/index.js';
import type { Lang, TabDef } from '../../../sheets-schema/types.js';
import { findTabName } from '../headers.js';
import type { SetupRecord } from './record.js';

/** A sheet as observed: its position, name and (when asked for) id. */
export type SheetInfo = { readonly index: number; readonly name: string; readonly id?: number };

export type Identified = {
  readonly sheets: Partial<Record<TabKey, SheetInfo>>;
  readonly renamed: readonly { tab: TabKey; from: string; to: string }[];
};

/**
 * Whether sheet ids must be read: not while every sheet still has the name and position the last Set up recorded
 * (then the names say the same as the ids, and reading 13 ids would cost 13 calls).
 */
export function needSheetIds(names: readonly string[], record: SetupRecord | null): boolean {
  if (!record || record.sheetNames.length !== names.length) return true;
  return names.some((n, i) => n !== record.sheetNames[i]);
}

/** Matches the spreadsheet's sheets to the schema's tabs; each sheet is used for at most one tab. */
export function identifyTabs(sheets: readonly SheetInfo[], record: SetupRecord | null): Identified {
  const claimed = new Set<number>();
  const found: Partial<Record<TabKey, SheetInfo>> = {};
  const renamed: { tab: TabKey; from: string; to: string }[] = [];
  const take = (key: TabKey, s: SheetInfo | undefined): boolean => {
    if (!s || claimed.has(s.index)) return false;
    claimed.add(s.index);
    found[key] = s;
    return true;
  };
  // Ids first, for every tab, so that a name cannot steal a sheet that another tab owns by id.
  for (const tab of tabs) {
    const rec = record?.tabs[tab.key];
    if (rec) take(tab.key, sheets.find((s) => s.id !== undefined && s.id === rec.id));
  }
  for (const tab of tabs as readonly TabDef[]) {
    const key = tab.key as TabKey;
    if (found[key]) continue;
    const rec = record?.tabs[key];
    const free = sheets.filter((s) => !claimed.has(s.index));
    if (rec && take(key, free.find((s) => s.name === rec.name))) continue;
    const name = findTabName(tab, free.map((s) => s.name));
    take(key, free.find((s) => s.name === name));
  }
  for (const tab of tabs) {
    const rec = record?.tabs[tab.key];
    const s = found[tab.key];
    if (rec && s && s.name !== rec.name) renamed.push({ tab: tab.key, from: rec.name, to: s.name });
  }
  return { sheets: found, renamed };
}

/** The language a workbook without a record was built in: German when most found tabs carry German names. */
export function languageOfTabs(identified: Identified, fallback: Lang): Lang {
  let de = 0;
  let en = 0;
  for (const tab of tabs as readonly TabDef[]) {
    const s = identified.sheets[tab.key as TabKey];
    if (!s || tab.names.de === tab.names.en) continue;
    if (s.name === tab.names.de) de++;
    else if (s.name === tab.names.en) en++;
  }
  return de > en ? 'de' : en > de ? 'en' : fallback;
}

/** The default first sheet of a new spreadsheet, which Set up removes when it is still blank. */
export function isDefaultSheetName(name: string): boolean {
  return /^(Sheet|Tabelle|Blatt)1$/.test(name);
}
