// Ui.createMenu / createAddonMenu: a menu builder whose addToUi() records what the person sees in the menu bar.
import type { Ctx } from '../runtime/context.js';
import type { UiRecord } from '../runtime/world.js';

type Menu = GoogleAppsScript.Base.Menu;
type Item = UiRecord['menus'][number]['items'][number];

const menuItems = new WeakMap<object, () => { name: string; items: Item[] }>();

export class MenuFake implements Pick<Menu, 'addItem' | 'addSeparator' | 'addSubMenu' | 'addToUi'> {
  private readonly items: Item[] = [];

  constructor(private readonly ctx: Ctx, private readonly name: string, private readonly addon: boolean) {
    menuItems.set(this, () => ({ name: this.name, items: this.items }));
  }

  // https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle — menus must build in AuthMode.NONE.
  private step(member: string): Menu {
    this.ctx.exec.call(`Menu.${member}`, { latency: 'local', access: 'none' });
    return this as unknown as Menu;
  }

  addItem(caption: string, functionName: string): Menu {
    this.items.push({ label: String(caption), functionName: String(functionName) });
    return this.step('addItem');
  }

  addSeparator(): Menu {
    this.items.push({ label: '', functionName: null, separator: true });
    return this.step('addSeparator');
  }

  /** The sub-menu shows as an entry named after it; its items follow, each marked with the sub-menu's name. */
  addSubMenu(menu: Menu): Menu {
    const sub = menuItems.get(menu as object)?.();
    if (!sub) throw new Error('Menu.addSubMenu expects a Menu created by Ui.createMenu.');
    this.items.push({ label: sub.name, functionName: null, submenu: sub.name });
    for (const it of sub.items) this.items.push({ ...it, submenu: sub.name });
    return this.step('addSubMenu');
  }

  /** Shows the menu; a menu of the same name added earlier (e.g. by the previous onOpen) is replaced. */
  addToUi(): void {
    this.ctx.exec.call('Menu.addToUi', { latency: 'ui', access: 'none' });
    const menus = this.ctx.world.ui.menus;
    const record = { name: this.name, addon: this.addon, items: this.items.map((i) => ({ ...i })) };
    const at = menus.findIndex((m) => m.name === this.name && m.addon === this.addon);
    if (at >= 0) menus[at] = record;
    else menus.push(record);
  }
}

/** Registers a guarded handle so addSubMenu() can read the menu it wraps. */
export function registerMenuHandle(handle: object, fake: MenuFake): void {
  const read = menuItems.get(fake);
  if (read) menuItems.set(handle, read);
}
