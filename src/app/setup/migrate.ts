// Forward-only migrations on Set up: tabs built with an older header set come up to the current schema, losing no value.
import { schemaVersion, tabByKey, type TabKey } from '../../../sheets-schema/index.js';
import type { Lang } from '../../../sheets-schema/types.js';
import { readHeader, writeHeaders } from '../../adapters/sheet.adapter.js';
import { toast } from '../../adapters/ui.adapter.js';
import { migrateWorkbook, type TabTable } from '../../core/migrations.js';
import { migrationWrites } from '../../core/setup/migration-writes.js';
import type { Report } from '../../core/setup/report.js';
import { st } from '../../core/setup/texts.js';
import type { Sheet } from './context.js';

const trimmed = (row: readonly unknown[]) => {
  let n = row.length;
  while (n > 0 && String(row[n - 1] ?? '').trim() === '') n--;
  return row.slice(0, n).map((v) => String(v ?? ''));
};

/** Runs the pending migrations on each found tab whose header they would change; null when all went well, else the message. */
export function migrateTabs(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  found: readonly { key: TabKey; sheet: Sheet; name: string }[],
  fromVersion: number,
  lang: Lang,
  report: Report,
): string | null {
  for (const { key, sheet, name } of found) {
    const header = readHeader(sheet);
    const dry = migrateWorkbook({ [key]: { header, rows: [] } }, fromVersion, lang);
    if (!dry.ok) return dry.message;
    if (JSON.stringify(trimmed(dry.tables[key]!.header)) === JSON.stringify(trimmed(header))) continue;
    toast(ss, st(lang, 'toast.migrating', { tab: name }));
    const values = sheet.getDataRange().getValues();
    const table: TabTable = { header: values[0] ?? [], rows: values.slice(1) };
    const result = migrateWorkbook({ [key]: table }, fromVersion, lang);
    if (!result.ok) return result.message;
    const writes = migrationWrites(table, result.tables[key]!, result.kept[key]!);
    writeHeaders(sheet, writes.header, new Set());
    for (const c of writes.columns) sheet.getRange(2, c.col + 1, c.values.length, 1).setValues(c.values.map((v) => [v]));
    for (const col of writes.drop) sheet.deleteColumn(col + 1);
    report.changes.push(...result.notes.map((n) => n.replace(tabByKey(key).names[lang], name)));
  }
  if (fromVersion > 0 && fromVersion < schemaVersion) report.changes.push(st(lang, 'repair.migrated', { from: fromVersion, to: schemaVersion }));
  return null;
}
