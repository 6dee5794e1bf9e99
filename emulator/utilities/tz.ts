// Time-zone arithmetic on epoch milliseconds: IANA zones through Intl, plus Java's custom "GMT+hh:mm" ids.

/** Wall-clock fields of an instant in a zone (month 1-12, weekday 0 = Sunday). */
export type ZonedParts = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  weekday: number;
};

const formatters = new Map<string, Intl.DateTimeFormat>();
const CUSTOM = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

function fixedOffset(tz: string): number | null {
  const m = CUSTOM.exec(tz.trim());
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

function formatter(tz: string): Intl.DateTimeFormat | null {
  const hit = formatters.get(tz);
  if (hit) return hit;
  try {
    const f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
      era: 'short',
    });
    formatters.set(tz, f);
    return f;
  } catch {
    return null;
  }
}

/**
 * The zone id as the platform understands it. Java's TimeZone.getTimeZone (behind Utilities.formatDate) falls back
 * to GMT for ids it does not know, so an unknown id resolves to 'GMT' rather than throwing.
 */
export function resolveZone(tz: string): string {
  if (fixedOffset(tz) !== null) return tz.trim().toUpperCase();
  return formatter(tz) ? tz : 'GMT';
}

export function isKnownZone(tz: string): boolean {
  return fixedOffset(tz) !== null || formatter(tz) !== null;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** Wall-clock fields of `utcMs` in zone `tz`. */
export function zonedParts(utcMs: number, tz: string): ZonedParts {
  const ms = ((utcMs % 1000) + 1000) % 1000;
  const fixed = fixedOffset(tz);
  const f = fixed === null ? formatter(tz) : null;
  if (!f) {
    const d = new Date(utcMs + (fixed ?? 0) * 60_000);
    return {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
      ms,
      weekday: d.getUTCDay(),
    };
  }
  const p: Record<string, string> = {};
  for (const part of f.formatToParts(new Date(utcMs))) p[part.type] = part.value;
  const year = Number(p.year);
  return {
    year: p.era === 'BC' ? 1 - year : year,
    month: Number(p.month),
    day: Number(p.day),
    hour: Number(p.hour),
    minute: Number(p.minute),
    second: Number(p.second),
    ms,
    weekday: WEEKDAYS.indexOf(p.weekday),
  };
}

/** The zone's offset from UTC in minutes at the instant `utcMs` (+60 for Berlin in winter). */
export function offsetMinutes(tz: string, utcMs: number): number {
  const fixed = fixedOffset(tz);
  if (fixed !== null) return fixed;
  const p = zonedParts(utcMs, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const whole = Math.floor(utcMs / 1000) * 1000;
  const d = new Date(asUtc);
  if (p.year < 100) d.setUTCFullYear(p.year);
  return Math.round((d.getTime() - whole) / 60_000);
}

/**
 * The instant at which the wall clock in `tz` shows the given local time. A time skipped by a DST change moves
 * forward by the gap (02:30 on the spring-forward day in Berlin becomes 03:30 CEST), like java.util.Calendar.
 */
export function zonedToUtc(tz: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const o1 = offsetMinutes(tz, guess);
  const t1 = guess - o1 * 60_000;
  const o2 = offsetMinutes(tz, t1);
  if (o2 === o1) return t1;
  const t2 = guess - o2 * 60_000;
  if (offsetMinutes(tz, t2) === o2) return t2;
  // A wall time skipped by a spring-forward change does not exist: it moves forward by the gap.
  return Math.max(t1, t2);
}
