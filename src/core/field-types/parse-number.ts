// Numbers as people type them: "1.234,50", "1,234.50", "€ 1.200", "-12", "20 %", by locale.
import { decimalSeparatorOf } from '../locale.js';

export type NumberReading = { value: number; percent: boolean } | null;

const currencyMarks = /(€|\$|£|¥|₣|\bEUR\b|\bUSD\b|\bGBP\b|\bCHF\b)/gi;

/**
 * Reads a typed number. With one separator followed by exactly three digits, the separator groups
 * thousands unless it is the locale's decimal mark; for money it always groups (amounts have two decimals).
 */
export function readNumber(text: string, locale: string, money = false): NumberReading {
  let s = text.replace(currencyMarks, '').replace(/[\s\u00a0\u202f']/g, '').replace(/\u2212/g, '-');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  if (!/^[+-]?(\d|[.,]\d)[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let normalized: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    if (s.indexOf(decimal) !== s.lastIndexOf(decimal)) return null;
    normalized = s.split(group).join('').replace(decimal, '.');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const pieces = s.split(sep);
    const groups = pieces.length > 2 || (pieces[1].length === 3 && (money || sep !== decimalSeparatorOf(locale)));
    if (groups) {
      if (pieces.slice(1).some((p) => p.length !== 3)) return null;
      normalized = pieces.join('');
    } else {
      normalized = pieces.join('.');
    }
  } else {
    normalized = s;
  }
  const value = Number(normalized);
  return Number.isFinite(value) ? { value, percent } : null;
}

/** A number written the locale's way: 1.234,5 in German, 1,234.5 in English. */
export function writeNumber(value: number, locale: string, fractionDigits?: number): string {
  const fixed = fractionDigits === undefined ? String(Math.round(value * 1e6) / 1e6) : value.toFixed(fractionDigits);
  const negative = fixed.startsWith('-');
  const [int, frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const comma = decimalSeparatorOf(locale) === ',';
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, comma ? '.' : ',');
  return (negative ? '-' : '') + grouped + (frac ? (comma ? ',' : '.') + frac : '');
}
