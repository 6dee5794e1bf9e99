// Wall-clock time in the spreadsheet's time zone, and the serial day numbers Sheets stores dates as.

export type WallClock = { year: number; month: number; day: number; hour: number; minute: number; second: number; ms: number; weekday: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall clock in `timeZone` at epoch milliseconds `ms` (month 1-12, weekday 0 = Sunday). */
export function wallClock(ms: number, timeZone: string): WallClock {
  const out: WallClock = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, ms: ((ms % 1000) + 1000) % 1000, weekday: 0 };
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    switch (p.type) {
      case 'year': out.year = Number(p.value); break;
      case 'month': out.month = Number(p.value); break;
      case 'day': out.day = Number(p.value); break;
      case 'hour': out.hour = Number(p.value); break;
      case 'minute': out.minute = Number(p.value); break;
      case 'second': out.second = Number(p.value); break;
      case 'weekday': out.weekday = WEEKDAYS[p.value] ?? 0; break;
      default: break;
    }
  }
  return out;
}

/** Offset of `timeZone` from UTC at instant `ms`, in milliseconds. */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.ms);
  return asUtc - ms;
}

/** Epoch milliseconds of a wall-clock time in `timeZone` (month 1-12). */
export function zonedToEpoch(year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string, ms = 0): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  let t = guess - zoneOffsetMs(guess, timeZone);
  // Second pass settles instants near a DST change.
  t = guess - zoneOffsetMs(t, timeZone);
  return t;
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
