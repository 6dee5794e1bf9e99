// Java SimpleDateFormat patterns for Utilities.formatDate, with real time zones (DST included) through Intl.
import { PlatformError } from '../runtime/errors.js';
import { offsetMinutes, resolveZone, zonedParts, type ZonedParts } from './tz.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const LETTERS = 'GyYMLwWDdFEuaHkKhmsSzZX';
const DAY_MS = 86_400_000;

const pad = (n: number, width: number): string => {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
};

function dayOfYear(p: ZonedParts): number {
  return (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / DAY_MS + 1;
}

/** Week of year and week year with java.util.Calendar's US rules: weeks start on Sunday, week 1 holds 1 January. */
function weekOfYear(p: ZonedParts): { week: number; weekYear: number } {
  const nextJan1 = Date.UTC(p.year + 1, 0, 1);
  const daysToNextJan1 = (nextJan1 - Date.UTC(p.year, p.month - 1, p.day)) / DAY_MS;
  const nextJan1Weekday = new Date(nextJan1).getUTCDay();
  if (nextJan1Weekday !== 0 && daysToNextJan1 <= nextJan1Weekday) return { week: 1, weekYear: p.year + 1 };
  const jan1Weekday = new Date(Date.UTC(p.year, 0, 1)).getUTCDay();
  return { week: Math.floor((dayOfYear(p) - 1 + jan1Weekday) / 7) + 1, weekYear: p.year };
}

function weekOfMonth(p: ZonedParts): number {
  const firstWeekday = new Date(Date.UTC(p.year, p.month - 1, 1)).getUTCDay();
  return Math.floor((p.day - 1 + firstWeekday) / 7) + 1;
}

function zoneName(tz: string, utcMs: number, long: boolean): string {
  const offset = offsetMinutes(tz, utcMs);
  if (!/\//.test(tz) && tz !== 'UTC') {
    if (offset === 0) return long ? 'Greenwich Mean Time' : 'GMT';
    return `GMT${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60), 2)}:${pad(Math.abs(offset) % 60, 2)}`;
  }
  const name = (locale: string): string =>
    new Intl.DateTimeFormat(locale, { timeZone: tz, timeZoneName: long ? 'long' : 'short' })
      .formatToParts(new Date(utcMs))
      .find((x) => x.type === 'timeZoneName')?.value ?? 'GMT';
  // Java prints "CET"/"CEST" for Berlin; en-US Intl prints "GMT+1" there but "EST" for New York, en-GB the reverse.
  let n = name('en-US');
  if (!long && n.startsWith('GMT') && offset !== 0) n = name('en-GB');
  if (!long && /^GMT[+-]/.test(n)) {
    return `GMT${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60), 2)}:${pad(Math.abs(offset) % 60, 2)}`;
  }
  return n;
}

function rfc822(offset: number, colon: boolean, hoursOnly: boolean): string {
  const sign = offset < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(offset) / 60), 2);
  if (hoursOnly) return `${sign}${h}`;
  return `${sign}${h}${colon ? ':' : ''}${pad(Math.abs(offset) % 60, 2)}`;
}

function field(letter: string, count: number, p: ZonedParts, tz: string, utcMs: number): string {
  switch (letter) {
    case 'G':
      return p.year > 0 ? 'AD' : 'BC';
    case 'y':
      return count === 2 ? pad(p.year % 100, 2) : pad(p.year, count);
    case 'Y': {
      const wy = weekOfYear(p).weekYear;
      return count === 2 ? pad(wy % 100, 2) : pad(wy, count);
    }
    case 'M':
    case 'L':
      if (count >= 4) return MONTHS[p.month - 1];
      if (count === 3) return MONTHS[p.month - 1].slice(0, 3);
      return pad(p.month, count);
    case 'w':
      return pad(weekOfYear(p).week, count);
    case 'W':
      return pad(weekOfMonth(p), count);
    case 'D':
      return pad(dayOfYear(p), count);
    case 'd':
      return pad(p.day, count);
    case 'F':
      return pad(Math.floor((p.day - 1) / 7) + 1, count);
    case 'E':
      return count >= 4 ? DAYS[p.weekday] : DAYS[p.weekday].slice(0, 3);
    case 'u':
      return pad(p.weekday === 0 ? 7 : p.weekday, count);
    case 'a':
      return p.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(p.hour, count);
    case 'k':
      return pad(p.hour === 0 ? 24 : p.hour, count);
    case 'K':
      return pad(p.hour % 12, count);
    case 'h':
      return pad(p.hour % 12 === 0 ? 12 : p.hour % 12, count);
    case 'm':
      return pad(p.minute, count);
    case 's':
      return pad(p.second, count);
    case 'S':
      return pad(p.ms, count);
    case 'z':
      return zoneName(tz, utcMs, count >= 4);
    case 'Z':
      return rfc822(offsetMinutes(tz, utcMs), false, false);
    case 'X': {
      const offset = offsetMinutes(tz, utcMs);
      if (count > 3) throw new PlatformError(`invalid ISO 8601 format: length=${count}`);
      if (offset === 0) return 'Z';
      return rfc822(offset, count === 3, count === 1);
    }
    default:
      throw new PlatformError(`Illegal pattern character '${letter}'`);
  }
}

/**
 * Formats `date` in `timeZone` with a java.text.SimpleDateFormat pattern, as Utilities.formatDate does
 * (https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)).
 */
export function formatJavaDate(date: Date, timeZone: string, pattern: string): string {
  const tz = resolveZone(timeZone);
  const utcMs = date.getTime();
  const p = zonedParts(utcMs, tz);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            out += "'";
            i += 2;
            continue;
          }
          break;
        }
        out += pattern[i++];
      }
      i++;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let n = 1;
      while (pattern[i + n] === c) n++;
      if (!LETTERS.includes(c)) throw new PlatformError(`Illegal pattern character '${c}'`);
      out += field(c, n, p, tz, utcMs);
      i += n;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}
