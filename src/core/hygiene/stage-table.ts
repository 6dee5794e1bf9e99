// The live pipeline as a lookup table: Stages tab rows (or a preset) -> stages by any typed name, with the table's problems.
import { stagePresets, type StagePreset } from '../../../sheets-schema/stage-presets.js';
import type { EnumOption, Lang } from '../../../sheets-schema/types.js';
import { stagesSheet } from '../../../sheets-schema/stages.sheet.js';
import type { FieldEnv } from '../field-types/index.js';
import { resolveHeaders } from '../headers.js';
import { langOfEnv } from '../locale.js';
import { columnLetter, normalizeName } from '../names.js';
import { parseStagesTable, stageOptions, stagesFromPreset, type CellProblem, type StageConfig, type Table } from '../stages.js';
import { hm } from './messages.js';

export type StageTable = {
  /** In pipeline order; a row that repeats another stage is reported, not used. */
  readonly stages: readonly StageConfig[];
  /** Every problem of the Stages tab, each naming its cell; nothing a person typed is dropped silently. */
  readonly problems: readonly CellProblem[];
  /** Where a new lead starts: the first stage in order. */
  readonly first: StageConfig | null;
  /** The Stage column's choices (FieldEnv.options.stages). */
  readonly options: readonly EnumOption[];
  readonly byKey: ReadonlyMap<string, StageConfig>;
  /** Normalised key, live name and both language labels -> stage. */
  readonly byName: ReadonlyMap<string, StageConfig>;
};

/** Builds the lookup from stages already read; `rowOf` and `stageColumn` give each stage's Stages tab cell for messages. */
export function stageTableFrom(stages: readonly StageConfig[], lang: Lang, problems: readonly CellProblem[] = [], rowOf?: (s: StageConfig) => number, stageColumn = 'A'): StageTable {
  const all = [...problems];
  const kept: StageConfig[] = [];
  const byKey = new Map<string, StageConfig>();
  for (const s of stages) {
    const other = byKey.get(s.key);
    if (other) {
      // Two names for one preset stage ("Closed Won" and "Gewonnen"): the first row wins, the other is reported.
      const row = rowOf?.(other) ?? kept.indexOf(other) + 2;
      const cell = `${stageColumn}${rowOf?.(s) ?? stages.indexOf(s) + 2}`;
      all.push({ cell, message: hm(lang, 'stageTable.sameStage', { cell, stage: s.name, other: other.name, row }) });
      continue;
    }
    byKey.set(s.key, s);
    kept.push(s);
  }
  if (kept.length > 0 && !kept.some((s) => s.kind === 'open')) all.push({ cell: '', message: hm(lang, 'stageTable.noOpenStage') });
  const byName = new Map<string, StageConfig>();
  // Exact names first, so a live name always wins over another stage's label in the other language.
  for (const s of kept) byName.set(normalizeName(s.name), s);
  for (const s of kept) {
    for (const n of [s.key, s.labels.en, s.labels.de]) {
      const k = normalizeName(n);
      if (!byName.has(k)) byName.set(k, s);
    }
  }
  return { stages: kept, problems: all, first: kept[0] ?? null, options: stageOptions(kept), byKey, byName };
}

/** Reads the Stages tab (header + data rows) into the lookup, with every problem naming its cell. */
export function stageTableFromRows(table: Table, env: FieldEnv): StageTable {
  const lang = langOfEnv(env);
  const read = parseStagesTable(table, env);
  const nameCol = resolveHeaders(stagesSheet, table.header).columns.get('stage') ?? -1;
  const rowOf = (s: StageConfig) => {
    const i = nameCol < 0 ? -1 : table.rows.findIndex((r) => normalizeName(r[nameCol]) === normalizeName(s.name));
    return i < 0 ? 0 : i + 2;
  };
  return stageTableFrom(read.stages, lang, read.problems, rowOf, columnLetter(Math.max(0, nameCol)));
}

/** The lookup of a preset in the sheet's language (tests, and a sheet whose Stages tab is not set up yet). */
export function stageTableFromPreset(preset: StagePreset, lang: Lang): StageTable {
  return stageTableFrom(stagesFromPreset(preset, lang), lang);
}

/** The stage a person typed: its name in any case or spacing, either language, or the stored key; null when unknown. */
export function resolveStage(table: StageTable, typed: unknown): StageConfig | null {
  if (typed === null || typed === undefined || typed instanceof Date) return null;
  // A batch resolves the same few texts over and over: remember them per table (bounded), the last table at hand.
  let memo = table === lastTable ? lastMemo : resolved.get(table);
  if (!memo) resolved.set(table, (memo = new Map()));
  lastTable = table;
  lastMemo = memo;
  const text = typeof typed === 'string' ? typed : String(typed);
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const n = normalizeName(text);
  const stage = n === '' ? null : (table.byName.get(n) ?? null);
  if (memo.size < 1000) memo.set(text, stage);
  return stage;
}

const resolved = new WeakMap<StageTable, Map<string, StageConfig | null>>();
let lastTable: StageTable | null = null;
let lastMemo: Map<string, StageConfig | null> | undefined;

/**
 * How a stage value reads in a cell or a history row. The stage memory holds keys ("newLead"): a key the live table no
 * longer knows (the stage was renamed or removed from the Stages tab) is shown as the preset's label in the sheet's
 * language, never as the internal key; any other text as it was typed.
 */
export function stageText(table: StageTable, text: string, lang: Lang): string {
  const live = resolveStage(table, text);
  if (live) return live.name;
  for (const preset of stagePresets as readonly StagePreset[]) {
    const hit = preset.stages.find((s) => s.key === text);
    if (hit) return hit.labels[lang];
  }
  return text;
}
