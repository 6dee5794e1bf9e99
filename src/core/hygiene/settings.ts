// The settings the hygiene rules use, taken from readSettings' typed values (defaults where a value is absent or odd).
import type { SettingKey } from '../../../sheets-schema/default-settings.js';
import { civilOf, instantOf } from '../zoned-time.js';
import type { HygieneContext, HygieneSettings, SlaClock } from './types.js';

export const defaultHygieneSettings: HygieneSettings = { enforcement: 'strict', bantMinimum: 3, autoAdvance: false, slaHoursMode: 'calendar' };

/** Picks the hygiene settings out of `readSettings(...).values`. */
export function hygieneSettings(values: Partial<Record<SettingKey, unknown>>): HygieneSettings {
  const bant = values.bantMinimum;
  return {
    enforcement: values.enforcement === 'soft' ? 'soft' : 'strict',
    bantMinimum: typeof bant === 'number' && Number.isFinite(bant) ? Math.min(4, Math.max(0, Math.round(bant))) : defaultHygieneSettings.bantMinimum,
    autoAdvance: values.autoAdvance === 'on',
    slaHoursMode: values.slaHoursMode === 'business' ? 'business' : 'calendar',
  };
}

const hourMs = 3_600_000;

/** Calendar hours: SLA Due is the start plus the hours, whatever the day. */
export const calendarHours: SlaClock = (start, hours) => new Date(start.getTime() + hours * hourMs);

/** Business days only: hours are counted on Monday to Friday (wall clock of the time zone), weekends are skipped. */
export function businessDayHours(timeZone: string): SlaClock {
  return (start, hours) => {
    let at = start.getTime();
    let left = hours * hourMs;
    for (let guard = 0; guard < 10_000; guard++) {
      const c = civilOf(new Date(at), timeZone);
      const midnight = nextMidnight(at, timeZone);
      const weekday = new Date(Date.UTC(c.year, c.month - 1, c.day)).getUTCDay();
      if (weekday === 0 || weekday === 6) {
        at = midnight;
        continue;
      }
      if (at + left <= midnight) return new Date(at + left);
      left -= midnight - at;
      at = midnight;
    }
    return new Date(at + left);
  };
}

/** The next local midnight after an instant (month ends and DST included). */
function nextMidnight(at: number, timeZone: string): number {
  const c = civilOf(new Date(at), timeZone);
  const day = new Date(Date.UTC(c.year, c.month - 1, c.day + 1));
  return instantOf({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), hour: 0, minute: 0, second: 0 }, timeZone).getTime();
}

/** How this context counts SLA hours. */
export function slaClockOf(ctx: HygieneContext): SlaClock {
  if (ctx.slaClock) return ctx.slaClock;
  return ctx.settings.slaHoursMode === 'business' ? businessDayHours(ctx.timeZone) : calendarHours;
}
