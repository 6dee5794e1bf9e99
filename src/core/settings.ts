// The Settings tab as data: the rows Set up writes, and typed settings read back from what people edited.
import { defaultSettings, settingsSheet, type SettingDef, type SettingKey } from '../../sheets-schema/index.js';
import type { Lang } from '../../sheets-schema/types.js';
import { formatValue, handlerOf, parseValue, toCellValue, type CellValue, type FieldEnv, type Parsed } from './field-types/index.js';
import { resolveHeaders } from './headers.js';
import { t } from './i18n.js';
import { langOf, langOfEnv } from './locale.js';
import { columnLetter, normalizeName } from './names.js';
import type { CellProblem, Table } from './stages.js';

const defs = defaultSettings as readonly SettingDef[];

/** A setting's default as stored value(s); the language follows the spreadsheet's locale. */
export function defaultOf(def: SettingDef, locale: string, lang: Lang = langOf(locale)): unknown {
  const v = def.defaultValue;
  if (typeof v === 'object' && !Array.isArray(v)) return lang;
  return Array.isArray(v) ? [...v] : v;
}

function cellOf(def: SettingDef, value: unknown, env: FieldEnv): CellValue {
  if (def.list) return (value as unknown[]).map((v) => formatValue(def, v, env)).join(', ');
  return toCellValue(def, value, env);
}

/** The Settings tab's data rows (Key, Value, Description) with each Value cell's number format. */
export function settingsRows(env: FieldEnv): { rows: CellValue[][]; numberFormats: (string | null)[] } {
  const lang = langOfEnv(env);
  return {
    rows: defs.map((d) => [d.labels[lang], cellOf(d, defaultOf(d, env.locale, lang), env), d.description[lang]]),
    numberFormats: defs.map((d) => (d.list ? null : handlerOf(d.type).numberFormat(d, env))),
  };
}

function parseSetting(def: SettingDef, raw: unknown, env: FieldEnv): Parsed<unknown> {
  if (!def.list) return parseValue(def, raw, env);
  const values: unknown[] = [];
  for (const part of String(raw ?? '').split(/[,;\n]/)) {
    if (part.trim() === '') continue;
    const r = parseValue(def, part, env);
    if (!r.ok) return r;
    values.push(r.value);
  }
  return { ok: true, value: values };
}

/** Reads settings by key (either language); a blank, missing or bad value falls back to the default, with a message naming the cell. */
export function readSettings(table: Table, env: FieldEnv): { values: Record<SettingKey, unknown>; problems: CellProblem[] } {
  const lang: Lang = langOfEnv(env);
  const res = resolveHeaders(settingsSheet, table.header);
  const keyCol = res.columns.get('key');
  const valueCol = res.columns.get('value');
  const values = {} as Record<SettingKey, unknown>;
  const problems: CellProblem[] = [];
  for (const def of defs) {
    const fallback = defaultOf(def, env.locale, lang);
    const shown = () => (def.list ? (fallback as unknown[]).map((v) => formatValue(def, v, env)).join(', ') : formatValue(def, fallback, env)) || '—';
    values[def.key as SettingKey] = fallback;
    const names = [def.key, def.labels.en, def.labels.de].map(normalizeName);
    const index = keyCol === undefined ? -1 : table.rows.findIndex((r) => names.includes(normalizeName(r[keyCol])));
    if (index < 0 || valueCol === undefined) {
      problems.push({ cell: '', message: t(lang, 'settings.missing', { setting: def.labels[lang], fallback: shown() }) });
      continue;
    }
    const cell = `${columnLetter(valueCol)}${index + 2}`;
    const parsed = parseSetting(def, table.rows[index][valueCol], env);
    if (!parsed.ok) problems.push({ cell, message: t(lang, 'settings.badValue', { cell, setting: def.labels[lang], problem: parsed.message, fallback: shown() }) });
    else if (parsed.value !== null) values[def.key as SettingKey] = parsed.value;
    // A text setting with a grammar of its own: each step it cannot use is named on its cell (the other steps apply).
    if (def.key === 'followUpSequence' && typeof values.followUpSequence === 'string') {
      for (const problem of parseFollowUpSequence(values.followUpSequence, lang).problems) {
        problems.push({ cell, message: t(lang, 'settings.cellProblem', { cell, setting: def.labels[lang], problem }) });
      }
    }
  }
  return { values, problems };
}

export type FollowUpStep = { readonly day: number; readonly channel: string };

/** Reads "2:Email, 4:Call, 7:Email, 10:LinkedIn, 14:Break-up" (seed 001's follow-up sequence). */
export function parseFollowUpSequence(text: string, lang: Lang): { steps: FollowUpStep[]; problems: string[] } {
  const steps: FollowUpStep[] = [];
  const problems: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    if (part.trim() === '') continue;
    const m = part.trim().match(/^(?:day|tag)?\s*(\d{1,3})\s*[:=]\s*(\S.*)$/i);
    if (!m) {
      problems.push(t(lang, 'settings.badStep', { step: part.trim() }));
      continue;
    }
    const day = Number(m[1]);
    const previous = steps.at(-1)?.day;
    if (previous !== undefined && day <= previous) problems.push(t(lang, 'settings.stepOrder', { day, previous }));
    else steps.push({ day, channel: m[2].trim() });
  }
  return { steps, problems };
}
