// What getDisplayValues shows: a cell's value rendered through its number format in the spreadsheet's locale.
import type { CellValue } from './model.js';
import { localeInfo, type LocaleInfo } from './locale-info.js';
import { dateToSerial, serialToDate, wallClock } from './zoned-time.js';

/** Renders a cell value as Sheets displays it. `numberFormat` undefined or "" means the automatic format. */
export function formatForDisplay(value: CellValue, numberFormat: string | undefined, locale: string, timeZone: string): string {
  const info = localeInfo(locale);
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? info.trueWord : info.falseWord;
  const fmt = numberFormat && numberFormat !== 'General' ? numberFormat : '';
  if (typeof value === 'string') return formatText(value, fmt);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    if (fmt && isDatePattern(fmt)) return formatDatePattern(value, fmt, info, timeZone);
    if (fmt && fmt !== '@') return formatNumberPattern(dateToSerial(value, timeZone), fmt, info);
    return defaultDate(value, info, timeZone);
  }
  if (!Number.isFinite(value)) return '#NUM!';
  if (fmt === '' || fmt === '@') return defaultNumber(value, info);
  if (isDatePattern(fmt)) return formatDatePattern(serialToDate(value, timeZone), fmt, info, timeZone);
  return formatNumberPattern(value, fmt, info);
}

/** The automatic format: integers in full, other numbers to 10 significant digits, no grouping. */
export function defaultNumber(n: number, info: LocaleInfo): string {
  if (n === 0) return '0';
  const abs = Math.abs(n);
  let s: string;
  if (abs >= 1e15 || abs < 1e-9) {
    s = n.toExponential(5).replace(/\.?0+e/, 'e').replace('e', 'E');
    s = s.replace(/E([+-])(\d)$/, 'E$10$2');
  } else if (Number.isInteger(n)) {
    s = String(n);
  } else {
    s = Number(n.toPrecision(10)).toString();
    if (s.includes('e')) s = Number(n.toPrecision(10)).toFixed(12).replace(/\.?0+$/, '');
  }
  return s.replace('.', info.decimal);
}

function defaultDate(d: Date, info: LocaleInfo, timeZone: string): string {
  const w = wallClock(d.getTime(), timeZone);
  const midnight = w.hour === 0 && w.minute === 0 && w.second === 0;
  return formatDatePattern(d, midnight ? info.datePattern : info.dateTimePattern, info, timeZone);
}

function formatText(s: string, fmt: string): string {
  const sections = splitSections(fmt);
  const textSection = sections.length >= 4 ? sections[3] : sections.find((x) => x.includes('@'));
  if (!textSection || !textSection.includes('@')) return s;
  return literalText(textSection).replace('@', s);
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted) {
      cur += ch + (fmt[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += ch;
  }
  out.push(cur);
  return out;
}

/** Removes quotes, escapes, colour/condition brackets and resolves currency brackets like [$€-407]. */
function literalText(section: string): string {
  let out = '';
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      out += section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
    } else if (ch === '\\') {
      out += section[i + 1] ?? '';
      i++;
    } else if (ch === '[') {
      const end = section.indexOf(']', i);
      const inner = section.slice(i + 1, end < 0 ? undefined : end);
      if (inner.startsWith('$')) out += inner.slice(1).split('-')[0];
      i = end < 0 ? section.length : end;
    } else if (ch === '_' || ch === '*') {
      if (ch === '_') out += ' ';
      i++;
    } else out += ch;
  }
  return out;
}

/** True when the pattern formats dates/times (y, d, h, s tokens outside quotes; m alone is ambiguous). */
export function isDatePattern(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[yYdDhHsS]/.test(bare) || (/[mM]/.test(bare) && !/[0#?]/.test(bare));
}

const DATE_TOKEN = /^(yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|\.0+)/i;

/** Formats a Date with a Sheets date pattern ("yyyy-mm-dd hh:mm", "dd.MM.yyyy", "mmm d, yyyy", "h:mm am/pm"). */
export function formatDatePattern(d: Date, fmt: string, info: LocaleInfo, timeZone: string): string {
  const w = wallClock(d.getTime(), timeZone);
  const twelve = /am\/pm|a\/p/i.test(fmt);
  const tokens: { tok: string; lit?: boolean }[] = [];
  for (let i = 0; i < fmt.length; ) {
    const ch = fmt[i];
    if (ch === '"') {
      const end = fmt.indexOf('"', i + 1);
      tokens.push({ tok: fmt.slice(i + 1, end < 0 ? undefined : end), lit: true });
      i = end < 0 ? fmt.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      tokens.push({ tok: fmt[i + 1] ?? '', lit: true });
      i += 2;
      continue;
    }
    if (ch === '[') {
      const end = fmt.indexOf(']', i);
      i = end < 0 ? fmt.length : end + 1;
      continue;
    }
    const m = DATE_TOKEN.exec(fmt.slice(i));
    if (m) {
      tokens.push({ tok: m[1] });
      i += m[1].length;
    } else {
      tokens.push({ tok: ch, lit: true });
      i++;
    }
  }
  const pad = (n: number, len = 2) => String(n).padStart(len, '0');
  const isHour = (t: string | undefined) => t !== undefined && /^h+$/i.test(t);
  const isSecond = (t: string | undefined) => t !== undefined && /^s+$/i.test(t);
  const code = tokens.map((t) => (t.lit ? undefined : t.tok));
  let out = '';
  tokens.forEach((t, idx) => {
    if (t.lit) {
      out += t.tok;
      return;
    }
    const lower = t.tok.toLowerCase();
    // "m"/"mm" mean minutes right after an hour token or right before a seconds token.
    const prev = code.slice(0, idx).reverse().find((x) => x !== undefined);
    const next = code.slice(idx + 1).find((x) => x !== undefined);
    const minute = (lower === 'm' || lower === 'mm') && (isHour(prev) || isSecond(next));
    const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
    switch (lower) {
      case 'yyyy': out += String(w.year); break;
      case 'yy': out += pad(w.year % 100); break;
      case 'mmmm': out += monthName(w.month, info, 'long'); break;
      case 'mmm': out += monthName(w.month, info, 'short'); break;
      case 'mm': out += minute ? pad(w.minute) : pad(w.month); break;
      case 'm': out += minute ? String(w.minute) : String(w.month); break;
      case 'dddd': out += dayName(w.weekday, info, 'long'); break;
      case 'ddd': out += dayName(w.weekday, info, 'short'); break;
      case 'dd': out += pad(w.day); break;
      case 'd': out += String(w.day); break;
      case 'hh': out += pad(twelve ? h12 : w.hour); break;
      case 'h': out += String(twelve ? h12 : w.hour); break;
      case 'ss': out += pad(w.second); break;
      case 's': out += String(w.second); break;
      case 'am/pm': out += w.hour < 12 ? 'AM' : 'PM'; break;
      case 'a/p': out += w.hour < 12 ? 'A' : 'P'; break;
      default: out += lower.startsWith('.') ? `.${pad(w.ms, 3).slice(0, lower.length - 1)}` : t.tok;
    }
  });
  return out;
}

function monthName(month: number, info: LocaleInfo, width: 'long' | 'short'): string {
  return new Intl.DateTimeFormat(info.tag, { month: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2001, month - 1, 1))).replace(/\.$/, '');
}

function dayName(weekday: number, info: LocaleInfo, width: 'long' | 'short'): string {
  // 2001-01-07 was a Sunday.
  return new Intl.DateTimeFormat(info.tag, { weekday: width, timeZone: 'UTC' }).format(new Date(Date.UTC(2001, 0, 7 + weekday))).replace(/\.$/, '');
}

/** Formats a number with a Sheets number pattern: sections, 0/#, grouping, decimals, %, currency, literals. */
export function formatNumberPattern(n: number, fmt: string, info: LocaleInfo): string {
  const sections = splitSections(fmt);
  let section = sections[0];
  let value = n;
  let explicitNegative = false;
  if (n < 0 && sections.length >= 2 && sections[1] !== '') {
    section = sections[1];
    value = -n;
    explicitNegative = true;
  } else if (n === 0 && sections.length >= 3 && sections[2] !== '') {
    section = sections[2];
  }
  const text = literalText(section);
  const first = text.search(/[0#?]/);
  if (first < 0) return text;
  let last = first;
  for (let i = first; i < text.length; i++) if (/[0#?.,]/.test(text[i])) last = i; else if (!/[0#?.,]/.test(text[i])) break;
  let core = text.slice(first, last + 1);
  const prefix = text.slice(0, first);
  let suffix = text.slice(last + 1);
  let scale = 0;
  while (core.endsWith(',')) {
    scale++;
    core = core.slice(0, -1);
  }
  const sci = /^[eE][+-]0+/.exec(suffix);
  const percent = (prefix + suffix).split('%').length - 1;
  value = value * 100 ** percent / 1000 ** scale;
  const [intPat, decPat = ''] = core.split('.');
  const grouping = intPat.includes(',');
  const minInt = (intPat.match(/0/g) ?? []).length;
  const maxDec = (decPat.match(/[0#?]/g) ?? []).length;
  const minDec = (decPat.match(/0/g) ?? []).length;
  let exponent = '';
  if (sci) {
    const e = value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
    value = value / 10 ** e;
    exponent = `E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(sci[0].length - 2, '0')}`;
    suffix = suffix.slice(sci[0].length);
  }
  const negative = value < 0 && !explicitNegative;
  const fixed = Math.abs(value).toFixed(maxDec);
  let [intStr, decStr = ''] = fixed.split('.');
  if (intStr === '0' && minInt === 0) intStr = '';
  intStr = intStr.padStart(minInt, '0');
  if (grouping) intStr = intStr.replace(/\B(?=(\d{3})+(?!\d))/g, info.group);
  while (decStr.length > minDec && decStr.endsWith('0')) decStr = decStr.slice(0, -1);
  const num = decStr ? `${intStr}${info.decimal}${decStr}` : intStr;
  const zero = Number(fixed) === 0;
  return `${negative && !zero ? '-' : ''}${prefix}${num}${exponent}${suffix}`;
}
