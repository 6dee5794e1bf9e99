// Calendar days, ISO weeks and months as compact period keys ("2026-11-16", "2026-W47", "2026-11") in a time zone.
import { civilOf, type Civil } from '../zoned-time.js';

/** A calendar day as "YYYY-MM-DD". */
export type DayKey = string;
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export const weekdays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days since 1970-01-01 of a civil date (no time zone involved). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function dayKeyOfNumber(n: number): DayKey {
  const d = new Date(n * DAY_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

export function dayNumberOfKey(key: DayKey): number {
  const [y, m, d] = key.split('-').map(Number);
  return dayNumber(y, m, d);
}

type Reading = Civil & { dayNum: number };

// UTC offsets per time zone and UTC day: [offset at 00:00, offset at 24:00]. Equal ends mean no change
// that day, so the offset holds for the whole day and Intl is needed about twice per distinct day.
const offsets = new Map<string, Map<number, [number, number]>>();

function offsetAt(ms: number, timeZone: string): number {
  const c = civilOf(new Date(ms), timeZone);
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - (ms - (((ms % 1000) + 1000) % 1000));
}

function readingOf(ms: number, offset: number): Reading {
  const d = new Date(ms + offset);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return { year, month, day, hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: d.getUTCSeconds(), dayNum: dayNumber(year, month, day) };
}

/** The time zone's UTC offset at an instant, in ms. */
function fastOffset(ms: number, timeZone: string): number {
  let zone = offsets.get(timeZone);
  if (!zone) offsets.set(timeZone, (zone = new Map()));
  const utcDay = Math.floor(ms / DAY_MS);
  let ends = zone.get(utcDay);
  if (!ends) {
    if (zone.size > 20_000) zone.clear();
    ends = [offsetAt(utcDay * DAY_MS, timeZone), offsetAt((utcDay + 1) * DAY_MS, timeZone)];
    zone.set(utcDay, ends);
  }
  return ends[0] === ends[1] ? ends[0] : offsetAt(ms, timeZone);
}

/** The wall-clock reading of an instant, with the day as a day number (fast: offsets cached per day). */
export function civilAt(ms: number, timeZone: string): Reading {
  return readingOf(ms, fastOffset(ms, timeZone));
}

/** The instant of a wall-clock time given as UTC-style ms: the earlier one in a DST overlap, shifted forward in a gap (as Temporal's "compatible"). */
function instantOfWall(wall: number, timeZone: string): number {
  const before = fastOffset(wall - DAY_MS, timeZone);
  const after = fastOffset(wall + DAY_MS, timeZone);
  const valid = [wall - before, wall - after].filter((t, i) => fastOffset(t, timeZone) === (i === 0 ? before : after));
  return valid.length > 0 ? Math.min(...valid) : wall - before;
}

/** The calendar day an instant falls on in the time zone. */
export function dayKeyOf(ms: number, timeZone: string): DayKey {
  return dayKeyOfNumber(civilAt(ms, timeZone).dayNum);
}

export function addDays(key: DayKey, days: number): DayKey {
  return dayKeyOfNumber(dayNumberOfKey(key) + days);
}

/** Monday = 0 … Sunday = 6. */
export function weekdayIndexOfNumber(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

export function weekdayOf(key: DayKey): Weekday {
  return weekdays[weekdayIndexOfNumber(dayNumberOfKey(key))];
}

/** The ISO 8601 week ("2026-W47"): weeks start on Monday and belong to the year of their Thursday. */
export function isoWeekKey(key: DayKey): string {
  const n = dayNumberOfKey(key);
  const thursday = n - weekdayIndexOfNumber(n) + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

export function monthKeyOf(key: DayKey): string {
  return key.slice(0, 7);
}

/** The instant a wall-clock time on a day happens in the time zone (the earlier one in a DST overlap). */
export function instantOfDay(key: DayKey, timeZone: string, hour = 0, minute = 0): number {
  const [year, month, day] = key.split('-').map(Number);
  return instantOfWall(Date.UTC(year, month - 1, day, hour, minute), timeZone);
}

/** The first instant of the month of `key` and of the month after it, in the time zone. */
export function monthBounds(key: DayKey, timeZone: string): { start: number; end: number } {
  const [y, m] = key.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
  return { start: instantOfDay(`${y}-${pad(m)}-01`, timeZone), end: instantOfDay(next, timeZone) };
}
