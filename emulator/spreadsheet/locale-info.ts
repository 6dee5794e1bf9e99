// What a spreadsheet locale changes in how values are typed and shown: separators, date order, boolean words.

export type LocaleInfo = {
  /** BCP 47 tag for Intl (month and day names). */
  tag: string;
  decimal: string;
  group: string;
  /** Order of day, month and year in a typed or default-displayed date. */
  dateOrder: 'MDY' | 'DMY' | 'YMD';
  dateSeparator: string;
  /** Default display pattern of a date, and of a date with a time. */
  datePattern: string;
  dateTimePattern: string;
  trueWord: string;
  falseWord: string;
};

const EN_US: LocaleInfo = {
  tag: 'en-US',
  decimal: '.',
  group: ',',
  dateOrder: 'MDY',
  dateSeparator: '/',
  datePattern: 'M/d/yyyy',
  dateTimePattern: 'M/d/yyyy H:mm:ss',
  trueWord: 'TRUE',
  falseWord: 'FALSE',
};

const LOCALES: Record<string, LocaleInfo> = {
  en_US: EN_US,
  en_GB: { ...EN_US, tag: 'en-GB', dateOrder: 'DMY', datePattern: 'dd/MM/yyyy', dateTimePattern: 'dd/MM/yyyy HH:mm:ss' },
  de_DE: {
    tag: 'de-DE',
    decimal: ',',
    group: '.',
    dateOrder: 'DMY',
    dateSeparator: '.',
    datePattern: 'dd.MM.yyyy',
    dateTimePattern: 'dd.MM.yyyy HH:mm:ss',
    trueWord: 'WAHR',
    falseWord: 'FALSCH',
  },
  fr_FR: {
    tag: 'fr-FR',
    decimal: ',',
    group: '\u202f',
    dateOrder: 'DMY',
    dateSeparator: '/',
    datePattern: 'dd/MM/yyyy',
    dateTimePattern: 'dd/MM/yyyy HH:mm:ss',
    trueWord: 'VRAI',
    falseWord: 'FAUX',
  },
};

/** The locale's conventions; unknown locales fall back to their language (de_AT -> de_DE), then to en_US. */
export function localeInfo(locale: string): LocaleInfo {
  const direct = LOCALES[locale];
  if (direct) return direct;
  const lang = locale.split(/[_-]/)[0];
  const byLang = Object.keys(LOCALES).find((k) => k.startsWith(`${lang}_`));
  return byLang ? LOCALES[byLang] : EN_US;
}
