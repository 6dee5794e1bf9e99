// End to end: "Turn on / Turn off automations" install and remove one hourly trigger per person, shown in Settings.
import { describe, expect, it } from 'vitest';
import { DAY, H, tickWorld } from './tick-fixture.js';

const automationsRow = (w: ReturnType<typeof tickWorld>) => w.rows('Settings').find((r) => r.Key === 'Automations');

describe('turning automations on and off', () => {
  it('offers both items in the OpsMind menu with their exact labels', () => {
    const w = tickWorld({ automations: false });
    const labels = w.emu.world.ui.menus[0].items.map((i) => i.label);
    expect(labels).toContain('Turn on automations');
    expect(labels).toContain('Turn off automations');
  });

  it('labels them in German for a German spreadsheet', () => {
    const w = tickWorld({ locale: 'de_DE', automations: false, admin: '' });
    w.emu.open();
    const labels = w.emu.world.ui.menus[0].items.map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['Automatisierung einschalten', 'Automatisierung ausschalten']));
  });

  it('installs one hourly time-driven trigger for tick and one change trigger, and no second ones when turned on again', () => {
    const w = tickWorld();
    w.emu.menu('Turn on automations');
    const mine = w.emu.world.triggers.filter((t) => t.owner === 'anna@example.com');
    expect(mine).toHaveLength(2);
    expect(mine[0]).toMatchObject({ handler: 'tick', eventType: 'CLOCK', everyMs: H });
    expect(mine[1]).toMatchObject({ handler: 'onSheetChange', eventType: 'ON_CHANGE' });
    expect(w.emu.world.ui.dialogs.at(-1)?.message).toContain('already on for you (anna@example.com)');
  });

  it('shows who turned automations on, and since when, in a Settings row', () => {
    const w = tickWorld();
    expect(automationsRow(w)).toMatchObject({ Value: 'On' });
    expect(String(automationsRow(w)?.Description)).toContain('anna@example.com (since 2026-11-16 09:00)');
    expect(w.emu.world.ui.dialogs.at(-1)?.message).toContain('from 8:00 on Mon, Tue, Wed, Thu, Fri');
  });

  it('lets a second person turn them on too: their own triggers, both people listed', () => {
    const w = tickWorld();
    const r = w.emu.menu('Turn on automations', 'bob@example.com');
    expect(r.error).toBeNull();
    expect(w.emu.world.triggers.filter((t) => t.handler === 'tick').map((t) => t.owner).sort()).toEqual(['anna@example.com', 'bob@example.com']);
    expect(String(automationsRow(w)?.Description)).toMatch(/anna@example\.com .*bob@example\.com/);
    expect(w.emu.world.ui.dialogs.at(-1)?.message).toContain('Also on for: anna@example.com');
  });

  it('removes only the clicking person’s trigger: a colleague’s keeps running', () => {
    const w = tickWorld();
    w.emu.menu('Turn on automations', 'bob@example.com');
    w.emu.menu('Turn off automations');
    expect(w.emu.world.triggers.map((t) => t.owner)).toEqual(['bob@example.com', 'bob@example.com']);
    expect(w.emu.world.ui.dialogs.at(-1)?.message).toContain('They still run from the trigger of: bob@example.com');
    expect(automationsRow(w)).toMatchObject({ Value: 'On' });
  });

  it('stops the ticks when the last person turns automations off, and says so in Settings', () => {
    const w = tickWorld();
    w.emu.advance(2 * H);
    const before = w.ticks().length;
    expect(before).toBeGreaterThan(0);
    w.emu.menu('Turn off automations');
    w.emu.advance(2 * DAY);
    expect(w.ticks()).toHaveLength(before);
    expect(w.emu.world.triggers).toEqual([]);
    expect(automationsRow(w)).toMatchObject({ Value: 'Off' });
    expect(String(automationsRow(w)?.Description)).toContain('Turned off by anna@example.com');
  });

  it('asks for Set up / repair first in a spreadsheet without the OpsMind tabs', () => {
    const w = tickWorld({ automations: false, admin: '' });
    w.emu.world.properties.document.clear();
    const r = w.emu.menu('Turn on automations');
    expect(r.error).toBeNull();
    expect(w.emu.world.triggers).toEqual([]);
    expect(w.emu.world.ui.dialogs.at(-1)?.message).toContain('Run “Set up / repair” first');
  });

  it('is not charged for the document id the platform reads itself when listing this person’s triggers', () => {
    const w = tickWorld({ automations: false, admin: '' });
    const r = w.emu.menu('Turn on automations');
    expect(r.calls['ScriptApp.getUserTriggers']).toBe(1);
    expect(r.calls['Spreadsheet.getId']).toBeUndefined();
  });

  it('turning automations on while a tick holds the lock changes nothing and says so', () => {
    const w = tickWorld({ automations: false, admin: '' });
    w.emu.world.faults.lockContention = true;
    const r = w.emu.menu('Turn on automations');
    w.emu.world.faults.lockContention = false;
    expect(r.error).toBeNull();
    expect(w.emu.world.triggers).toEqual([]);
    expect(w.emu.world.ui.dialogs.at(-1)?.message).toContain('nothing was changed');
  });

  it('exits quietly when another tick holds the document lock', () => {
    const w = tickWorld();
    w.emu.world.faults.lockContention = true;
    const [r] = w.emu.advance(H);
    expect(r).toMatchObject({ function: 'tick', error: null });
    expect(r.calls['Lock.tryLock']).toBe(1);
    expect(r.calls['Range.setValues']).toBeUndefined();
    expect(w.mail).toEqual([]);
  });
});
