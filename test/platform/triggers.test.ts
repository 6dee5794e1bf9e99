// Contract tests: simple and installable triggers, event objects and what fires them.
import { describe, expect, it } from 'vitest';
import { editLog, probe } from './probe.js';

describe('simple onEdit', () => {
  // https://developers.google.com/apps-script/guides/triggers/events#edit — value and oldValue for a single-cell edit.
  it('carries value and oldValue for a one-cell edit, oldValue absent when the cell was empty', () => {
    const emu = probe();
    emu.edit('Sheet1', 'B2', 'first');
    emu.edit('Sheet1', 'B2', 'second');
    expect(editLog(emu)).toEqual([
      ['B2', 'first', '(none)', 'LIMITED'],
      ['B2', 'second', 'first', 'LIMITED'],
    ]);
  });

  it('carries neither value nor oldValue for a paste', () => {
    const emu = probe();
    emu.paste('Sheet1', 'B2', [['a', 'b'], ['c', 'd']]);
    expect(editLog(emu)).toEqual([['B2:C3', '(none)', '(none)', 'LIMITED']]);
  });

  // https://developers.google.com/apps-script/guides/triggers#onedite — script writes do not fire onEdit.
  it('is not fired by script writes', () => {
    const emu = probe();
    emu.edit('Sheet1', 'Z1', 'write');
    expect(emu.spreadsheet.sheets[0].values.get(0, 24)).toBe('written by script');
    expect(editLog(emu)).toHaveLength(1);
  });

  // https://developers.google.com/apps-script/guides/triggers#restrictions — no services that need authorization.
  it('runs in AuthMode.LIMITED and cannot send email', () => {
    const emu = probe();
    emu.edit('Sheet1', 'Z1', 'mail');
    const r = emu.edit('Sheet1', 'B3', 'x').executions[0];
    expect(r).toMatchObject({ function: 'onEdit', kind: 'simple', authMode: 'LIMITED' });
    expect(r.error).toMatch(/You do not have permission to call MailApp.sendEmail/);
    expect(emu.world.mail.outbox).toHaveLength(0);
  });

  // https://developers.google.com/apps-script/guides/triggers#restrictions — simple triggers run at most 30 seconds.
  it('stops after 30 seconds', () => {
    const emu = probe();
    emu.edit('Sheet1', 'Z1', 'sleep');
    expect(emu.edit('Sheet1', 'B3', 'x').executions[0].error).toMatch(/Exceeded maximum execution time/);
  });
});

describe('onOpen', () => {
  it('builds the menu in LIMITED mode for a bound script', () => {
    const emu = probe();
    const [r] = emu.open();
    expect(r).toMatchObject({ function: 'onOpen', kind: 'simple', authMode: 'LIMITED', error: null });
    expect(emu.world.ui.menus.map((m) => m.name)).toEqual(['Probe']);
  });

  // https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle#authorization_modes — NONE before the add-on is used.
  it('runs in AuthMode.NONE for an add-on not yet used in the document, where properties are off limits', () => {
    const emu = probe({ isAddon: true });
    emu.world.addonEnabledInDocument = false;
    const [r] = emu.open();
    expect(r.authMode).toBe('NONE');
    expect(r.error).toMatch(/You do not have permission to call PropertiesService.getScriptProperties/);
    expect(emu.world.ui.menus.map((m) => m.name)).toEqual(['Probe']);
  });
});

describe('time-driven triggers', () => {
  // https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers — runs as the creator.
  it('fire hourly as the clock advances, as the user who created them', () => {
    const emu = probe();
    expect(emu.run('installHourly', [], { user: 'bob@example.com' }).record.error).toBeNull();
    const runs = emu.advance(3 * 3600_000 + 60_000);
    expect(runs.map((r) => [r.function, r.kind, r.user])).toEqual([
      ['tick', 'time', 'bob@example.com'],
      ['tick', 'time', 'bob@example.com'],
      ['tick', 'time', 'bob@example.com'],
    ]);
    expect(emu.world.properties.script.get('ticks')).toBe('3');
  });
});

describe('a person typing', () => {
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)
  it('is refused by a rejecting validation while a script write is not checked', () => {
    const emu = probe();
    const sheet = emu.spreadsheet.sheets[0];
    sheet.validations.set(1, 1, { criteria: 'VALUE_IN_LIST', args: [['Open', 'Done'], true], showDropdown: true, allowInvalid: false, helpText: 'Pick Open or Done' });
    const out = emu.edit('Sheet1', 'B2', 'Maybe');
    expect(out).toMatchObject({ accepted: false, message: 'Pick Open or Done', executions: [] });
    expect(sheet.values.get(1, 1)).toBeUndefined();
    expect(emu.edit('Sheet1', 'B2', 'Done').accepted).toBe(true);
  });
});

describe('installable onChange', () => {
  // https://developers.google.com/apps-script/guides/triggers/events#change — changeType INSERT_GRID for a new sheet,
  // OTHER for changes without a type of their own (a tab dragged elsewhere); structural changes fire no onEdit.
  it('reports a person adding a sheet as INSERT_GRID and dragging a tab as OTHER, with no onEdit', () => {
    const emu = probe();
    expect(emu.run('installChangeTrigger').record.error).toBeNull();
    const added = emu.addSheet('Extra', 1);
    const moved = emu.moveSheet('Extra', 2);
    expect(emu.world.properties.script.get('changes')).toBe('INSERT_GRID;OTHER;');
    expect([...added, ...moved].map((r) => r.function)).toEqual(['logChange', 'logChange']);
    expect(emu.spreadsheet.sheets.find((s) => s.name === 'Extra')?.index).toBe(1);
    expect(editLog(emu)).toEqual([]);
  });
});
