// Wall-clock time in the spreadsheet's time zone, and the serial day numbers Sheets stores dates as.

import { zonedParts, zonedToUtc, type ZonedParts } from '../utilities/tz.js';

export type WallClock = ZonedParts;

/** The wall clock in `timeZone` at epoch milliseconds `ms` (month 1-12, weekday 0 = Sunday). */
export function wallClock(ms: number, timeZone: string): WallClock {
  return zonedParts(ms, timeZone);
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms) - ms;
}

/** Epoch milliseconds of a wall-clock time in `timeZone` (month 1-12); a time skipped by DST moves forward. */
export function zonedToEpoch(year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string, ms = 0): number {
  return zonedToUtc(timeZone, year, month, day, hour, minute, second, ms);
}

const DAY_MS = 86_400_000;
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

/** Sheets' serial number of a Date (days since 1899-12-30 in the spreadsheet's time zone, fraction = time of day). */
export function dateToSerial(d: Date, timeZone: string): number {
  const w = wallClock(d.getTime(), timeZone);
  const local = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return (local - SERIAL_EPOCH) / DAY_MS;
}

/** The Date a serial number stands for in the spreadsheet's time zone. */
export function serialToDate(serial: number, timeZone: string): Date {
  const local = SERIAL_EPOCH + Math.round(serial * DAY_MS);
  const u = new Date(local);
  return new Date(
    zonedToEpoch(u.getUTCFullYear(), u.getUTCMonth() + 1, u.getUTCDate(), u.getUTCHours(), u.getUTCMinutes(), u.getUTCSeconds(), timeZone, u.getUTCMilliseconds()),
  );
}
