// A fresh emulator around the built add-on (dist/), as clasp would push it.
import { Emulator } from '../../emulator/emulator.js';
import type { WorldOptions } from '../../emulator/runtime/world.js';

export function opsmind(opts: WorldOptions = {}): Emulator {
  return new Emulator({
    projectDir: 'dist',
    projectName: 'OpsMind',
    spreadsheetName: 'Agency CRM',
    now: '2026-11-16T08:00:00Z',
    timeZone: 'Europe/Berlin',
    user: 'anna@example.com',
    ...opts,
  });
}
