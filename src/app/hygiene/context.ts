// The hygiene context of one execution: stage table and settings from the snapshot, time, person, locale.
import type { HygieneContext } from '../../core/hygiene/index.js';
import type { SetupRecord } from '../../core/setup/record.js';
import type { Hygiene } from './snapshot.js';

/** The editing person, when the platform tells it: a simple trigger may get a blank address (https://developers.google.com/apps-script/reference/base/session#getActiveUser()). */
export function editor(): string | null {
  try {
    const email = Session.getActiveUser().getEmail().trim().toLowerCase();
    return email === '' ? null : email;
  } catch {
    return null;
  }
}

export function hygieneContext(record: SetupRecord, hygiene: Hygiene, user: string | null, now = new Date()): HygieneContext {
  return {
    stages: hygiene.stages,
    settings: hygiene.settings,
    now,
    user,
    locale: record.locale,
    timeZone: record.timeZone,
    lang: hygiene.lang,
    currency: hygiene.currency,
  };
}

/** A persisted ID counter ("opsmind.idCounter.<tab>"), or null when none is stored yet. */
export function storedCounter(props: Readonly<Record<string, string>>, key: string): number | null {
  const n = Number(props[key]);
  return key in props && Number.isFinite(n) ? n : null;
}

export const counterKey = (tab: string): string => `opsmind.idCounter.${tab}`;
