// Dates and times as people type them: "24.12.2026", "2026-12-24", "12/24/2026" (by locale), "24. Dezember 2026 14:30".
import { dateOrderOf, type DateOrder } from '../locale.js';
import { isValidCivil, type Civil } from '../zoned-time.js';

/** A reading: wall-clock parts, or an absolute instant when the text carried a UTC offset. */
export type DateReading = { civil: Civil; hasTime: boolean } | { instant: Date; hasTime: true } | null;

const monthNames: Record<string, number> = {};
const names = [
  ['jan', 'january', 'januar', 'jänner'],
  ['feb', 'february', 'februar'],
  ['mar', 'march', 'mär', 'märz', 'maerz'],
  ['apr', 'april'],
  ['may', 'mai'],
  ['jun', 'june', 'juni'],
  ['jul', 'july', 'juli'],
  ['aug', 'august'],
  ['sep', 'sept', 'september'],
  ['oct', 'october', 'okt', 'oktober'],
  ['nov', 'november'],
  ['dec', 'december', 'dez', 'dezember'],
];
names.forEach((list, i) => list.forEach((n) => (monthNames[n] = i + 1)));

const time = String.raw`(?:[T,\s]\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(am|pm|a\.m\.|p\.m\.|uhr|h)?)?`;
const iso = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${time}\s*(Z|[+-]\d{2}:?\d{2})?$`, 'i');
const dotted = new RegExp(String.raw`^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})${time}$`, 'i');
const slashed = new RegExp(String.raw`^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})${time}$`, 'i');
const dayMonthName = new RegExp(String.raw`^(\d{1,2})\.?\s+([a-zäöü]+)\.?,?\s+(\d{4})${time}$`, 'i');
const monthNameDay = new RegExp(String.raw`^([a-zäöü]+)\.?\s+(\d{1,2}),?\s+(\d{4})${time}$`, 'i');

function year(text: string): number {
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

function clock(m: RegExpMatchArray, at: number): { hour: number; minute: number; second: number; hasTime: boolean } | null {
  if (m[at] === undefined) return { hour: 0, minute: 0, second: 0, hasTime: false };
  let hour = Number(m[at]);
  const marker = (m[at + 3] ?? '').toLowerCase().replace(/\./g, '');
  if (marker === 'am' || marker === 'pm') {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (marker === 'pm' ? 12 : 0);
  }
  return { hour, minute: Number(m[at + 1]), second: Number(m[at + 2] ?? 0), hasTime: true };
}

function build(y: number, mo: number, d: number, m: RegExpMatchArray, at: number): DateReading {
  const c = clock(m, at);
  if (!c) return null;
  const civil: Civil = { year: y, month: mo, day: d, hour: c.hour, minute: c.minute, second: c.second };
  return isValidCivil(civil) ? { civil, hasTime: c.hasTime } : null;
}

/** Reads a typed date; an ambiguous a/b/yyyy follows the locale, and falls back to the other order only when that is the sole valid one. */
export function readDate(text: string, locale: string): DateReading {
  const s = text.trim().replace(/\s+/g, ' ');
  let m = s.match(iso);
  if (m) {
    const reading = build(Number(m[1]), Number(m[2]), Number(m[3]), m, 4);
    if (reading && 'civil' in reading && m[8]) {
      const offset = m[8].toUpperCase() === 'Z' ? 'Z' : m[8].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
      const p = (n: number) => String(n).padStart(2, '0');
      const c = reading.civil;
      const instant = new Date(`${c.year}-${p(c.month)}-${p(c.day)}T${p(c.hour)}:${p(c.minute)}:${p(c.second)}${offset}`);
      return Number.isNaN(instant.getTime()) ? null : { instant, hasTime: true };
    }
    return reading;
  }
  if ((m = s.match(dotted))) return build(year(m[3]), Number(m[2]), Number(m[1]), m, 4);
  if ((m = s.match(slashed))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const order: DateOrder = dateOrderOf(locale);
    const first = order === 'mdy' ? build(year(m[3]), a, b, m, 4) : build(year(m[3]), b, a, m, 4);
    return first ?? (order === 'mdy' ? build(year(m[3]), b, a, m, 4) : build(year(m[3]), a, b, m, 4));
  }
  if ((m = s.match(dayMonthName))) {
    const month = monthNames[m[2].toLowerCase()];
    return month ? build(Number(m[3]), month, Number(m[1]), m, 4) : null;
  }
  if ((m = s.match(monthNameDay))) {
    const month = monthNames[m[1].toLowerCase()];
    return month ? build(Number(m[3]), month, Number(m[2]), m, 4) : null;
  }
  return null;
}
