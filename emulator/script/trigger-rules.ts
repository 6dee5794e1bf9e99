// The platform's rules for installing a trigger: the per-user total, and the stricter rules for editor add-ons.
import type { Ctx } from '../runtime/context.js';
import { PlatformError } from '../runtime/errors.js';
import { nextId } from '../runtime/world.js';
import { nextRunAfter } from './schedule.js';
import { HOUR_MS, type TriggerRecord } from './trigger-record.js';

// https://developers.google.com/apps-script/guides/services/quotas#current_limitations — "Triggers: 20 / user / script".
export const MAX_TRIGGERS_PER_USER = 20;

const KIND: Record<TriggerRecord['eventType'], string> = {
  CLOCK: 'time-based',
  ON_OPEN: 'open',
  ON_EDIT: 'edit',
  ON_CHANGE: 'change',
  ON_FORM_SUBMIT: 'form submit',
};

export const TriggerErrors = {
  // https://developers.google.com/apps-script/guides/services/quotas#current_limitations — the message once the 20 are used.
  tooMany: 'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
  // https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers — "an add-on can use a
  // time-driven trigger once per hour at most"; the platform's exception reads as below.
  addonTooFrequent: 'The recurrence interval for an Add-on trigger must be at least one hour.',
  // https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions — "Each add-on can only have one
  // trigger of each type, per user, per document"; worded as the platform's time-based message.
  // https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions — "Add-ons can only create
  // triggers for the file in which the add-on is used" (message worded by the emulator).
  addonOtherFile: 'An add-on can only create triggers for the file in which it is used.',
  addonOnePerDocument: (eventType: TriggerRecord['eventType']) =>
    `This add-on has created too many ${KIND[eventType]} triggers in this document for this Google user account.`,
} as const;

/** Checks the rules, schedules a clock trigger and stores the trigger as owned by the running user. */
export function installTrigger(ctx: Ctx, draft: Omit<TriggerRecord, 'uid' | 'owner' | 'nextRunMs'>): TriggerRecord {
  const { world, exec } = ctx;
  const owner = exec.user;
  const mine = world.triggers.filter((t) => t.owner === owner) as TriggerRecord[];
  if (mine.length >= MAX_TRIGGERS_PER_USER) throw new PlatformError(TriggerErrors.tooMany);
  if (world.isAddon) {
    if (draft.sourceId !== null && draft.sourceId !== world.activeSpreadsheetId) throw new PlatformError(TriggerErrors.addonOtherFile);
    if (draft.eventType === 'CLOCK' && draft.atMs === null && draft.everyMs !== null && draft.everyMs < HOUR_MS) {
      throw new PlatformError(TriggerErrors.addonTooFrequent);
    }
    const clash = mine.some((t) => t.eventType === draft.eventType && (t.documentId ?? t.sourceId ?? null) === draft.documentId);
    if (clash) throw new PlatformError(TriggerErrors.addonOnePerDocument(draft.eventType));
  }
  // https://developers.google.com/apps-script/guides/triggers/installable#restrictions — "Installable triggers always run
  // under the account of the person who created them": the owner is stored and the runtime runs the trigger as them.
  const record: TriggerRecord = { ...draft, uid: nextId(world, 'trigger'), owner, nextRunMs: null };
  record.nextRunMs = nextRunAfter(record, world.clock.now(), world.scriptTimeZone);
  world.triggers.push(record);
  return record;
}
