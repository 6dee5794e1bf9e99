// Reads a Leads row as people typed it (dates per locale, decimal commas, emails, stage names) into typed values.
import { leadsSheet, type LeadFieldKey } from '../../../sheets-schema/leads.sheet.js';
import type { FieldDef, Lang } from '../../../sheets-schema/types.js';
import { isBlank } from '../field-types/types.js';
import { parseValue, type CellValue, type FieldEnv } from '../field-types/index.js';
import { asText } from '../field-types/text.js';
import { langOf } from '../locale.js';
import type { StageConfig } from '../stages.js';
import { resolveStage } from './stage-table.js';
import type { HygieneContext, LeadRow } from './types.js';

export const leadFields: ReadonlyMap<LeadFieldKey, FieldDef> = new Map(leadsSheet.fields.map((f) => [f.key, f as FieldDef]));
export const leadFieldKeys = leadsSheet.fields.map((f) => f.key) as readonly LeadFieldKey[];
/** Columns only OpsMind writes. */
export const derivedLeadKeys: ReadonlySet<LeadFieldKey> = new Set(leadsSheet.fields.filter((f) => 'derived' in f && f.derived).map((f) => f.key));

/** Columns deriveLead recomputes from the others: what they hold is never read (nor reported). */
export const recomputedLeadKeys: ReadonlySet<LeadFieldKey> = new Set(['bantScore', 'probability', 'forecastCategory', 'weightedValue', 'slaDue', 'hygiene']);

/** A Leads row read once: typed values, what could not be read, and the stage it names. */
export type ReadLead = {
  /** Parsed values; null for a blank or unreadable cell. */
  readonly values: { readonly [K in LeadFieldKey]?: unknown };
  /** Field -> why its non-blank value could not be read (the cell keeps what was typed). */
  readonly unreadable: ReadonlyMap<LeadFieldKey, string>;
  readonly stage: StageConfig | null;
  /** The Stage cell as typed (trimmed). */
  readonly stageText: string;
};

const envCache = new WeakMap<HygieneContext, FieldEnv>();

/** The field-type environment of the context: locale, zone, currency and the live stage choices. */
export function envOf(ctx: HygieneContext): FieldEnv {
  let env = envCache.get(ctx);
  if (!env) {
    env = { locale: ctx.locale, timeZone: ctx.timeZone, lang: langOfCtx(ctx), currency: ctx.currency, options: { stages: ctx.stages.options } };
    envCache.set(ctx, env);
  }
  return env;
}

export function langOfCtx(ctx: HygieneContext): Lang {
  return ctx.lang ?? langOf(ctx.locale);
}

/** The column's label in the sheet's language. */
export function labelOf(key: LeadFieldKey, lang: Lang): string {
  return leadFields.get(key)?.labels[lang] ?? key;
}

/**
 * Every Leads key, in one order, built by JSON.parse: V8 gives this object (and its copies) fast properties, whereas an
 * object filled key by key past a dozen keys becomes a slow dictionary; "Check all rows" copies one per lead.
 */
const valuesShape: Readonly<Record<LeadFieldKey, null>> = JSON.parse(JSON.stringify(Object.fromEntries(leadFieldKeys.map((k) => [k, null])))) as Record<LeadFieldKey, null>;

/** The keys a first reading parses (Stage is resolved apart; recomputed columns are never read). */
const readKeysAll = leadFieldKeys.filter((k) => k !== 'stage' && !recomputedLeadKeys.has(k));

export function readLead(row: LeadRow, ctx: HygieneContext): ReadLead {
  return readKeys(row, ctx, readKeysAll, { ...valuesShape }, new Map());
}

/**
 * The row read again after some cells were written: only `changed` fields are parsed again, the others are taken
 * from `before` (a normalised value reads as the same value). Saves a full parse per row in a batch.
 */
export function rereadLead(before: ReadLead, row: LeadRow, changed: Iterable<LeadFieldKey>, ctx: HygieneContext): ReadLead {
  return readKeys(row, ctx, changed, { ...before.values }, new Map(before.unreadable));
}

function readKeys(row: LeadRow, ctx: HygieneContext, keys: Iterable<LeadFieldKey>, values: { [K in LeadFieldKey]?: unknown }, unreadable: Map<LeadFieldKey, string>): ReadLead {
  const env = envOf(ctx);
  for (const key of keys) {
    if (key === 'stage' || recomputedLeadKeys.has(key)) continue;
    const raw = row[key];
    if (unreadable.size > 0) unreadable.delete(key);
    if (isBlank(raw)) {
      values[key] = null;
      continue;
    }
    const parsed = parseValue(leadFields.get(key)!, raw, env);
    if (parsed.ok) values[key] = parsed.value;
    else {
      values[key] = null;
      unreadable.set(key, parsed.message);
    }
  }
  const stageRaw = row.stage;
  const stage = resolveStage(ctx.stages, stageRaw);
  values.stage = stage?.key ?? null;
  return { values, unreadable, stage, stageText: isBlank(stageRaw) ? '' : asText(stageRaw) };
}

/**
 * Whether a raw Leads cell counts as filled in, exactly as a first reading of the row decides (blank or unreadable is
 * not; Stage only blank or not): for callers that check a few fields of many rows without reading each whole row
 * (the digest's missing fields).
 */
export function holdsValue(key: LeadFieldKey, raw: unknown, env: FieldEnv): boolean {
  if (isBlank(raw)) return false;
  // Stage is read against the Stages tab, which the caller holds (a row whose stage it resolved has one).
  if (key === 'stage') return true;
  const parsed = parseValue(leadFields.get(key)!, raw, env);
  return parsed.ok && parsed.value !== null;
}

/** Whether the field holds a readable value (a checkbox answered No counts: it was answered). */
export function isPresent(read: ReadLead, key: LeadFieldKey): boolean {
  if (key === 'stage') return read.stage !== null;
  return read.values[key] !== null && read.values[key] !== undefined;
}

/** A text that a spreadsheet would take for a formula: it must be written as text. */
export function looksLikeFormula(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw === '') return false;
  const c = raw.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64; // = + - @
}

/** Cell equality as the sheet sees it: blank = blank, dates by instant. */
export function sameCell(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isBlank(a) && isBlank(b)) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) < 1e-9;
  return a === b;
}

export type { CellValue };
