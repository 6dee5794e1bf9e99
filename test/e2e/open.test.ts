// End to end: opening the spreadsheet builds the OpsMind add-on menu, in every auth mode and in the sheet's language.
import { describe, expect, it } from 'vitest';
import { opsmind } from './opsmind.js';

describe('opening the spreadsheet', () => {
  it('adds the OpsMind add-on menu in AuthMode.LIMITED', () => {
    const emu = opsmind();
    const [r] = emu.open();
    expect(r).toMatchObject({ function: 'onOpen', kind: 'simple', authMode: 'LIMITED', error: null });
    expect(emu.world.ui.menus).toHaveLength(1);
    expect(emu.world.ui.menus[0]).toMatchObject({ name: 'OpsMind', addon: true });
    const items = emu.world.ui.menus[0].items;
    expect(items.slice(0, 3)).toEqual([
      { label: 'Set up / repair', functionName: 'setUp' },
      { label: 'Check all rows', functionName: 'checkAllRows' },
      { label: 'CRM structure document', functionName: 'writeCrmStructure' },
    ]);
    expect(items).toContainEqual({ label: 'About OpsMind', functionName: 'showAbout' });
  });

  it('still builds the menu in AuthMode.NONE, touching no authorized service', () => {
    const emu = opsmind();
    emu.world.addonEnabledInDocument = false;
    const [r] = emu.open();
    expect(r).toMatchObject({ authMode: 'NONE', error: null });
    const labels = emu.world.ui.menus[0].items.map((i) => i.label);
    expect(labels.slice(0, 3)).toEqual(['Set up / repair', 'Check all rows', 'CRM structure document']);
    expect(labels).toContain('About OpsMind');
  });

  it('labels the menu in German for a German spreadsheet', () => {
    const emu = opsmind({ locale: 'de_DE' });
    emu.open();
    const labels = emu.world.ui.menus[0].items.map((i) => i.label);
    expect(labels.slice(0, 3)).toEqual(['Einrichten / reparieren', 'Alle Zeilen prüfen', 'CRM-Struktur-Dokument']);
    expect(labels).toContain('Über OpsMind');
  });

  it('opens the About dialog from the menu', () => {
    const emu = opsmind();
    emu.open();
    const r = emu.menu('About OpsMind');
    expect(r.error).toBeNull();
    expect(emu.world.ui.dialogs.at(-1)).toMatchObject({ kind: 'alert', title: 'OpsMind' });
  });
});
