// The settings the hygiene rules use, taken from readSettings' typed values (defaults where a value is absent or odd).
import type { SettingKey } from '../../../sheets-schema/default-settings.js';
import { businessHoursFrom, defaultBusinessHours } from '../routines/business-hours.js';
import type { HygieneSettings } from './types.js';

export const defaultHygieneSettings: HygieneSettings = { enforcement: 'strict', bantMinimum: 3, autoAdvance: false, slaHoursMode: 'calendar', businessHours: defaultBusinessHours };

/** Picks the hygiene settings out of `readSettings(...).values`. */
export function hygieneSettings(values: Partial<Record<SettingKey, unknown>>): HygieneSettings {
  const bant = values.bantMinimum;
  return {
    enforcement: values.enforcement === 'soft' ? 'soft' : 'strict',
    bantMinimum: typeof bant === 'number' && Number.isFinite(bant) ? Math.min(4, Math.max(0, Math.round(bant))) : defaultHygieneSettings.bantMinimum,
    autoAdvance: values.autoAdvance === 'on',
    slaHoursMode: values.slaHoursMode === 'business' ? 'business' : 'calendar',
    businessHours: businessHoursFrom(values),
  };
}
