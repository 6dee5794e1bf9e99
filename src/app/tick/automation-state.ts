// Who has automations on (each person's own hourly trigger), kept in document properties and shown as a row of Settings.
import type { Lang } from '../../../sheets-schema/types.js';
import { civilAt, dayKeyOfNumber } from '../../core/routines/calendar.js';
import { at } from './texts.js';

export const AUTOMATIONS_KEY = 'opsmind.automations';

export type AutomationState = {
  /** Lower-cased email -> when they turned automations on (epoch ms). */
  readonly users: Readonly<Record<string, number>>;
  /** The last change, for the Settings row once nobody has them on. */
  readonly last: { readonly user: string; readonly at: number; readonly on: boolean } | null;
};

export const noAutomations: AutomationState = { users: {}, last: null };

/** Reads the property; anything unreadable is "nobody" (the triggers themselves stay the truth). */
export function decodeAutomations(text: string | undefined): AutomationState {
  if (!text) return noAutomations;
  try {
    const o = JSON.parse(text) as { users?: Record<string, unknown>; last?: { user?: unknown; at?: unknown; on?: unknown } | null };
    const users: Record<string, number> = {};
    for (const [k, v] of Object.entries(o.users ?? {})) if (typeof v === 'number') users[k] = v;
    const l = o.last;
    const last = l && typeof l.user === 'string' && typeof l.at === 'number' ? { user: l.user, at: l.at, on: l.on === true } : null;
    return { users, last };
  } catch {
    return noAutomations;
  }
}

export const encodeAutomations = (s: AutomationState): string => JSON.stringify(s);

const norm = (user: string) => user.trim().toLowerCase();

/** `user` turned automations on at `now` (the first time counts as "since"). */
export function turnedOn(s: AutomationState, user: string, now: number): AutomationState {
  const u = norm(user);
  return { users: { ...s.users, [u]: s.users[u] ?? now }, last: { user: u, at: now, on: true } };
}

/** `user` turned their automations off at `now`; others' stay on. */
export function turnedOff(s: AutomationState, user: string, now: number): AutomationState {
  const u = norm(user);
  const users = { ...s.users };
  delete users[u];
  return { users, last: { user: u, at: now, on: false } };
}

/** Everyone with automations on except `user`, in order of turning them on. */
export function othersOn(s: AutomationState, user: string): string[] {
  return Object.entries(s.users)
    .filter(([u]) => u !== norm(user))
    .sort(([, a], [, b]) => a - b)
    .map(([u]) => u);
}

/** "2026-11-16 09:00" on the spreadsheet's wall clock. */
export function wallClock(ms: number, timeZone: string): string {
  const c = civilAt(ms, timeZone);
  return `${dayKeyOfNumber(c.dayNum)} ${String(c.hour).padStart(2, '0')}:${String(c.minute).padStart(2, '0')}`;
}

/** The Value and Description cells of the Settings row "Automations". */
export function settingsCells(s: AutomationState, lang: Lang, timeZone: string): { value: string; description: string } {
  const on = Object.entries(s.users).sort(([, a], [, b]) => a - b);
  if (on.length > 0) {
    const users = on.map(([user, since]) => at(lang, 'user.since', { user, at: wallClock(since, timeZone) })).join(', ');
    return { value: at(lang, 'settings.on'), description: at(lang, 'settings.onFor', { users }) };
  }
  const description = s.last ? at(lang, 'settings.offBy', { user: s.last.user, at: wallClock(s.last.at, timeZone) }) : at(lang, 'settings.never');
  return { value: at(lang, 'settings.off'), description };
}
