// Event objects the platform hands to triggers, shaped as the Apps Script event-objects guide documents them.
import type { World } from './world.js';

// https://developers.google.com/apps-script/guides/triggers/events#time-driven_events
export function timeDrivenEvent(world: World, authMode: unknown, triggerUid: string): Record<string, unknown> {
  const d = new Date(world.clock.now());
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - start) / 86_400_000 + new Date(start).getUTCDay() + 1) / 7);
  return {
    authMode,
    'day-of-month': d.getUTCDate(),
    'day-of-week': d.getUTCDay() === 0 ? 7 : d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid,
    'week-of-year': week,
    year: d.getUTCFullYear(),
  };
}

/** How a typed value travels in e.value / e.oldValue: always a string, dates as spreadsheet serial numbers. */
export function eventValueString(v: unknown, toSerial: (d: Date) => number): string | undefined {
  if (v === '' || v === null || v === undefined) return undefined;
  if (v instanceof Date) return String(toSerial(v));
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

// https://developers.google.com/apps-script/guides/triggers/events#change — changeType values.
export type ChangeType = 'EDIT' | 'INSERT_ROW' | 'INSERT_COLUMN' | 'REMOVE_ROW' | 'REMOVE_COLUMN' | 'INSERT_GRID' | 'REMOVE_GRID' | 'FORMAT' | 'OTHER';
