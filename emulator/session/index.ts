// The Session global of one execution.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { SessionFake } from './session.fake.js';

export { SessionFake, UserFake } from './session.fake.js';

/** The `Session` global of one execution. */
export function createSession(ctx: Ctx): SessionFake {
  return guard(new SessionFake(ctx), 'Session');
}
