// How Google Sheets interprets what a person types into a cell: text, numbers, percents, booleans, dates, formulas.
import type { CellValue } from './model.js';
import { localeInfo } from './locale-info.js';
import { zonedToEpoch } from './zoned-time.js';

export type TypedInput = { value: CellValue; formula?: string };

/** Interprets typed text in the spreadsheet's locale and time zone. */
export function parseTypedInput(text: string, locale: string, timeZone: string): TypedInput {
  // https://support.google.com/docs/answer/3094038 — a leading apostrophe keeps the entry as text.
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const s = text.trim();
  if (s === '') return { value: '' };
  const info = localeInfo(locale);
  const upper = s.toUpperCase();
  if (upper === 'TRUE' || upper === info.trueWord) return { value: true };
  if (upper === 'FALSE' || upper === info.falseWord) return { value: false };
  const num = parseLocaleNumber(s, info.decimal, info.group);
  if (num !== null) return { value: num };
  const date = parseLocaleDate(s, info.dateOrder, timeZone);
  if (date) return { value: date };
  return { value: text };
}

/** "1.234,5" (de_DE) or "1,234.5" (en_US), optional sign, percent and currency symbol; null when not a number. */
export function parseLocaleNumber(s: string, decimal: string, group: string): number | null {
  let t = s.replace(/\s|\u00a0|\u202f/g, '');
  let percent = false;
  if (t.endsWith('%')) {
    percent = true;
    t = t.slice(0, -1);
  }
  t = t.replace(/^([+-]?)[$€£]/, '$1').replace(/[$€£]$/, '');
  let negative = false;
  if (/^\(.*\)$/.test(t)) {
    negative = true;
    t = t.slice(1, -1);
  }
  if (t.startsWith('-') || t.startsWith('+')) {
    negative = negative !== t.startsWith('-');
    t = t.slice(1);
  }
  const g = group === '.' ? '\\.' : group;
  const d = decimal === '.' ? '\\.' : decimal;
  const grouped = new RegExp(`^\\d{1,3}(${g}\\d{3})+(${d}\\d*)?$`);
  const plain = new RegExp(`^(\\d+(${d}\\d*)?|${d}\\d+)([eE][+-]?\\d+)?$`);
  let canonical: string;
  if (grouped.test(t)) canonical = t.split(group).join('').replace(decimal, '.');
  else if (plain.test(t)) canonical = t.replace(decimal, '.');
  else return null;
  let n = Number(canonical);
  if (!Number.isFinite(n)) return null;
  if (negative) n = -n;
  return percent ? n / 100 : n;
}

/** A date (and optional time) in the locale's order, or ISO yyyy-mm-dd in any locale; local midnight when no time. */
export function parseLocaleDate(s: string, order: 'MDY' | 'DMY' | 'YMD', timeZone: string): Date | null {
  const m = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?)?$/i.exec(s);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  const c = Number(m[4]);
  let year: number;
  let month: number;
  let day: number;
  if (m[1].length === 4) {
    [year, month, day] = [a, b, c];
  } else if (order === 'MDY') {
    [month, day, year] = [a, b, c];
  } else {
    [day, month, year] = [a, b, c];
  }
  if (m[4].length === 2 && m[1].length !== 4) year += year < 30 ? 2000 : 1900;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  let hour = m[5] ? Number(m[5]) : 0;
  const minute = m[6] ? Number(m[6]) : 0;
  const second = m[7] ? Number(m[7]) : 0;
  if (m[8]) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (m[8].toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return new Date(zonedToEpoch(year, month, day, hour, minute, second, timeZone));
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
