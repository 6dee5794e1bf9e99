// Turns a migrated table back into the fewest writes on the sheet: changed header cells, changed columns, columns to delete.
import type { TabTable } from '../migrations.js';
import type { HeaderWrite } from './header-plan.js';

export type MigrationWrites = {
  readonly header: readonly HeaderWrite[];
  /** Whole data columns (rows 2 on) whose values changed, at their column before any deletion. */
  readonly columns: readonly { col: number; values: unknown[] }[];
  /** Columns to delete once the writes are done (0-based, before deletion), right to left. */
  readonly drop: readonly number[];
};

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : String(a ?? '') === String(b ?? '');

/** Only what differs is written, so formulas and formats in untouched columns stay as they are. */
export function migrationWrites(original: TabTable, migrated: TabTable, kept: readonly number[]): MigrationWrites {
  const header: HeaderWrite[] = [];
  const columns: { col: number; values: unknown[] }[] = [];
  kept.forEach((col, j) => {
    if (!same(original.header[col], migrated.header[j])) header.push({ col, text: String(migrated.header[j]) });
    const values = migrated.rows.map((r) => r[j]);
    if (original.rows.some((r, i) => !same(r[col], values[i]))) columns.push({ col, values });
  });
  const drop = original.header.map((_, i) => i).filter((i) => !kept.includes(i)).reverse();
  return { header, columns, drop };
}
