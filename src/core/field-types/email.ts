// Email addresses: trimmed, "mailto:" and "Name <a@b.c>" unwrapped, checked for a plausible shape.
import { langOfEnv } from '../locale.js';
import { t } from '../i18n.js';
import { asText } from './text.js';
import type { FieldTypeHandler } from './types.js';
import { isBlank } from './types.js';

const shape = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

/** The address in a typed value, or null when it is not one. */
export function readEmail(text: string): string | null {
  let s = text.trim().replace(/^mailto:/i, '');
  const angled = s.match(/<([^>]+)>\s*$/);
  if (angled) s = angled[1].trim();
  return shape.test(s) ? s : null;
}

export const emailType: FieldTypeHandler<string> = {
  parse(raw, env) {
    if (isBlank(raw)) return { ok: true, value: null };
    const text = asText(raw);
    const email = readEmail(text);
    return email ? { ok: true, value: email } : { ok: false, message: t(langOfEnv(env), 'parse.email', { value: text }) };
  },
  format: (value) => value ?? '',
  toCell: (value) => value ?? '',
  validation: () => ({ kind: 'email', reject: false }),
  numberFormat: () => null,
  invalidValueFormat: () => ({ kind: 'customFormula', formula: '=AND({cell}<>"",ISERROR(FIND("@",{cell})))' }),
};
