// Identifiers (Lead ID, Task ID...): kept as plain text so "0012" stays "0012"; a number id 17 becomes "17".
import { asText } from './text.js';
import type { FieldTypeHandler } from './types.js';
import { isBlank } from './types.js';

export const idType: FieldTypeHandler<string> = {
  parse: (raw) => ({ ok: true, value: isBlank(raw) ? null : asText(raw) }),
  format: (value) => value ?? '',
  toCell: (value) => value ?? '',
  validation: () => null,
  // Plain text, so ids are never turned into numbers or dates.
  numberFormat: () => '@',
  invalidValueFormat: () => null,
};
