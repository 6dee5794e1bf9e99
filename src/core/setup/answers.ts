// Reads what a person types into Set up's two questions: the pipeline preset and the language.
import { defaultPresetKey, stagePresets, type PresetKey } from '../../../sheets-schema/index.js';
import type { Lang } from '../../../sheets-schema/types.js';
import { normalizeName } from '../names.js';

/** The answer's meaning: a choice, the default (nothing typed), or not understood. */
export type Answer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false };

const presetWords: Record<PresetKey, readonly string[]> = {
  opsmind: ['1', 'opsmind', 'default', 'standard', 'agency', 'agentur'],
  salesOps: ['2', 'salesops', 'sales', 'vertrieb'],
  roadmap: ['3', 'roadmap', '14tage', '14days'],
};

/** "1", "OpsMind", "sales-ops", "Roadmap"... ; nothing typed means the default preset. */
export function readPresetAnswer(text: string): Answer<PresetKey> {
  const n = normalizeName(text);
  if (n === '') return { ok: true, value: defaultPresetKey };
  for (const p of stagePresets) {
    if (presetWords[p.key].includes(n) || normalizeName(p.labels.en) === n || normalizeName(p.labels.de) === n) return { ok: true, value: p.key };
  }
  return { ok: false };
}

const langWords: Record<Lang, readonly string[]> = {
  en: ['1', 'en', 'english', 'englisch', 'eng'],
  de: ['2', 'de', 'deutsch', 'german', 'ger', 'deu'],
};

/** "1", "English", "2", "Deutsch", "de"... ; nothing typed means `fallback` (the spreadsheet locale's language). */
export function readLanguageAnswer(text: string, fallback: Lang): Answer<Lang> {
  const n = normalizeName(text);
  if (n === '') return { ok: true, value: fallback };
  if (langWords.en.includes(n)) return { ok: true, value: 'en' };
  if (langWords.de.includes(n)) return { ok: true, value: 'de' };
  return { ok: false };
}
