// When a time-driven trigger is next due: pure arithmetic on epoch milliseconds in the trigger's time zone.
import { zonedParts, zonedToUtc } from '../utilities/tz.js';
import { DAY_MS, WEEK_MS, type TriggerRecord } from './trigger-record.js';

const WEEKDAYS = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** The local calendar date `days` after y-m-d (plain calendar arithmetic, independent of DST). */
function addDays(y: number, m: number, d: number, days: number): { y: number; m: number; d: number; weekday: number } {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), weekday: t.getUTCDay() };
}

/**
 * The next due time of a time-driven trigger strictly after `afterMs`, or null when it will not run again.
 * - at(date) / after(ms): once, at atMs;
 * - everyMinutes(n) / everyHours(n): the next multiple of the period (counted from the epoch, shifted by nearMinute);
 * - everyDays(n) with atHour(h): h:nearMinute on the wall clock of the trigger's time zone, every n days;
 * - onWeekDay(d) with atHour(h), everyWeeks(n): that weekday at h:nearMinute, every n weeks.
 * Accepts any TriggerModel (the extra TriggerRecord fields are optional).
 * Calendar schedules step from the previous due time (nextRunMs) so that every n days/weeks keeps its rhythm, and keep
 * the local hour across DST changes (08:00 in Berlin is 07:00 UTC in winter and 06:00 UTC in summer).
 * https://developers.google.com/apps-script/reference/script/clock-trigger-builder
 */
export function nextRunAfter(t: TriggerRecord, afterMs: number, timeZone: string): number | null {
  const r = t;
  if (r.eventType !== 'CLOCK') return null;
  if (r.atMs !== null) return r.atMs > afterMs ? r.atMs : null;
  const tz = r.timeZone ?? timeZone;
  const minute = r.nearMinute ?? 0;
  const calendar = r.atHour !== null || r.weekDay !== null || (r.everyMs !== null && r.everyMs >= DAY_MS);
  if (!calendar) {
    if (!r.everyMs || r.everyMs <= 0) return null;
    const offset = (minute * 60_000) % r.everyMs;
    return Math.floor((afterMs - offset) / r.everyMs) * r.everyMs + r.everyMs + offset;
  }
  const hour = r.atHour ?? 0;
  const weekday = r.weekDay === null ? -1 : WEEKDAYS.indexOf(String(r.weekDay));
  const stepDays =
    weekday >= 0 ? 7 * Math.max(1, Math.round((r.everyMs ?? WEEK_MS) / WEEK_MS)) : Math.max(1, Math.round((r.everyMs ?? DAY_MS) / DAY_MS));
  const at = (day: { y: number; m: number; d: number }) => zonedToUtc(tz, day.y, day.m, day.d, hour, minute);

  if (r.nextRunMs !== null && r.nextRunMs <= afterMs) {
    const p = zonedParts(r.nextRunMs, tz);
    for (let k = stepDays; k < stepDays * 1000; k += stepDays) {
      const candidate = at(addDays(p.year, p.month, p.day, k));
      if (candidate > afterMs) return candidate;
    }
    return null;
  }
  const p = zonedParts(afterMs, tz);
  for (let k = 0; k <= 8; k++) {
    const day = addDays(p.year, p.month, p.day, k);
    if (weekday >= 0 && day.weekday !== weekday) continue;
    const candidate = at(day);
    if (candidate > afterMs) return candidate;
  }
  return null;
}
