// The daily email-recipient quota: per user, per account type, reset 24 hours after the first request.
import type { World } from '../runtime/world.js';

// https://developers.google.com/apps-script/guides/services/quotas#current_quotas — "Email recipients per day": 100 consumer, 1,500 Workspace.
export const DAILY_RECIPIENTS = { consumer: 100, workspace: 1500 } as const;
// https://developers.google.com/apps-script/guides/services/quotas#current_quotas — "Quotas are per user and reset 24 hours after the first request."
export const QUOTA_WINDOW_MS = 24 * 60 * 60 * 1000;

// world.mail.recipientsByDay holds, per user, when the current 24-hour window opened and how many recipients it used.
const sinceKey = (user: string) => `since:${user}`;
const countKey = (user: string) => `count:${user}`;

export function dailyLimit(world: World): number {
  return DAILY_RECIPIENTS[world.account];
}

/** Recipients `user` has used in the current window (0 once the window is over). */
export function recipientsUsed(world: World, user: string): number {
  const since = world.mail.recipientsByDay.get(sinceKey(user));
  if (since === undefined || world.clock.now() - since >= QUOTA_WINDOW_MS) return 0;
  return world.mail.recipientsByDay.get(countKey(user)) ?? 0;
}

export function remainingRecipients(world: World, user: string): number {
  return Math.max(0, dailyLimit(world) - recipientsUsed(world, user));
}

/** Counts `n` recipients against `user`'s quota, opening a new window when the last one is over. */
export function useRecipients(world: World, user: string, n: number): void {
  const used = recipientsUsed(world, user);
  if (used === 0) world.mail.recipientsByDay.set(sinceKey(user), world.clock.now());
  world.mail.recipientsByDay.set(countKey(user), used + n);
}
