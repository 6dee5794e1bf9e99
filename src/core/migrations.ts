// Versioned, forward-only migrations of tab tables (header row + rows) to the current schema, losing no value.
import { schemaVersion, tabs, type TabKey } from '../../sheets-schema/index.js';
import type { FieldDef, Lang, TabDef } from '../../sheets-schema/types.js';
import { isBlank as blank } from './field-types/types.js';
import { headerLookup } from './headers.js';
import { t } from './i18n.js';
import { normalizeName } from './names.js';

export type TabTable = { header: unknown[]; rows: unknown[][] };

/** A value two columns disagree on; the old one stays in the preserved column. */
export type MigrationConflict = { tab: TabKey; row: number; column: string; value: unknown; legacy: unknown; preserved: string };

/** `kept`: the input columns still present, in order (a migration removes columns and never reorders them). */
export type TabMigrationResult = { table: TabTable; notes: string[]; conflicts: MigrationConflict[]; kept: number[] };

export type Migration = {
  /** The schema version a workbook has after this migration. */
  readonly version: number;
  readonly description: { readonly en: string; readonly de: string };
  up(tab: TabDef, table: TabTable, lang: Lang): TabMigrationResult;
};

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : String(a).trim() === String(b).trim();
const show = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/** How clearly a header names its field: exactly its label (0), its label or key spelled otherwise, e.g. snake_case (1), an alias (2). */
function rank(field: FieldDef, header: unknown): number {
  const h = String(header).trim();
  if (h === field.labels.en || h === field.labels.de) return 0;
  const n = normalizeName(h);
  if ([field.labels.en, field.labels.de, field.key].some((x) => normalizeName(x) === n)) return 1;
  return 2;
}

/** Migration 1 (seed 004): columns naming one field are merged, aliases renamed to the column's label. */
function mergeAliasColumns(tab: TabDef, input: TabTable, lang: Lang): TabMigrationResult {
  const lookup = headerLookup(tab);
  const header = [...input.header];
  const rows = input.rows.map((r) => [...r]);
  const notes: string[] = [];
  const conflicts: MigrationConflict[] = [];
  const tabName = tab.names[lang];
  const dropped = new Set<number>();
  for (const field of tab.fields) {
    const cols = header.map((h, i) => i).filter((i) => lookup.get(normalizeName(header[i])) === field.key);
    if (cols.length === 0) continue;
    const primary = [...cols].sort((a, b) => rank(field, header[a]) - rank(field, header[b]) || a - b)[0];
    const label = field.labels[lang];
    for (const legacyCol of cols.filter((c) => c !== primary)) {
      const from = String(header[legacyCol]);
      const preserved = t(lang, 'migration.preservedHeader', { header: from });
      let filled = 0;
      const clashes: MigrationConflict[] = [];
      rows.forEach((row, i) => {
        const value = row[primary];
        const legacy = row[legacyCol];
        if (blank(legacy)) return;
        if (blank(value)) {
          row[primary] = legacy;
          filled++;
        } else if (!same(value, legacy)) {
          clashes.push({ tab: tab.key as TabKey, row: i + 2, column: label, value, legacy, preserved });
        }
      });
      if (filled > 0) notes.push(t(lang, 'migration.filled', { tab: tabName, count: filled, column: label, from }));
      if (clashes.length === 0) {
        dropped.add(legacyCol);
        notes.push(t(lang, 'migration.merged', { tab: tabName, from, column: label }));
      } else {
        header[legacyCol] = preserved;
        conflicts.push(...clashes);
        notes.push(t(lang, 'migration.preserved', { tab: tabName, from, preserved, count: clashes.length, column: label }));
        for (const c of clashes) {
          notes.push(t(lang, 'migration.conflict', { row: c.row, column: label, value: show(c.value), from, legacy: show(c.legacy), preserved }));
        }
      }
    }
    if (rank(field, header[primary]) > 0) {
      notes.push(t(lang, 'migration.renamed', { tab: tabName, from: String(header[primary]), to: label }));
      header[primary] = label;
    }
  }
  const keep = (_: unknown, i: number) => !dropped.has(i);
  const kept = header.map((_, i) => i).filter((i) => !dropped.has(i));
  return { table: { header: header.filter(keep), rows: rows.map((r) => r.filter(keep)) }, notes, conflicts, kept };
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: { en: t('en', 'migration.one'), de: t('de', 'migration.one') },
    up: mergeAliasColumns,
  },
];

export type WorkbookMigration =
  | {
      ok: true;
      version: number;
      tables: Partial<Record<TabKey, TabTable>>;
      notes: string[];
      conflicts: MigrationConflict[];
      /** Per migrated tab, the input columns kept, in order. */
      kept: Partial<Record<TabKey, number[]>>;
    }
  | { ok: false; message: string };

/** The migrations a workbook at `fromVersion` still needs, in order. */
export function pendingMigrations(fromVersion: number): Migration[] {
  return migrations.filter((m) => m.version > fromVersion).sort((a, b) => a.version - b.version);
}

/**
 * Brings the given tabs from `fromVersion` (0 = never set up) to the current schema version.
 * Forward only: a workbook from a newer version is left alone with a message.
 */
export function migrateWorkbook(tables: Partial<Record<TabKey, TabTable>>, fromVersion: number, lang: Lang): WorkbookMigration {
  if (fromVersion > schemaVersion) return { ok: false, message: t(lang, 'migration.newer', { found: fromVersion, known: schemaVersion }) };
  const out: Partial<Record<TabKey, TabTable>> = { ...tables };
  const notes: string[] = [];
  const conflicts: MigrationConflict[] = [];
  const kept: Partial<Record<TabKey, number[]>> = {};
  for (const migration of pendingMigrations(fromVersion)) {
    for (const tab of tabs) {
      const table = out[tab.key];
      if (!table) continue;
      const r = migration.up(tab, table, lang);
      const before = kept[tab.key] ?? table.header.map((_, i) => i);
      kept[tab.key] = r.kept.map((i) => before[i]);
      out[tab.key] = r.table;
      notes.push(...r.notes);
      conflicts.push(...r.conflicts);
    }
  }
  return { ok: true, version: schemaVersion, tables: out, notes, conflicts, kept };
}
