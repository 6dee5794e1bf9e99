// Choices: the stored value is a stable key; a person may type it, or its label in either language, in any case.
import type { EnumOption, Lang } from '../../../sheets-schema/types.js';
import { langOfEnv } from '../locale.js';
import { t } from '../i18n.js';
import { normalizeName } from '../names.js';
import { asText } from './text.js';
import type { FieldEnv, FieldSpec, FieldTypeHandler } from './types.js';
import { isBlank } from './types.js';

/** The column's choices: declared, or taken from the environment (e.g. the live stages). */
export function optionsOf(field: FieldSpec, env: FieldEnv): readonly EnumOption[] {
  if (field.optionsFrom) return env.options?.[field.optionsFrom] ?? [];
  return field.options ?? [];
}

/** The choice a typed text names, by key, label in either language or alias. */
export function matchOption(text: string, options: readonly EnumOption[]): EnumOption | null {
  const wanted = normalizeName(text);
  if (wanted === '') return null;
  return (
    options.find((o) => [o.value, o.labels.en, o.labels.de, ...(o.aliases ?? [])].some((n) => normalizeName(n) === wanted)) ??
    null
  );
}

function labelOf(value: string, options: readonly EnumOption[], lang: Lang): string {
  return options.find((o) => o.value === value)?.labels[lang] ?? value;
}

export const enumType: FieldTypeHandler<string> = {
  parse(raw, env, field) {
    if (isBlank(raw)) return { ok: true, value: null };
    const options = optionsOf(field, env);
    const text = asText(raw);
    const found = matchOption(text, options);
    if (found) return { ok: true, value: found.value };
    const lang = langOfEnv(env);
    return { ok: false, message: t(lang, 'parse.enum', { value: text, options: options.map((o) => o.labels[lang]).join(', ') }) };
  },
  format: (value, env, field) => (value === null ? '' : labelOf(value, optionsOf(field, env), langOfEnv(env))),
  toCell: (value, env, field) => (value === null ? '' : labelOf(value, optionsOf(field, env), langOfEnv(env))),
  // Not rejecting: people may type a choice in the other language or case, and OpsMind normalises it.
  validation: (field, env) =>
    field.optionsFrom === 'stages'
      ? { kind: 'listFromField', tab: 'stages', field: 'stage', reject: false }
      : { kind: 'list', values: optionsOf(field, env).map((o) => o.labels[langOfEnv(env)]), reject: false },
  numberFormat: () => null,
  invalidValueFormat: () => null,
};
