// The two questions of a first Set up: which pipeline and which language; OK with nothing typed takes the defaults.
import type { PresetKey } from '../../../sheets-schema/index.js';
import { defaultPresetKey, presetByKey } from '../../../sheets-schema/index.js';
import type { Lang } from '../../../sheets-schema/types.js';
import { prompt } from '../../adapters/ui.adapter.js';
import { readLanguageAnswer, readPresetAnswer, type Answer } from '../../core/setup/answers.js';
import { st, type SetupTextKey } from '../../core/setup/texts.js';

export type Choices = { preset: PresetKey; lang: Lang; notes: string[] };

/** Asks once, and once more after an answer it cannot read; then falls back to the default. Null: cancelled. */
function ask<T>(lang: Lang, first: string, again: (answer: string) => string, read: (text: string) => Answer<T>, fallback: T): { value: T; fellBack: boolean } | null {
  let message = first;
  for (let attempt = 0; attempt < 2; attempt++) {
    const text = prompt(st(lang, 'title'), message);
    if (text === null) return null;
    const answer = read(text);
    if (answer.ok) return { value: answer.value, fellBack: false };
    message = again(text.trim());
  }
  return { value: fallback, fellBack: true };
}

/** Asks in the spreadsheet locale's language; `localeLang` is also the default language. */
export function askChoices(localeLang: Lang): Choices | null {
  const lang = localeLang;
  const langName = (l: Lang) => st(lang, `lang.${l}` as SetupTextKey & `lang.${Lang}`);
  const preset = ask(lang, st(lang, 'prompt.preset'), (answer) => st(lang, 'prompt.presetAgain', { answer }), readPresetAnswer, defaultPresetKey as PresetKey);
  if (!preset) return null;
  const chosen = ask(
    lang,
    st(lang, 'prompt.lang', { default: langName(localeLang) }),
    (answer) => st(lang, 'prompt.langAgain', { answer, default: langName(localeLang) }),
    (text) => readLanguageAnswer(text, localeLang),
    localeLang,
  );
  if (!chosen) return null;
  const notes: string[] = [];
  if (preset.fellBack) notes.push(st(lang, 'prompt.fellBack', { what: st(lang, 'prompt.what.preset'), value: presetByKey(preset.value).labels[lang] }));
  if (chosen.fellBack) notes.push(st(lang, 'prompt.fellBack', { what: st(lang, 'prompt.what.lang'), value: langName(chosen.value) }));
  return { preset: preset.value, lang: chosen.value, notes };
}
