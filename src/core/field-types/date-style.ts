// How dates look in a locale: 24.12.2026 (German), 12/24/2026 (US English), 24/12/2026 (other English).
import { dateOrderOf, langOf } from '../locale.js';
import type { Civil } from '../zoned-time.js';

type Style = { show(c: Civil): string; pattern: string };

const p2 = (n: number) => String(n).padStart(2, '0');

/** The display and Sheets number-format pattern of a date in the locale. */
export function dateStyle(locale: string): Style {
  if (langOf(locale) === 'de') return { show: (c) => `${p2(c.day)}.${p2(c.month)}.${c.year}`, pattern: 'dd.mm.yyyy' };
  if (dateOrderOf(locale) === 'mdy') return { show: (c) => `${p2(c.month)}/${p2(c.day)}/${c.year}`, pattern: 'mm/dd/yyyy' };
  return { show: (c) => `${p2(c.day)}/${p2(c.month)}/${c.year}`, pattern: 'dd/mm/yyyy' };
}

/** Date and 24-hour time in the locale. */
export function dateTimeStyle(locale: string): Style {
  const d = dateStyle(locale);
  return { show: (c) => `${d.show(c)} ${p2(c.hour)}:${p2(c.minute)}`, pattern: `${d.pattern} hh:mm` };
}

export const exampleDate: Civil = { year: 2026, month: 12, day: 24, hour: 14, minute: 30, second: 0 };
