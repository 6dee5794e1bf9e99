import { describe, expect, it } from 'vitest';
import { t } from '../core/i18n.js';
import { MENU_ITEMS, menuEntries, menuLanguage } from './menu.js';

describe('menu', () => {
  it('speaks German for German locales and English otherwise', () => {
    expect(menuLanguage('de_DE')).toBe('de');
    expect(menuLanguage('de')).toBe('de');
    expect(menuLanguage('en_US')).toBe('en');
    expect(menuLanguage('')).toBe('en');
    expect(menuLanguage(undefined)).toBe('en');
  });

  it('lists every item with a handler in both languages', () => {
    const en = menuEntries('en');
    const de = menuEntries('de');
    expect(en.length).toBe(de.length);
    for (const [i, item] of en.entries()) {
      if (item === null) expect(de[i]).toBeNull();
      else expect(de[i]?.fn).toBe(item.fn);
    }
    expect(en[0]).toEqual({ label: 'Set up / repair', fn: 'setUp' });
    expect(en).toContainEqual({ label: 'About OpsMind', fn: 'showAbout' });
  });

  it('carries the exact Set up / repair labels of PRODUCT.md §6 (the catalogue’s menu.setup)', () => {
    const setup = MENU_ITEMS.find((i) => i?.fn === 'setUp');
    expect(setup?.label).toEqual({ en: t('en', 'menu.setup'), de: t('de', 'menu.setup') });
    expect(MENU_ITEMS.find((i) => i?.fn === 'checkAllRows')?.label).toEqual({ en: t('en', 'menu.checkAll'), de: t('de', 'menu.checkAll') });
    expect(MENU_ITEMS.find((i) => i?.fn === 'writeCrmStructure')?.label).toEqual({ en: 'CRM structure document', de: 'CRM-Struktur-Dokument' });
  });
});
