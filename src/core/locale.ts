// Locale facts the core needs (language, date order, decimal separator), from a locale code like "de_DE" or "en-US".
import type { Lang } from '../../sheets-schema/types.js';

export type DateOrder = 'dmy' | 'mdy';

// Languages that write 1.234,50 rather than 1,234.50.
const decimalCommaLanguages = new Set(['de', 'fr', 'es', 'it', 'nl', 'pt', 'pl', 'ru', 'sv', 'da', 'fi', 'nb', 'no', 'cs', 'tr', 'id']);
// Regions that write the month first.
const monthFirstLocales = new Set(['en', 'en_us', 'en_ph', 'en_as', 'en_gu', 'en_um', 'en_vi']);

function parts(locale: string): { language: string; tag: string } {
  const tag = locale.trim().replace('-', '_').toLowerCase();
  return { language: tag.split('_')[0] ?? '', tag };
}

/** OpsMind's language for a spreadsheet locale: German for any German locale, otherwise English. */
export function langOf(locale: string): Lang {
  return parts(locale).language === 'de' ? 'de' : 'en';
}

/** The language of labels and messages for a field environment: its explicit language, else its locale's. */
export function langOfEnv(env: { readonly locale: string; readonly lang?: Lang }): Lang {
  return env.lang ?? langOf(env.locale);
}

/** Whether people in this locale write 12/24/2026 (mdy) or 24/12/2026 (dmy). */
export function dateOrderOf(locale: string): DateOrder {
  return monthFirstLocales.has(parts(locale).tag) ? 'mdy' : 'dmy';
}

export function decimalSeparatorOf(locale: string): ',' | '.' {
  return decimalCommaLanguages.has(parts(locale).language) ? ',' : '.';
}
