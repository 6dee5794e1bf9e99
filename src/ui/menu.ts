// The OpsMind add-on menu: one declarative list of items; each capability adds its own item here.

export type MenuLanguage = 'en' | 'de';

export type MenuItem = {
  /** The entry function (an export of src/entry.ts) the item calls. */
  fn: string;
  label: Record<MenuLanguage, string>;
};

/** The items in menu order. A separator is written as null. */
export const MENU_ITEMS: ReadonlyArray<MenuItem | null> = [
  // PRODUCT.md §6: the exact labels (the same as the catalogue's menu.setup, which a test checks).
  { fn: 'setUp', label: { en: 'Set up / repair', de: 'Einrichten / reparieren' } },
  // Issue 4: this exact label (the catalogue's menu.checkAll, which a test checks).
  { fn: 'checkAllRows', label: { en: 'Check all rows', de: 'Alle Zeilen prüfen' } },
  { fn: 'writeCrmStructure', label: { en: 'CRM structure document', de: 'CRM-Struktur-Dokument' } },
  null,
  { fn: 'showAbout', label: { en: 'About OpsMind', de: 'Über OpsMind' } },
  null,
  // PRODUCT.md §6: the exact labels (the catalogue's menu.automationsOn / menu.automationsOff).
  { fn: 'turnOnAutomations', label: { en: 'Turn on automations', de: 'Automatisierung einschalten' } },
  { fn: 'turnOffAutomations', label: { en: 'Turn off automations', de: 'Automatisierung ausschalten' } },
];

/** The menu's language from a spreadsheet or user locale such as "de_DE" or "de"; English otherwise. */
export function menuLanguage(locale: string | null | undefined): MenuLanguage {
  return locale && /^de([_-]|$)/i.test(locale) ? 'de' : 'en';
}

/** The labels and handlers to add, in order, for a language. */
export function menuEntries(lang: MenuLanguage): Array<{ label: string; fn: string } | null> {
  return MENU_ITEMS.map((item) => (item ? { label: item.label[lang], fn: item.fn } : null));
}
