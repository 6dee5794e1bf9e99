// Wall-clock time in a named time zone without Apps Script: civil date parts <-> instants, via Intl.
export type Civil = { year: number; month: number; day: number; hour: number; minute: number; second: number };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
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
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall-clock reading of an instant in a time zone. */
export function civilOf(date: Date, timeZone: string): Civil {
  const out: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(date)) {
    if (p.type !== 'literal') out[p.type] = Number(p.value);
  }
  return { year: out.year, month: out.month, day: out.day, hour: out.hour % 24, minute: out.minute, second: out.second };
}

function utcOf(c: Civil): number {
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
}

/**
 * The instant whose wall-clock reading in the time zone is `c`. A reading skipped by a spring-forward change does not
 * exist: it moves forward by the gap (02:30 on the Berlin change day is 03:30 CEST), as the routines' calendar and
 * the platform's clock do.
 */
export function instantOf(c: Civil, timeZone: string): Date {
  const wanted = utcOf(c);
  const offsetAt = (t: number) => utcOf(civilOf(new Date(t), timeZone)) - (t - (((t % 1000) + 1000) % 1000));
  // The offsets a day before and a day after: a reading exists under one or both (a fall-back overlap: the earlier
  // instant wins, as in the routines' calendar); under neither it lies in a spring-forward gap and moves forward.
  const before = offsetAt(wanted - 86_400_000);
  const after = offsetAt(wanted + 86_400_000);
  const valid = [wanted - before, wanted - after].filter((t, i) => offsetAt(t) === (i === 0 ? before : after));
  return new Date(valid.length > 0 ? Math.min(...valid) : wanted - before);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether the parts name a real calendar date and time. */
export function isValidCivil(c: Civil): boolean {
  return (
    Number.isInteger(c.year) && c.year >= 1900 && c.year <= 9999 &&
    c.month >= 1 && c.month <= 12 && c.day >= 1 && c.day <= daysInMonth(c.year, c.month) &&
    c.hour >= 0 && c.hour < 24 && c.minute >= 0 && c.minute < 60 && c.second >= 0 && c.second < 60
  );
}
