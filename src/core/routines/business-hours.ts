// Business-hour arithmetic on the wall clock of a time zone (Mon–Fri, set hours), so DST changes shift nothing.
import { civilAt, dayKeyOfNumber, HOUR_MS, instantOfDay, weekdayIndexOfNumber, weekdays, type Weekday } from './calendar.js';

export type BusinessHours = {
  readonly startHour: number;
  readonly endHour: number;
  readonly days: readonly Weekday[];
};

export const defaultBusinessHours: BusinessHours = { startHour: 9, endHour: 17, days: ['mon', 'tue', 'wed', 'thu', 'fri'] };

/**
 * Business hours from the Settings values (Business Hours Start / End, Business Days); the defaults stand in for a
 * value that is missing or makes no window (an end not after the start, no day at all).
 */
export function businessHoursFrom(values: { readonly businessHoursStart?: unknown; readonly businessHoursEnd?: unknown; readonly businessDays?: unknown }): BusinessHours {
  const hour = (v: unknown, min: number, max: number) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? v : null);
  const start = hour(values.businessHoursStart, 0, 23) ?? defaultBusinessHours.startHour;
  const end = hour(values.businessHoursEnd, 1, 24) ?? defaultBusinessHours.endHour;
  const days = Array.isArray(values.businessDays) ? values.businessDays.filter((d): d is Weekday => weekdays.includes(d as Weekday)) : [];
  if (end <= start) return { ...defaultBusinessHours, days: days.length > 0 ? days : defaultBusinessHours.days };
  return { startHour: start, endHour: end, days: days.length > 0 ? days : defaultBusinessHours.days };
}

type Shape = { start: number; end: number; window: number; open: boolean[]; perWeek: number };

function shapeOf(bh: BusinessHours): Shape {
  const start = bh.startHour * HOUR_MS;
  const end = bh.endHour * HOUR_MS;
  if (!(end > start) || bh.days.length === 0) throw new Error('Business hours need an end after the start and at least one day.');
  const open = weekdays.map((d) => bh.days.includes(d));
  const window = end - start;
  return { start, end, window, open, perWeek: window * open.filter(Boolean).length };
}

/** Business ms from the Monday of 1970-01-05 to an instant's wall-clock reading. */
function cumulative(ms: number, timeZone: string, s: Shape): number {
  const c = civilAt(ms, timeZone);
  const week = Math.floor((c.dayNum + 3) / 7);
  const dow = weekdayIndexOfNumber(c.dayNum);
  let total = week * s.perWeek;
  for (let i = 0; i < dow; i++) if (s.open[i]) total += s.window;
  if (s.open[dow]) {
    const t = ((c.hour * 60 + c.minute) * 60 + c.second) * 1000 + (((ms % 1000) + 1000) % 1000);
    total += Math.min(Math.max(t - s.start, 0), s.window);
  }
  return total;
}

/** The earliest instant whose business-ms count is `target` (the end of a window rather than the next start). */
function inverse(target: number, timeZone: string, s: Shape): number {
  const week = Math.floor((target - 1) / s.perWeek);
  let rest = target - week * s.perWeek;
  const monday = week * 7 - 3;
  for (let i = 0; i < 7; i++) {
    if (!s.open[i]) continue;
    if (rest <= s.window) {
      const at = s.start + rest;
      const hour = Math.floor(at / HOUR_MS);
      const msInHour = at - hour * HOUR_MS;
      return instantOfDay(dayKeyOfNumber(monday + i), timeZone, hour, 0) + msInHour;
    }
    rest -= s.window;
  }
  throw new Error('unreachable: rest exceeds a week of business hours');
}

/** The instant `hours` business hours after `from`; time outside business hours does not count. */
export function addBusinessHours(from: number, hours: number, timeZone: string, bh: BusinessHours = defaultBusinessHours): number {
  if (hours <= 0) return from;
  const s = shapeOf(bh);
  return inverse(cumulative(from, timeZone, s) + Math.round(hours * HOUR_MS), timeZone, s);
}

/** Business hours between two instants (0 when `to` is not after `from`). */
export function businessHoursBetween(from: number, to: number, timeZone: string, bh: BusinessHours = defaultBusinessHours): number {
  if (to <= from) return 0;
  const s = shapeOf(bh);
  return (cumulative(to, timeZone, s) - cumulative(from, timeZone, s)) / HOUR_MS;
}
