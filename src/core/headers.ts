// Finds a tab's columns by header (either language or an alias, any case or spacing), never by position.
import type { Lang, TabDef } from '../../sheets-schema/types.js';
import { t } from './i18n.js';
import { columnLetter, normalizeName } from './names.js';

export type HeaderResolution<K extends string> = {
  /** Zero-based column of each field found (the first one when a header repeats). */
  readonly columns: Map<K, number>;
  /** Fields whose header the product cannot work without, and which are absent. */
  readonly missing: K[];
  /** Other absent fields (Set up / repair adds them). */
  readonly absent: K[];
  readonly duplicates: { fieldKey: K; indexes: number[] }[];
  /** Non-empty headers that name no field: columns people added; left alone. */
  readonly unknown: { index: number; header: string }[];
};

type KeyOf<T extends TabDef> = T['fields'][number]['key'];

/** Every spelling that names each field of the tab, normalised. */
export function headerLookup<T extends TabDef>(tab: T): Map<string, KeyOf<T>> {
  const lookup = new Map<string, KeyOf<T>>();
  for (const f of tab.fields) {
    for (const name of [f.labels.en, f.labels.de, f.key, ...(f.aliases ?? [])]) {
      const n = normalizeName(name);
      if (!lookup.has(n)) lookup.set(n, f.key as KeyOf<T>);
    }
  }
  return lookup;
}

/**
 * Of the columns carrying one header, the one that sits among the other fields as the field did at the last Set up
 * (a person who inserts a second "Email" column elsewhere does not move OpsMind's Email).
 */
function closestToRecord(key: string, indexes: readonly number[], columns: ReadonlyMap<string, number>, recorded: readonly string[]): number {
  const was = recorded.indexOf(key);
  if (was < 0) return indexes[0];
  const score = (i: number) =>
    [...columns].filter(([k]) => k !== key && recorded.includes(k)).filter(([k, c]) => recorded.indexOf(k) < was === c < i).length +
    (i === was ? 0.5 : 0);
  return indexes.reduce((best, i) => (score(i) > score(best) ? i : best), indexes[0]);
}

/**
 * Matches a header row against the tab's declaration. `recorded` is the column layout the last Set up left (field key
 * per column): when a header repeats, the column where that field sat among the others is OpsMind's, in Set up and in
 * every edit, check and routine alike; without it, the first one. A duplicate lists the column used first.
 */
export function resolveHeaders<T extends TabDef>(tab: T, headerRow: readonly unknown[], recorded?: readonly string[]): HeaderResolution<KeyOf<T>> {
  const lookup = headerLookup(tab);
  const found = new Map<KeyOf<T>, number[]>();
  const unknown: { index: number; header: string }[] = [];
  headerRow.forEach((cell, index) => {
    const header = cell instanceof Date ? '' : String(cell ?? '').trim();
    if (header === '') return;
    const key = lookup.get(normalizeName(header));
    if (key === undefined) unknown.push({ index, header });
    else found.set(key, [...(found.get(key) ?? []), index]);
  });
  const columns = new Map<KeyOf<T>, number>();
  const duplicates: { fieldKey: KeyOf<T>; indexes: number[] }[] = [];
  const missing: KeyOf<T>[] = [];
  const absent: KeyOf<T>[] = [];
  for (const f of tab.fields) {
    const key = f.key as KeyOf<T>;
    const indexes = found.get(key);
    if (!indexes) (f.requiredHeader ? missing : absent).push(key);
    else {
      columns.set(key, indexes[0]);
      if (indexes.length > 1) duplicates.push({ fieldKey: key, indexes });
    }
  }
  if (recorded && recorded.length > 0) {
    const firsts = new Map<string, number>(columns);
    for (const d of duplicates) {
      const used = closestToRecord(d.fieldKey, d.indexes, firsts, recorded);
      columns.set(d.fieldKey, used);
      d.indexes = [used, ...d.indexes.filter((i) => i !== used)];
    }
  }
  return { columns, missing, absent, duplicates, unknown };
}

/** A field's header in `lang` (its key when the tab has no such field). */
const labelOf = (tab: TabDef, key: string, lang: Lang) => tab.fields.find((f) => f.key === key)?.labels[lang] ?? key;

/** The columns the product cannot work without that the header lacks, each named with its tab (as the sheet calls it). */
export function missingHeaders<T extends TabDef>(tab: T, resolution: HeaderResolution<KeyOf<T>>, lang: Lang, tabName: string = tab.names[lang]): string[] {
  return resolution.missing.map((key) => t(lang, 'headers.missing', { tab: tabName, column: labelOf(tab, key, lang) }));
}

/** Plain-language messages for what stops the product on this tab, each naming tab and column. */
export function headerProblems<T extends TabDef>(tab: T, resolution: HeaderResolution<KeyOf<T>>, lang: Lang, tabName: string = tab.names[lang]): string[] {
  return [
    ...missingHeaders(tab, resolution, lang, tabName),
    ...resolution.duplicates.map((d) =>
      t(lang, 'headers.duplicate', {
        tab: tabName,
        column: labelOf(tab, d.fieldKey, lang),
        letters: d.indexes.map(columnLetter).join(', '),
        first: columnLetter(d.indexes[0]),
      }),
    ),
  ];
}

/** The tab among sheet names: by its name in either language, any case or spacing. */
export function findTabName(tab: TabDef, sheetNames: readonly string[]): string | null {
  const wanted = [tab.names.en, tab.names.de, tab.key].map(normalizeName);
  return sheetNames.find((n) => wanted.includes(normalizeName(n))) ?? null;
}

/**
 * Whether a header row is this tab's and no other's: it names more of this tab's fields than of any other tab's. A
 * sheet guessed by position (where Set up last saw the tab) is taken only when its header says so.
 */
export function headerIsTab(tab: TabDef, all: readonly TabDef[], headerRow: readonly unknown[]): boolean {
  const score = (t: TabDef) => resolveHeaders(t, headerRow).columns.size;
  const own = score(tab);
  return own > 0 && all.every((other) => other.key === tab.key || score(other) < own);
}
