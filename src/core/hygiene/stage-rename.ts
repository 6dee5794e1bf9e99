// A stage renamed in the Stages tab: which stage became which, and which Leads cells follow it.
import { stagesSheet } from '../../../sheets-schema/stages.sheet.js';
import type { FieldEnv } from '../field-types/index.js';
import { resolveHeaders } from '../headers.js';
import { normalizeName } from '../names.js';
import type { StageConfig } from '../stages.js';
import { resolveStage, stageTableFromRows, type StageTable } from './stage-table.js';

/** `before`: the stages as they read before the edit (the leads' cells still name them). */
export type StageRename = { readonly from: StageConfig; readonly to: StageConfig; readonly before: StageTable };

/** One cell typed over (0-based row and column of the Stages tab, header row 0), with the text it held before. */
export type TypedCell = { readonly row: number; readonly col: number; readonly oldValue: string };

const text = (v: unknown) => String(v ?? '').trim();

/**
 * Whether typing over one cell renamed a stage: the cell is a Stage cell of a data row, it named a stage before and
 * names a different one now, no other row names the old stage (then the leads still have it) or the new one (a
 * duplicate row is reported, not used), and the new name stood for no other stage in any spelling. The stages are read
 * as before and after the edit, so the old name resolves as it did.
 */
export function stageRenamed(values: readonly (readonly unknown[])[], cell: TypedCell, env: FieldEnv): StageRename | null {
  const header = values[0] ?? [];
  const stageCol = resolveHeaders(stagesSheet, header).columns.get('stage');
  if (stageCol === undefined || cell.col !== stageCol || cell.row < 1 || cell.row >= values.length) return null;
  const now = text(values[cell.row][stageCol]);
  const was = text(cell.oldValue);
  if (now === '' || was === '' || normalizeName(now) === normalizeName(was)) return null;
  const others = values.slice(1).filter((_, i) => i + 1 !== cell.row).map((r) => normalizeName(r[stageCol]));
  if (others.includes(normalizeName(was)) || others.includes(normalizeName(now))) return null;
  const rows = values.slice(1).map((r) => [...r]);
  const rowsBefore = rows.map((r, i) => (i + 1 === cell.row ? r.map((v, c) => (c === stageCol ? was : v)) : r));
  const before = stageTableFromRows({ header, rows: rowsBefore }, env);
  const after = stageTableFromRows({ header, rows }, env);
  const from = before.stages.find((s) => normalizeName(s.name) === normalizeName(was));
  const to = after.stages.find((s) => normalizeName(s.name) === normalizeName(now));
  // A new name that already meant another stage (its other-language label, its key) would merge the two: no rename.
  const meant = resolveStage(before, now);
  if (!from || !to || (meant !== null && meant.key !== from.key)) return null;
  return { from, to, before };
}

/**
 * The Leads rows (0-based indexes into `column`) whose Stage read as the renamed stage: its old name, or any other
 * spelling that resolved to it (its key, its preset label in the other language), in any case or spacing.
 */
export function rowsToRename(column: readonly unknown[], rename: StageRename): number[] {
  const out: number[] = [];
  column.forEach((v, i) => {
    if (text(v) !== rename.to.name && resolveStage(rename.before, v)?.key === rename.from.key) out.push(i);
  });
  return out;
}
