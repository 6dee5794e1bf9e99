// Checkboxes: TRUE/FALSE cells, and what people type for them: yes/no, ja/nein, x, ✓, 1/0.
import { langOfEnv } from '../locale.js';
import { t } from '../i18n.js';
import { asText } from './text.js';
import type { FieldTypeHandler } from './types.js';
import { isBlank } from './types.js';

const truthy = new Set(['true', 'yes', 'y', 'ja', 'j', 'wahr', 'x', '✓', '✔', '1', 'on', 'ein']);
const falsy = new Set(['false', 'no', 'n', 'nein', 'falsch', '0', 'off', 'aus', '-']);

export const checkboxType: FieldTypeHandler<boolean> = {
  parse(raw, env) {
    if (typeof raw === 'boolean') return { ok: true, value: raw };
    if (isBlank(raw)) return { ok: true, value: null };
    const text = asText(raw).toLowerCase();
    if (truthy.has(text)) return { ok: true, value: true };
    if (falsy.has(text)) return { ok: true, value: false };
    return { ok: false, message: t(langOfEnv(env), 'parse.checkbox', { value: asText(raw) }) };
  },
  format: (value, env) => (value === null ? '' : t(langOfEnv(env), value ? 'value.yes' : 'value.no')),
  // A blank checkbox cell is unchecked.
  toCell: (value) => value === true,
  validation: () => ({ kind: 'checkbox' }),
  numberFormat: () => null,
  invalidValueFormat: () => null,
};
