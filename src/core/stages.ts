// The pipeline as the product uses it: from a preset, to Stages tab rows, and back from a (user-edited) Stages tab.
import { leadsSheet, type LeadFieldKey } from '../../sheets-schema/leads.sheet.js';
import { stagePresets, type StagePreset } from '../../sheets-schema/stage-presets.js';
import { stagesSheet } from '../../sheets-schema/stages.sheet.js';
import type { EnumOption, ForecastCategory, Labels, Lang, StageKind } from '../../sheets-schema/types.js';
import { fieldTypes, type CellValue, type FieldEnv } from './field-types/index.js';
import { headerLookup, headerProblems, resolveHeaders } from './headers.js';
import { t } from './i18n.js';
import { langOfEnv } from './locale.js';
import { columnLetter, normalizeName } from './names.js';
import { isTypoOf } from './setup/header-plan.js';

/** One stage as configured in the live Stages tab (texts in the sheet's language). */
export type StageConfig = {
  readonly key: string;
  readonly name: string;
  /** Both names when the stage is one of a preset's, else the typed name twice. */
  readonly labels: Labels;
  readonly order: number;
  readonly definition: string;
  readonly exitCriteria: string;
  readonly slaHours: number | null;
  /** Percent points, 0-100. */
  readonly probability: number;
  readonly forecastCategory: ForecastCategory;
  readonly kind: StageKind;
  readonly requiredFields: readonly LeadFieldKey[];
  /** Open stages need Next Step and Next Step Date (the Stages tab has no column for it: it follows Kind). */
  readonly nextStepRule: boolean;
};

export type Table = { readonly header: readonly unknown[]; readonly rows: readonly (readonly unknown[])[] };
export type CellProblem = { readonly cell: string; readonly message: string };

/** The preset's stages in the language of the sheet. */
export function stagesFromPreset(preset: StagePreset, lang: Lang): StageConfig[] {
  return preset.stages.map((s) => ({
    key: s.key,
    name: s.labels[lang],
    labels: s.labels,
    order: s.order,
    definition: s.definition[lang],
    exitCriteria: s.exitCriteria[lang],
    slaHours: s.slaHours,
    probability: s.probability,
    forecastCategory: s.forecastCategory,
    kind: s.kind,
    requiredFields: [...s.requiredFields],
    nextStepRule: s.nextStepRule,
  }));
}

/** The Stage column's choices, for FieldEnv.options.stages: a stage may be typed in either language. */
export function stageOptions(stages: readonly StageConfig[]): EnumOption[] {
  return stages.map((s) => ({ value: s.key, labels: s.labels, aliases: [s.name] }));
}

const field = (key: string) => stagesSheet.fields.find((f) => f.key === key)!;
const leadLabel = (key: LeadFieldKey, lang: Lang) => leadsSheet.fields.find((f) => f.key === key)!.labels[lang];

/** The Stages tab's data rows, in the declared column order. */
export function stagesToRows(stages: readonly StageConfig[], env: FieldEnv): CellValue[][] {
  const lang = langOfEnv(env);
  return stages.map((s) => {
    const values: Record<string, CellValue> = {
      stage: s.name,
      order: s.order,
      definition: s.definition,
      exitCriteria: s.exitCriteria,
      slaHours: s.slaHours ?? '',
      probability: s.probability / 100,
      forecastCategory: fieldTypes.enum.toCell(s.forecastCategory, env, field('forecastCategory')),
      requiredFields: s.requiredFields.map((k) => leadLabel(k, lang)).join(', '),
      kind: fieldTypes.enum.toCell(s.kind, env, field('kind')),
    };
    return stagesSheet.fields.map((f) => values[f.key]);
  });
}

type PresetStage = StagePreset['stages'][number];
const namesOf = (s: PresetStage) => [normalizeName(s.labels.en), normalizeName(s.labels.de)];

/** Presets ordered by how many of the table's stage names they contain (names like "Gewonnen" recur). */
function presetsByFit(names: readonly string[]): StagePreset[] {
  const wanted = names.map(normalizeName);
  const fit = (p: StagePreset) => p.stages.filter((s) => namesOf(s).some((n) => wanted.includes(n))).length;
  return [...(stagePresets as readonly StagePreset[])].sort((a, b) => fit(b) - fit(a));
}

function presetStageNamed(name: string, presets: readonly StagePreset[]): PresetStage | undefined {
  const n = normalizeName(name);
  for (const p of presets) {
    const hit = p.stages.find((s) => namesOf(s).includes(n));
    if (hit) return hit;
  }
  return undefined;
}

/**
 * The header cell a header problem is noted on (the messages come missing fields first, then duplicates): a missing
 * field's misspelt header, else the first blank header cell, else A1; a duplicate's second column.
 */
function headerCell(res: ReturnType<typeof resolveHeaders<typeof stagesSheet>>, header: readonly unknown[], i: number): string {
  if (i >= res.missing.length) return `${columnLetter(res.duplicates[i - res.missing.length].indexes[1])}1`;
  const typo = res.unknown.find((u) => isTypoOf(stagesSheet, res.missing[i], u.header));
  const width = header.reduce<number>((w, v, c) => (String(v ?? '').trim() !== '' ? c + 1 : w), 0);
  const blank = header.slice(0, width).findIndex((v) => String(v ?? '').trim() === '');
  // Past the last header the note would sit outside the tab's data (where nobody looks, and no note is read back): A1.
  return typo ? `${columnLetter(typo.index)}1` : blank >= 0 ? `${columnLetter(blank)}1` : 'A1';
}

/** Reads a Stages tab; each problem names its cell, and a bad cell never drops the rest of the row. */
export function parseStagesTable(table: Table, env: FieldEnv): { stages: StageConfig[]; problems: CellProblem[] } {
  const lang = langOfEnv(env);
  const res = resolveHeaders(stagesSheet, table.header);
  const problems: CellProblem[] = headerProblems(stagesSheet, res, lang).map((message, i) => ({ cell: headerCell(res, table.header, i), message }));
  if (res.missing.length > 0) return { stages: [], problems };
  const leadNames = headerLookup(leadsSheet);
  const seen = new Map<string, number>();
  const stages: StageConfig[] = [];
  const stageCol = res.columns.get('stage')!;
  const presets = presetsByFit(table.rows.map((r) => String(r[stageCol] ?? '')));
  table.rows.forEach((row, i) => {
    const rowNumber = i + 2;
    const at = (key: string) => `${columnLetter(res.columns.get(key as never) ?? 0)}${rowNumber}`;
    const raw = (key: string) => {
      const col = res.columns.get(key as never);
      return col === undefined ? '' : row[col];
    };
    const read = <T>(key: string, fallback: T, parse: (v: unknown) => { ok: true; value: T | null } | { ok: false; message: string }): T => {
      const r = parse(raw(key));
      if (r.ok) return r.value ?? fallback;
      problems.push({ cell: at(key), message: t(lang, 'stages.badValue', { cell: at(key), problem: r.message }) });
      return fallback;
    };
    if (row.every((v) => v === '' || v === null || v === undefined)) return;
    const name = String(raw('stage') ?? '').trim();
    if (name === '') return void problems.push({ cell: at('stage'), message: t(lang, 'stages.noName', { cell: at('stage') }) });
    const first = seen.get(normalizeName(name));
    if (first !== undefined) {
      return void problems.push({ cell: at('stage'), message: t(lang, 'stages.duplicate', { cell: at('stage'), stage: name, row: first }) });
    }
    seen.set(normalizeName(name), rowNumber);
    const sla = read<number | null>('slaHours', null, (v) => fieldTypes.number.parse(v, env, { type: 'number' }));
    if (sla !== null && sla < 0) problems.push({ cell: at('slaHours'), message: t(lang, 'stages.negativeSla', { cell: at('slaHours'), value: sla }) });
    const kind = read('kind', 'open', (v) => fieldTypes.enum.parse(v, env, field('kind'))) as StageKind;
    const required: LeadFieldKey[] = [];
    for (const part of String(raw('requiredFields') ?? '').split(/[,;\n]/)) {
      if (part.trim() === '') continue;
      const key = leadNames.get(normalizeName(part));
      if (key) {
        if (!required.includes(key)) required.push(key);
      }
      else problems.push({ cell: at('requiredFields'), message: t(lang, 'stages.unknownField', { cell: at('requiredFields'), field: part.trim() }) });
    }
    const preset = presetStageNamed(name, presets);
    stages.push({
      key: preset?.key ?? normalizeName(name),
      name,
      labels: preset?.labels ?? { en: name, de: name },
      order: read('order', stages.length + 1, (v) => fieldTypes.number.parse(v, env, field('order'))),
      definition: String(raw('definition') ?? '').trim(),
      exitCriteria: String(raw('exitCriteria') ?? '').trim(),
      slaHours: sla !== null && sla < 0 ? null : sla,
      probability: Math.round(read('probability', 0, (v) => fieldTypes.percent.parse(v, env, field('probability'))) * 10000) / 100,
      forecastCategory: read('forecastCategory', 'pipeline', (v) => fieldTypes.enum.parse(v, env, field('forecastCategory'))) as ForecastCategory,
      kind,
      requiredFields: required,
      nextStepRule: kind === 'open',
    });
  });
  if (stages.length === 0 && problems.length === 0) problems.push({ cell: 'A2', message: t(lang, 'stages.empty', { tab: stagesSheet.names[lang] }) });
  return { stages: stages.sort((a, b) => a.order - b.order), problems };
}
