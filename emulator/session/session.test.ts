import { describe, it, expect } from 'vitest';
import { makeCtx, newExecution } from '../runtime/testing.js';
import type { Ctx } from '../runtime/context.js';
import type { WorldOptions } from '../runtime/world.js';
import type { SpreadsheetModel } from '../spreadsheet/model.js';
import type { ExecutionKind, AuthModeName } from '../runtime/execution.js';
import { createSession } from './index.js';

/** A world whose bound spreadsheet is owned by `owner`, and an execution of `kind` run by `user`. */
function ctxFor(opts: WorldOptions, owner: string, user: string, kind: ExecutionKind, authMode: AuthModeName): Ctx {
  const base = makeCtx({ ...opts, user: owner });
  base.world.spreadsheets.set('ss-1', { id: 'ss-1', owner } as SpreadsheetModel);
  base.world.activeSpreadsheetId = 'ss-1';
  return { world: base.world, exec: newExecution(base.world, { user, kind, authMode }) };
}

describe('Session.getActiveUser (https://developers.google.com/apps-script/reference/base/user#getEmail())', () => {
  it('gives the email when the person runs an authorized execution', () => {
    const ctx = ctxFor({}, 'owner@gmail.com', 'rep@gmail.com', 'menu', 'FULL');
    expect(createSession(ctx).getActiveUser().getEmail()).toBe('rep@gmail.com');
  });

  it('is blank in a simple trigger for a consumer user who is not the developer', () => {
    const ctx = ctxFor({ account: 'consumer' }, 'owner@gmail.com', 'rep@gmail.com', 'simple', 'LIMITED');
    expect(createSession(ctx).getActiveUser().getEmail()).toBe('');
    // https://developers.google.com/apps-script/reference/base/session#getEffectiveUser() — outside installable triggers and
    // web apps it "returns the same account as getActiveUser()".
    expect(createSession(ctx).getEffectiveUser().getEmail()).toBe('');
  });

  it('is known in a simple trigger when the developer runs it', () => {
    const ctx = ctxFor({}, 'owner@gmail.com', 'owner@gmail.com', 'simple', 'LIMITED');
    expect(createSession(ctx).getActiveUser().getEmail()).toBe('owner@gmail.com');
  });

  it('is known in a simple trigger for a user of the same Google Workspace domain, blank for another domain', () => {
    const same = ctxFor({ account: 'workspace' }, 'boss@agency.de', 'rep@agency.de', 'simple', 'LIMITED');
    expect(createSession(same).getActiveUser().getEmail()).toBe('rep@agency.de');
    const other = ctxFor({ account: 'workspace' }, 'boss@agency.de', 'guest@client.com', 'simple', 'NONE');
    expect(createSession(other).getActiveUser().getEmail()).toBe('');
  });
});

describe('Session', () => {
  it('reports the script time zone and the user language', () => {
    const s = createSession(makeCtx({ timeZone: 'Europe/Berlin', locale: 'de_DE' }));
    expect(s.getScriptTimeZone()).toBe('Europe/Berlin');
    expect(s.getActiveUserLocale()).toBe('de');
  });

  it('getTemporaryActiveUserKey is stable for a user and differs between users', () => {
    const ctx = makeCtx();
    const a = createSession(ctx).getTemporaryActiveUserKey();
    expect(createSession({ world: ctx.world, exec: newExecution(ctx.world) }).getTemporaryActiveUserKey()).toBe(a);
    const b = createSession({ world: ctx.world, exec: newExecution(ctx.world, { user: 'rep@example.com' }) }).getTemporaryActiveUserKey();
    expect(b).not.toBe(a);
    expect(a).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
  });
});
