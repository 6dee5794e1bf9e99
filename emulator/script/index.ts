// The ScriptApp global of one execution, the trigger schedule the runtime fires by, and the shared enums.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { ScriptAppFake } from './script-app.fake.js';

export { ScriptAppFake } from './script-app.fake.js';
export { nextRunAfter } from './schedule.js';
export { AuthMode, AuthorizationStatus, EventType, TriggerSource, InstallationSource, WeekDay } from './enums.js';
export { TriggerErrors, MAX_TRIGGERS_PER_USER } from './trigger-rules.js';
export { VALID_MINUTE_INTERVALS } from './clock-trigger-builder.fake.js';
export { TriggerFake } from './trigger.fake.js';
export type { TriggerRecord } from './trigger-record.js';

/** The `ScriptApp` global of one execution. */
export function createScriptApp(ctx: Ctx): ScriptAppFake {
  return guard(new ScriptAppFake(ctx), 'ScriptApp');
}
