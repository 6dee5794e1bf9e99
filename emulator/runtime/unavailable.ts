// Services the emulator does not fake: present as globals, as on the platform, but every member needs authorization and then fails loudly.
import type { Ctx } from './context.js';
import { PlatformError, PlatformErrors } from './errors.js';

/** Services that exist on the platform and need the user's authorization, none of which OpsMind uses. */
export const UNAVAILABLE_SERVICES = ['UrlFetchApp', 'GmailApp', 'CalendarApp', 'FormApp', 'SlidesApp'] as const;

/**
 * A global whose every member first goes through the execution's checks (so a simple trigger gets the platform's
 * permission error, https://developers.google.com/apps-script/guides/triggers#restrictions) and then throws
 * "not implemented in emulator: Service.member".
 */
export function unavailableService(ctx: Ctx, name: string): object {
  return new Proxy(
    {},
    {
      get(_t, prop) {
        if (typeof prop === 'symbol' || prop === 'toJSON' || prop === 'then') return undefined;
        const member = `${name}.${prop}`;
        return () => {
          ctx.exec.call(member, { latency: 'local', access: 'full' });
          throw new PlatformError(PlatformErrors.notImplemented(member));
        };
      },
    },
  );
}
