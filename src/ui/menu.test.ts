import { describe, expect, it } from 'vitest';
import { menuEntries, menuLanguage } from './menu.js';

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
    expect(en[0]).toEqual({ label: 'About OpsMind', fn: 'showAbout' });
  });
});
