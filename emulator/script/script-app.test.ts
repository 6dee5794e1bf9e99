import { describe, it, expect } from 'vitest';
import { makeCtx, newExecution } from '../runtime/testing.js';
import type { Ctx } from '../runtime/context.js';
import type { WorldOptions } from '../runtime/world.js';
import type { SpreadsheetModel } from '../spreadsheet/model.js';
import { createScriptApp, TriggerErrors } from './index.js';

/** A world with spreadsheets ss-1 and ss-2 and ss-1 open. */
function world(opts: WorldOptions = {}): Ctx {
  const ctx = makeCtx(opts);
  for (const id of ['ss-1', 'ss-2']) ctx.world.spreadsheets.set(id, { id, owner: ctx.world.activeUser } as SpreadsheetModel);
  ctx.world.activeSpreadsheetId = 'ss-1';
  return ctx;
}
const as = (ctx: Ctx, user: string): Ctx => {
  ctx.world.authorizedUsers.add(user);
  return { world: ctx.world, exec: newExecution(ctx.world, { user }) };
};
const sheet = (id: string) => ({ getId: () => id }) as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;

describe('ScriptApp triggers (https://developers.google.com/apps-script/guides/triggers/installable)', () => {
  it('cannot be managed from a simple trigger (https://developers.google.com/apps-script/guides/triggers#restrictions)', () => {
    const ctx = makeCtx({}, { kind: 'simple', authMode: 'LIMITED' });
    expect(() => createScriptApp(ctx).newTrigger('tick')).toThrow(/You do not have permission to call ScriptApp.newTrigger/);
  });

  it('creates an hourly trigger owned by the running user, due at the next full hour', () => {
    const ctx = world();
    const app = createScriptApp(ctx);
    const trigger = app.newTrigger('tick').timeBased().everyHours(1).create();
    expect(trigger.getHandlerFunction()).toBe('tick');
    expect(trigger.getEventType()).toBe(app.EventType.CLOCK);
    expect(trigger.getTriggerSource()).toBe(app.TriggerSource.CLOCK);
    expect(trigger.getTriggerSourceId()).toBeNull();
    expect(ctx.world.triggers).toHaveLength(1);
    expect(ctx.world.triggers[0]).toMatchObject({ owner: 'owner@example.com', handler: 'tick', everyMs: 3600_000, nextRunMs: Date.parse('2026-11-16T09:00:00Z') });
    expect(app.getProjectTriggers().map((t) => t.getUniqueId())).toEqual([trigger.getUniqueId()]);
  });

  it('creates installable spreadsheet triggers for a spreadsheet or its id', () => {
    const ctx = world();
    const app = createScriptApp(ctx);
    const edit = app.newTrigger('onEditInstalled').forSpreadsheet(sheet('ss-1')).onEdit().create();
    const open = app.newTrigger('onOpenInstalled').forSpreadsheet('ss-1').onOpen().create();
    expect(String(edit.getEventType())).toBe('ON_EDIT');
    expect(edit.getTriggerSource()).toBe(app.TriggerSource.SPREADSHEETS);
    expect(edit.getTriggerSourceId()).toBe('ss-1');
    expect(String(open.getEventType())).toBe('ON_OPEN');
    expect(() => app.newTrigger('x').forSpreadsheet('nope')).toThrow('Invalid argument: key');
  });

  it('refuses the 21st trigger of a user with the platform message (https://developers.google.com/apps-script/guides/services/quotas)', () => {
    const ctx = world({ isAddon: false });
    const app = createScriptApp(ctx);
    for (let i = 0; i < 20; i++) app.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => app.newTrigger('f20').timeBased().everyHours(1).create()).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
    expect(ctx.world.triggers).toHaveLength(20);
    createScriptApp(as(ctx, 'rep@example.com')).newTrigger('theirs').timeBased().everyHours(1).create();
    expect(ctx.world.triggers).toHaveLength(21);
  });

  it('refuses a time-driven trigger more frequent than hourly for an add-on (https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers)', () => {
    const app = createScriptApp(world({ isAddon: true }));
    expect(() => app.newTrigger('tick').timeBased().everyMinutes(30).create()).toThrow(TriggerErrors.addonTooFrequent);
    expect(() => app.newTrigger('tick').timeBased().everyHours(1).create()).not.toThrow();
  });

  it('allows minute intervals for a plain bound script, but only 1, 5, 10, 15 or 30', () => {
    const app = createScriptApp(world({ isAddon: false }));
    expect(app.newTrigger('tick').timeBased().everyMinutes(5).create().getHandlerFunction()).toBe('tick');
    expect(() => app.newTrigger('tick').timeBased().everyMinutes(7)).toThrow(/Invalid argument: n/);
  });

  it('allows an add-on one trigger of each type per user per document (https://developers.google.com/workspace/add-ons/concepts/editor-triggers)', () => {
    const ctx = world({ isAddon: true });
    const app = createScriptApp(ctx);
    app.newTrigger('tick').timeBased().everyHours(1).create();
    expect(() => app.newTrigger('tock').timeBased().everyHours(2).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    app.newTrigger('edited').forSpreadsheet('ss-1').onEdit().create();
    expect(() => app.newTrigger('edited2').forSpreadsheet('ss-1').onEdit().create()).toThrow(TriggerErrors.addonOnePerDocument('ON_EDIT'));
    createScriptApp(as(ctx, 'rep@example.com')).newTrigger('tick').timeBased().everyHours(1).create();
    ctx.world.activeSpreadsheetId = 'ss-2';
    createScriptApp(ctx).newTrigger('tick').timeBased().everyHours(1).create();
    expect(ctx.world.triggers).toHaveLength(4);
  });

  it('lets an add-on create triggers only for the file it is used in (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions)', () => {
    const ctx = world({ isAddon: true });
    expect(() => createScriptApp(ctx).newTrigger('edited').forSpreadsheet('ss-2').onEdit().create()).toThrow(TriggerErrors.addonOtherFile);
    expect(createScriptApp(ctx).newTrigger('edited').forSpreadsheet('ss-1').onEdit().create().getTriggerSourceId()).toBe('ss-1');
  });

  it('lists only the running user’s triggers, and deletes them', () => {
    const ctx = world({ isAddon: false });
    const app = createScriptApp(ctx);
    const mine = app.newTrigger('mine').timeBased().atHour(8).everyDays(1).create();
    app.newTrigger('onEditInstalled').forSpreadsheet('ss-2').onEdit().create();
    const rep = createScriptApp(as(ctx, 'rep@example.com'));
    rep.newTrigger('theirs').timeBased().everyHours(4).create();
    expect(app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['mine', 'onEditInstalled']);
    expect(app.getUserTriggers(sheet('ss-2')).map((t) => t.getHandlerFunction())).toEqual(['onEditInstalled']);
    expect(rep.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['theirs']);
    rep.deleteTrigger(mine);
    expect(ctx.world.triggers).toHaveLength(3);
    app.deleteTrigger(mine);
    expect(app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['onEditInstalled']);
  });

  it('schedules daily and weekly triggers in the script or the given time zone', () => {
    const ctx = world({ isAddon: false });
    const app = createScriptApp(ctx);
    app.newTrigger('daily').timeBased().atHour(8).everyDays(1).create();
    app.newTrigger('weekly').timeBased().onWeekDay(app.WeekDay.MONDAY).atHour(9).create();
    app.newTrigger('ny').timeBased().atHour(8).everyDays(1).inTimezone('America/New_York').create();
    const before = ctx.world.clock.now();
    app.newTrigger('once').timeBased().after(90_000).create();
    const next = Object.fromEntries(ctx.world.triggers.map((t) => [t.handler, new Date(t.nextRunMs as number).toISOString()]));
    expect(next).toEqual({
      daily: '2026-11-17T07:00:00.000Z',
      weekly: '2026-11-23T08:00:00.000Z',
      ny: '2026-11-16T13:00:00.000Z',
      once: new Date(before + 90_000).toISOString(),
    });
    expect(() => app.newTrigger('x').timeBased().inTimezone('Mars/Olympus')).toThrow('Invalid argument: timezone');
    expect(() => app.newTrigger('x').timeBased().create()).toThrow(/no schedule/);
  });
});

describe('ScriptApp authorization and identity (https://developers.google.com/apps-script/reference/script/script-app)', () => {
  it('reports REQUIRED until the user has authorized the script, with an authorization URL', () => {
    const ctx = makeCtx();
    const guest = { world: ctx.world, exec: newExecution(ctx.world, { user: 'guest@example.com', kind: 'simple', authMode: 'LIMITED' }) };
    const info = createScriptApp(guest).getAuthorizationInfo(createScriptApp(guest).AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(createScriptApp(guest).AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\/macros\/d\/emulated-script-id\/authorize$/);
    const owner = createScriptApp(ctx).getAuthorizationInfo(createScriptApp(ctx).AuthMode.FULL);
    expect(String(owner.getAuthorizationStatus())).toBe('NOT_REQUIRED');
    expect(owner.getAuthorizationUrl()).toBeNull();
  });

  it('invalidateAuth makes authorization required again', () => {
    const ctx = makeCtx();
    const app = createScriptApp(ctx);
    app.invalidateAuth();
    expect(String(app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizationStatus())).toBe('REQUIRED');
  });

  it('exposes enums whose values print as their names and compare equal across executions', () => {
    const ctx = makeCtx();
    const a = createScriptApp(ctx);
    const b = createScriptApp({ world: ctx.world, exec: newExecution(ctx.world) });
    expect(String(a.AuthMode.NONE)).toBe('NONE');
    expect(a.AuthMode.LIMITED).toBe(b.AuthMode.LIMITED);
    expect(String(a.WeekDay.SATURDAY)).toBe('SATURDAY');
    expect(() => (a as unknown as { getService(): unknown }).getService()).toThrow('not implemented in emulator: ScriptApp.getService');
  });

  it('gives the script id to anyone and an OAuth token only with full authorization', () => {
    const limited = makeCtx({}, { kind: 'simple', authMode: 'LIMITED' });
    expect(createScriptApp(limited).getScriptId()).toBe('emulated-script-id');
    expect(() => createScriptApp(limited).getOAuthToken()).toThrow(/You do not have permission/);
    expect(createScriptApp(makeCtx()).getOAuthToken()).toMatch(/^ya29\.emulated-[0-9a-f]{40}$/);
  });
});
