import { describe, it, expect } from 'vitest';
import { makeCtx } from '../runtime/testing.js';
import { uiHandle, UI_CONTEXT_ERROR } from './ui.fake.js';

type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;

function html(title: string, content: string): HtmlOutput {
  return { getTitle: () => title, getContent: () => content } as unknown as HtmlOutput;
}

describe('Ui menus', () => {
  it('addToUi records the menu with its items, separators and sub-menus', () => {
    const ctx = makeCtx();
    const ui = uiHandle(ctx);
    const more = ui.createMenu('More').addItem('Export', 'exportAll');
    ui.createMenu('OpsMind').addItem('Set up', 'setup').addSeparator().addSubMenu(more).addToUi();
    expect(ctx.world.ui.menus).toEqual([{
      name: 'OpsMind', addon: false, items: [
        { label: 'Set up', functionName: 'setup' },
        { label: '', functionName: null, separator: true },
        { label: 'More', functionName: null, submenu: 'More' },
        { label: 'Export', functionName: 'exportAll', submenu: 'More' },
      ],
    }]);
  });

  it('an add-on menu is named after the project and replaces the one added before', () => {
    const ctx = makeCtx({ projectName: 'OpsMind' });
    uiHandle(ctx).createAddonMenu().addItem('Old', 'old').addToUi();
    uiHandle(ctx).createAddonMenu().addItem('Open sidebar', 'showSidebar').addToUi();
    expect(ctx.world.ui.menus).toEqual([{ name: 'OpsMind', addon: true, items: [{ label: 'Open sidebar', functionName: 'showSidebar' }] }]);
  });

  it('menus can be built in AuthMode.NONE (an add-on not yet enabled in the document)', () => {
    const ctx = makeCtx({}, { authMode: 'NONE', kind: 'simple' });
    expect(() => uiHandle(ctx).createAddonMenu().addItem('Start', 'start').addToUi()).not.toThrow();
    expect(ctx.world.ui.menus).toHaveLength(1);
  });

  it('a missing member throws the guard error', () => {
    const menu = uiHandle(makeCtx()).createMenu('X') as unknown as Record<string, unknown>;
    expect(() => menu.removeItem).toThrow('not implemented in emulator: Menu.removeItem');
  });
});

describe('Ui dialogs', () => {
  it('alerts consume scripted responses in order and default to OK (or YES for YES_NO)', () => {
    const ctx = makeCtx();
    ctx.world.ui.responses.push({ button: 'NO' });
    const ui = uiHandle(ctx);
    expect(String(ui.alert('Delete?', 'Really delete 3 rows?', ui.ButtonSet.YES_NO))).toBe('NO');
    expect(String(ui.alert('Delete?', 'Really?', ui.ButtonSet.YES_NO))).toBe('YES');
    expect(ui.alert('Done') === ui.Button.OK).toBe(true);
    expect(ctx.world.ui.dialogs.map((d) => [d.kind, d.title, d.message, d.buttons, d.response])).toEqual([
      ['alert', 'Delete?', 'Really delete 3 rows?', 'YES_NO', 'NO'],
      ['alert', 'Delete?', 'Really?', 'YES_NO', 'YES'],
      ['alert', '', 'Done', 'OK', 'OK'],
    ]);
  });

  it('a prompt returns the scripted text and button; unscripted it is OK with empty text', () => {
    const ctx = makeCtx();
    ctx.world.ui.responses.push({ button: 'OK', text: 'Ana' });
    const ui = uiHandle(ctx);
    const first = ui.prompt('Your name?');
    expect(first.getResponseText()).toBe('Ana');
    expect(first.getSelectedButton()).toBe(ui.Button.OK);
    const second = ui.prompt('Title', 'Again?', ui.ButtonSet.OK_CANCEL);
    expect(second.getResponseText()).toBe('');
    expect(String(second.getSelectedButton())).toBe('OK');
    expect(ctx.world.ui.dialogs[0]).toMatchObject({ kind: 'prompt', message: 'Your name?', response: 'OK', text: 'Ana' });
  });

  it('the close button is always possible; a button outside the set is a scenario error', () => {
    const ctx = makeCtx();
    ctx.world.ui.responses.push({ button: 'CLOSE' }, { button: 'NO' });
    const ui = uiHandle(ctx);
    expect(String(ui.alert('Hi'))).toBe('CLOSE');
    expect(() => ui.alert('Hi', ui.ButtonSet.OK_CANCEL)).toThrow(/not a button of ButtonSet.OK_CANCEL/);
  });

  it('rejects argument shapes Ui.alert does not have', () => {
    const ui = uiHandle(makeCtx());
    expect(() => (ui.alert as (...a: unknown[]) => unknown)('a', 'b')).toThrow("The parameters (String,String) don't match the method signature for Ui.alert.");
  });

  it('sidebars and HTML dialogs are recorded with their title and content', () => {
    const ctx = makeCtx();
    const ui = uiHandle(ctx);
    ui.showSidebar(html('OpsMind', '<p>Hello</p>'));
    ui.showModalDialog(html('', '<b>Pick</b>'), 'Choose a lead');
    ui.showModelessDialog(html('', '<i>x</i>'), 'Notes');
    expect(ctx.world.ui.sidebars).toEqual([{ title: 'OpsMind', html: '<p>Hello</p>', at: '2026-11-16T08:00:00.100Z' }]);
    expect(ctx.world.ui.dialogs.map((d) => [d.kind, d.title, d.message])).toEqual([['modal', 'Choose a lead', '<b>Pick</b>'], ['modeless', 'Notes', '<i>x</i>']]);
  });

  it('dialogs need the document (AuthMode.LIMITED): not available in AuthMode.NONE', () => {
    const ctx = makeCtx({}, { authMode: 'NONE', kind: 'simple' });
    expect(() => uiHandle(ctx).alert('hi')).toThrow(/You do not have permission to call Ui.alert/);
  });

  it('getUi fails in a time-driven trigger and in a web app', () => {
    expect(() => uiHandle(makeCtx({}, { kind: 'time' }))).toThrow(UI_CONTEXT_ERROR);
    expect(() => uiHandle(makeCtx({}, { kind: 'webapp' }))).toThrow(UI_CONTEXT_ERROR);
    expect(UI_CONTEXT_ERROR).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('ButtonSet values passed in from a script select the buttons', () => {
    const ctx = makeCtx();
    ctx.world.ui.responses.push({ button: 'CANCEL' });
    const ui = uiHandle(ctx);
    expect(String(ui.alert('t', 'm', 'YES_NO_CANCEL' as unknown as ButtonSet))).toBe('CANCEL');
  });
});
