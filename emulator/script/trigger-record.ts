// The stored shape of one installable trigger: the shared TriggerModel plus the clock details it lacks.
import type { TriggerModel } from '../runtime/world.js';

/**
 * world.triggers holds these. The extra fields are optional so records created elsewhere stay valid:
 * - timeZone: set by ClockTriggerBuilder.inTimezone (null = the script's time zone);
 * - nearMinute: the minute within the hour (nearMinute), default 0;
 * - documentId: the document the trigger belongs to (an add-on's clock triggers belong to the document they were created in).
 */
export type TriggerRecord = TriggerModel & {
  timeZone?: string | null;
  nearMinute?: number | null;
  documentId?: string | null;
};

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;
