// End to end: the CRM structure document lands in the Drive folder "OpsMind", one file per day, from the live Stages tab.
import { describe, expect, it } from 'vitest';
import { exportState } from '../../emulator/export/state.js';
import { lastDialog, setUp } from './opsmind.js';

const docs = (emu: ReturnType<typeof setUp>['emu']) => exportState(emu.world).drive.filter((f) => f.name.endsWith('-crm-structure.md'));

describe('the CRM structure document', () => {
  it('writes YYYY-MM-DD-crm-structure.md (day in the spreadsheet time zone) into the folder OpsMind', () => {
    const { emu } = setUp({ now: '2026-11-16T23:30:00Z' });
    const run = emu.menu('CRM structure document');
    expect(run.error).toBeNull();
    const files = docs(emu);
    expect(files.map((f) => f.path)).toEqual(['My Drive/OpsMind/2026-11-17-crm-structure.md']);
    expect(files[0].text).toContain('# OpsMind CRM structure');
    expect(files[0].text).toContain('| 1 | New Lead | Open | 24 h | 5% | Pipeline |');
    expect(lastDialog(emu)).toBe('Saved “2026-11-17-crm-structure.md” in the Drive folder “OpsMind”.');
    expect(exportState(emu.world).properties.document['opsmind.driveFolderId']).toBeTruthy();
  });

  it('replaces the content on a second run the same day, following the live Stages tab', () => {
    const { emu } = setUp();
    emu.menu('CRM structure document');
    emu.edit('Stages', 'A2', 'Fresh Lead');
    emu.menu('CRM structure document');
    const files = docs(emu);
    expect(files).toHaveLength(1);
    expect(files[0].text).toContain('| 1 | Fresh Lead |');
    expect(files[0].path).toBe('My Drive/OpsMind/2026-11-16-crm-structure.md');
    expect(lastDialog(emu)).toContain('Updated “2026-11-16-crm-structure.md”');
  });

  it('writes the German document for a German set up, with the German menu label', () => {
    const { emu } = setUp({ locale: 'de_DE' });
    emu.menu('CRM-Struktur-Dokument');
    expect(docs(emu)[0].text).toContain('# OpsMind CRM-Struktur');
  });
});
