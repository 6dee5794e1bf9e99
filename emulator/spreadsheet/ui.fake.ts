// SpreadsheetApp.getUi(): menus, alerts and prompts answered from scripted responses, sidebars and dialogs recorded.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { PlatformError } from '../runtime/errors.js';
import { makeEnum } from '../base/enum.js';
import { MenuFake, registerMenuHandle } from './menu.fake.js';
import { PromptResponseFake } from './prompt-response.fake.js';

type Ui = GoogleAppsScript.Base.Ui;
type Menu = GoogleAppsScript.Base.Menu;
type Button = GoogleAppsScript.Base.Button;
type HtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

export const ButtonEnum = makeEnum(['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSetEnum = makeEnum(['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
type ButtonName = keyof typeof ButtonEnum;
type ButtonSetName = keyof typeof ButtonSetEnum;

// https://developers.google.com/apps-script/reference/base/button-set — the buttons each set shows.
const BUTTONS: Record<ButtonSetName, ButtonName[]> = {
  OK: ['OK'], OK_CANCEL: ['OK', 'CANCEL'], YES_NO: ['YES', 'NO'], YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

// https://developers.google.com/apps-script/reference/base/ui — the UI exists only for a person at an open editor; time-driven
// triggers and web apps get "Cannot call SpreadsheetApp.getUi() from this context."
export const UI_CONTEXT_ERROR = 'Cannot call SpreadsheetApp.getUi() from this context.';

function assertUiContext(ctx: Ctx): void {
  if (ctx.exec.kind === 'time' || ctx.exec.kind === 'webapp') throw new PlatformError(UI_CONTEXT_ERROR);
}

function isButtonSet(v: unknown): v is ButtonSetName {
  return typeof v === 'string' && v in BUTTONS;
}

type DialogArgs = { title: string; message: string; buttons: ButtonSetName };

function dialogArgs(method: string, args: unknown[]): DialogArgs {
  if (args.length >= 3 && isButtonSet(String(args[2]))) return { title: String(args[0]), message: String(args[1]), buttons: String(args[2]) as ButtonSetName };
  if (args.length === 2 && isButtonSet(String(args[1]))) return { title: '', message: String(args[0]), buttons: String(args[1]) as ButtonSetName };
  if (args.length === 1) return { title: '', message: String(args[0]), buttons: 'OK' };
  const types = args.map((a) => (typeof a === 'string' ? 'String' : 'Object')).join(',');
  throw new PlatformError(`The parameters (${types}) don't match the method signature for Ui.${method}.`);
}

export class UiFake implements Pick<Ui, 'Button' | 'ButtonSet' | 'alert' | 'prompt' | 'createMenu' | 'createAddonMenu' | 'showSidebar' | 'showModalDialog' | 'showModelessDialog'> {
  readonly Button = ButtonEnum as unknown as typeof GoogleAppsScript.Base.Button;
  readonly ButtonSet = ButtonSetEnum as unknown as typeof GoogleAppsScript.Base.ButtonSet;

  constructor(private readonly ctx: Ctx) {
    assertUiContext(ctx);
  }

  private menu(name: string, addon: boolean): Menu {
    const fake = new MenuFake(this.ctx, name, addon);
    const handle = guard(fake, 'Menu');
    registerMenuHandle(handle, fake);
    return handle as unknown as Menu;
  }

  // https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle — building menus works in AuthMode.NONE.
  createMenu(caption: string): Menu {
    this.ctx.exec.call('Ui.createMenu', { latency: 'local', access: 'none' });
    return this.menu(String(caption), false);
  }

  // https://developers.google.com/apps-script/reference/base/ui#createAddonMenu() — a sub-menu of Extensions named after the add-on.
  createAddonMenu(): Menu {
    this.ctx.exec.call('Ui.createAddonMenu', { latency: 'local', access: 'none' });
    return this.menu(this.ctx.world.projectName, true);
  }

  /** The person's answer: the next scripted response, else the set's affirmative button (OK, or YES). */
  private answer(d: DialogArgs): { button: ButtonName; text: string } {
    const next = this.ctx.world.ui.responses.shift();
    if (!next) return { button: BUTTONS[d.buttons][0], text: '' };
    const button = String(next.button).toUpperCase() as ButtonName;
    // https://developers.google.com/apps-script/reference/base/button — CLOSE (the title bar's close button) is on every dialog.
    if (button !== 'CLOSE' && !BUTTONS[d.buttons].includes(button)) {
      throw new Error(`Scripted dialog answer "${next.button}" is not a button of ButtonSet.${d.buttons} (dialog: ${d.message}).`);
    }
    return { button, text: next.text ?? '' };
  }

  private record(kind: 'alert' | 'prompt', d: DialogArgs, button: ButtonName, text: string | null): void {
    this.ctx.world.ui.dialogs.push({
      kind, title: d.title, message: d.message, buttons: d.buttons, response: button, text,
      at: new Date(this.ctx.world.clock.now()).toISOString(),
    });
  }

  alert(...args: unknown[]): Button {
    assertUiContext(this.ctx);
    this.ctx.exec.call('Ui.alert', { latency: 'dialog', access: 'document' });
    const d = dialogArgs('alert', args);
    const { button } = this.answer(d);
    this.record('alert', d, button, null);
    return button as unknown as Button;
  }

  prompt(...args: unknown[]): GoogleAppsScript.Base.PromptResponse {
    assertUiContext(this.ctx);
    this.ctx.exec.call('Ui.prompt', { latency: 'dialog', access: 'document' });
    const d = dialogArgs('prompt', args);
    const { button, text } = this.answer(d);
    this.record('prompt', d, button, text);
    return guard(new PromptResponseFake(this.ctx, text, button), 'PromptResponse') as unknown as GoogleAppsScript.Base.PromptResponse;
  }

  showSidebar(userInterface: HtmlOutput): void {
    assertUiContext(this.ctx);
    // A sidebar needs the script.container.ui authorization a simple trigger does not have.
    this.ctx.exec.call('Ui.showSidebar', { latency: 'dialog', access: 'full' });
    const { title, html } = this.ctx.exec.asPlatform(() => ({ title: userInterface.getTitle(), html: userInterface.getContent() }));
    this.ctx.world.ui.sidebars.push({
      title, html, at: new Date(this.ctx.world.clock.now()).toISOString(),
    });
  }

  showModalDialog(userInterface: HtmlOutput, title: string): void {
    this.htmlDialog('modal', 'showModalDialog', userInterface, title);
  }

  showModelessDialog(userInterface: HtmlOutput, title: string): void {
    this.htmlDialog('modeless', 'showModelessDialog', userInterface, title);
  }

  private htmlDialog(kind: 'modal' | 'modeless', member: string, html: HtmlOutput, title: string): void {
    assertUiContext(this.ctx);
    this.ctx.exec.call(`Ui.${member}`, { latency: 'dialog', access: 'full' });
    // The platform reads the output to show it: not calls of the script.
    const content = this.ctx.exec.asPlatform(() => html.getContent());
    this.ctx.world.ui.dialogs.push({
      kind, title: String(title), message: content, buttons: '', response: null, text: null,
      at: new Date(this.ctx.world.clock.now()).toISOString(),
    });
  }
}

/** The guarded Ui handle of SpreadsheetApp.getUi(); throws in contexts without a UI. */
export function uiHandle(ctx: Ctx): Ui {
  return guard(new UiFake(ctx), 'Ui') as unknown as Ui;
}
