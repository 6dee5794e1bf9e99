// The MailApp global of one execution.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { MailAppFake } from './mail-app.fake.js';

export { MailAppFake, MailErrors, MAX_RECIPIENTS_PER_MESSAGE, MAX_BODY_BYTES, MAX_ATTACHMENTS } from './mail-app.fake.js';
export { DAILY_RECIPIENTS, QUOTA_WINDOW_MS, remainingRecipients } from './quota.js';
export { parseRecipients } from './address.js';

/** The `MailApp` global of one execution. */
export function createMailApp(ctx: Ctx): MailAppFake {
  return guard(new MailAppFake(ctx), 'MailApp');
}
