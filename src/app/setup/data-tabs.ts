// The tabs Set up fills with data: Stages from the preset, Settings with defaults (missing rows added), Budgets from seed 000.
import { defaultSettings, presetByKey, type SettingDef } from '../../../sheets-schema/index.js';
import { writeRows } from '../../adapters/sheet.adapter.js';
import type { CellValue } from '../../core/field-types/index.js';
import { normalizeName } from '../../core/names.js';
import { settingsRows } from '../../core/settings.js';
import { problemNotes } from '../../core/setup/notes.js';
import { st } from '../../core/setup/texts.js';
import { stageTableFromRows } from '../../core/hygiene/stage-table.js';
import { stagesFromPreset, stagesToRows, type StageConfig } from '../../core/stages.js';
import { budgetRows } from '../../core/tab-layout.js';
import type { RunContext, TabState } from './context.js';

/** Rows given in the tab's declared column order, placed at the tab's actual columns ('' elsewhere). */
function place(ts: TabState, rows: readonly CellValue[][]): CellValue[][] {
  const width = Math.max(...[...ts.columns.values()].map((c) => c + 1));
  return rows.map((row) => {
    const out = new Array<CellValue>(width).fill('');
    ts.def.fields.forEach((f, i) => {
      const col = ts.columns.get(f.key);
      if (col !== undefined) out[col] = row[i];
    });
    return out;
  });
}

const hasData = (table: unknown[][] | null) => (table ?? []).slice(1).some((r) => r.some((v) => String(v ?? '').trim() !== ''));

/** Fills an empty Stages tab from the preset; returns the live stages (parse problems go to the report). */
export function ensureStages(ctx: RunContext, ts: TabState): readonly StageConfig[] {
  if (!hasData(ts.table)) {
    const rows = place(ts, stagesToRows(stagesFromPreset(presetByKey(ctx.preset), ctx.lang), ctx.env));
    writeRows(ts.sheet, 2, rows);
    ts.table = [ts.header, ...rows];
    if (!ts.created) ctx.report.changes.push(st(ctx.lang, 'repair.stagesFilled', { tab: ts.name, preset: presetByKey(ctx.preset).labels[ctx.lang] }));
  }
  const table = ts.table ?? [ts.header];
  // The table as the Leads checks read it: two rows naming one stage are reported here too.
  const parsed = stageTableFromRows({ header: ts.header, rows: table.slice(1) }, ctx.env);
  ctx.report.problems.push(...parsed.problems.map((p) => `${ts.name}: ${p.message}`));
  // A header this run put back leaves the notes a Stages edit wrote about it behind: they follow the tab as it is now.
  const repaired = !ts.created && ts.header.some((h, c) => h !== (table[0] ?? [])[c]);
  if (repaired) {
    const range = ts.sheet.getRange(1, 1, table.length, Math.max(ts.header.length, ...table.map((r) => r.length)));
    const notes = problemNotes(range.getNotes(), parsed.problems);
    if (notes) range.setNotes(notes);
  }
  return parsed.stages;
}

/** Settings: all defaults on a new tab; on an existing one only the settings nobody has a row for. */
export function ensureSettings(ctx: RunContext, ts: TabState): void {
  const { rows, numberFormats } = settingsRows(ctx.env);
  const defs = defaultSettings as readonly SettingDef[];
  const keyCol = ts.columns.get('key')!;
  const present = new Set((ts.table ?? []).slice(1).map((r) => normalizeName(r[keyCol])));
  const missing = defs.map((d, i) => ({ d, i })).filter(({ d }) => ![d.key, d.labels.en, d.labels.de].some((n) => present.has(normalizeName(n))));
  if (missing.length === 0) return;
  const lastRow = ts.created ? 1 : Math.max(1, (ts.table ?? []).length);
  const placed = place(ts, missing.map(({ i }) => rows[i]));
  writeRows(ts.sheet, lastRow + 1, placed);
  ts.table = [...(ts.table ?? [ts.header]).slice(0, lastRow), ...placed];
  const valueCol = ts.columns.get('value')!;
  const formats = missing.map(({ i }) => [numberFormats[i] ?? '@']);
  ts.sheet.getRange(lastRow + 1, valueCol + 1, formats.length, 1).setNumberFormats(formats);
  if (!ts.created) ctx.report.changes.push(st(ctx.lang, 'repair.settingsAdded', { tab: ts.name, list: missing.map(({ d }) => d.labels[ctx.lang]).join(', ') }));
}

/** Budgets: the seed 000 limits, on a new tab only (afterwards the rows are the owner's). */
export function fillBudgets(ctx: RunContext, ts: TabState): void {
  if (ts.created) writeRows(ts.sheet, 2, place(ts, budgetRows(ctx.env)));
}

