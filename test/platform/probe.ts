// A fresh emulator around the platform-probe project, with a spreadsheet holding a rejecting dropdown on Sheet1!B2.
import { Emulator } from '../../emulator/emulator.js';
import type { WorldOptions } from '../../emulator/runtime/world.js';

export const PROBE_DIR = 'test/fixtures/platform';

export function probe(opts: WorldOptions = {}): Emulator {
  const emu = new Emulator({ projectDir: PROBE_DIR, now: '2026-11-16T08:00:00Z', user: 'anna@example.com', isAddon: false, ...opts });
  const setup = emu.run('echo', [null]);
  if (setup.record.error) throw new Error(setup.record.error);
  return emu;
}

/** The rows the probe's onEdit logged: [range, value, oldValue, authMode]. */
export function editLog(emu: Emulator): string[][] {
  const ss = emu.spreadsheet;
  const log = ss.sheets.find((s) => s.name === 'Log');
  if (!log) return [];
  const rows: string[][] = [];
  for (let r = 0; r < log.values.rowCount(); r++) {
    const row = log.values.row(r);
    if (row) rows.push([0, 1, 2, 3].map((c) => String(row[c] ?? '')));
  }
  return rows;
}
