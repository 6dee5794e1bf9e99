// The tick's settings from the Settings tab values (readSettings), with the schema's defaults behind them.
import type { SettingKey } from '../../../sheets-schema/index.js';
import type { Lang } from '../../../sheets-schema/types.js';
import { parseFollowUpSequence } from '../settings.js';
import { businessHoursFrom } from './business-hours.js';
import { weekdays, type Weekday } from './calendar.js';
import type { TickSettings } from './tick.js';

const num = (v: unknown, fallback: number) => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Typed tick settings (a step of the follow-up sequence it cannot read is left out; readSettings names it on its cell). */
export function tickSettingsFrom(values: Partial<Record<SettingKey, unknown>>, lang: Lang): TickSettings {
  const days = Array.isArray(values.digestDays) ? values.digestDays.filter((d): d is Weekday => weekdays.includes(d as Weekday)) : [];
  const sequence = parseFollowUpSequence(str(values.followUpSequence) || '2:Email, 4:Call, 7:Email, 10:LinkedIn, 14:Break-up', lang);
  return {
    digestHour: Math.min(23, Math.max(0, Math.floor(num(values.digestHour, 8)))),
    digestDays: days.length > 0 || Array.isArray(values.digestDays) ? days : ['mon', 'tue', 'wed', 'thu', 'fri'],
    followUpSteps: sequence.steps,
    slaMode: values.slaHoursMode === 'business' ? 'business' : 'calendar',
    businessHours: businessHoursFrom(values),
    escalationDays: Math.max(1, num(values.escalationDays, 2)),
    adminEmail: str(values.adminEmail),
    currency: str(values.currency) || 'EUR',
  };
}
