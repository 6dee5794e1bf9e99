// A fresh emulator around the built add-on (dist/), as clasp would push it, and helpers the end-to-end tests share.
import { Emulator } from '../../emulator/emulator.js';
import { exportState, type StateJson } from '../../emulator/export/state.js';
import type { WorldOptions } from '../../emulator/runtime/world.js';
import type { ExecutionRecord } from '../../emulator/runtime/execution.js';
import { findSheet } from '../../emulator/spreadsheet/spreadsheet-store.js';
import type { SheetModel } from '../../emulator/spreadsheet/model.js';

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

/** Opens the spreadsheet and clicks Set up / repair (in the menu's language), answering the first-run questions with OK. */
export function setUp(opts: WorldOptions = {}): { emu: Emulator; run: ExecutionRecord } {
  const emu = opsmind(opts);
  emu.open();
  const run = emu.menu('setUp');
  if (run.error) throw new Error(run.error);
  return { emu, run };
}

/** What a second run must leave identical: every tab (values, rules, formats, protections) and the properties. */
export function sheetsAndProperties(emu: Emulator): Pick<StateJson, 'sheets' | 'properties'> {
  const s = exportState(emu.world, { timings: false });
  return { sheets: s.sheets, properties: s.properties };
}

/** A tab of the active spreadsheet's model. */
export function sheetModel(emu: Emulator, name: string): SheetModel {
  const sheet = findSheet(emu.spreadsheet, name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The last dialog's text (the Set up summary; an HTML dialog's markup reduced to its text, as a person reads it). */
export function lastDialog(emu: Emulator): string {
  const d = emu.world.ui.dialogs.at(-1);
  if (!d) return '';
  if (d.kind !== 'modal' && d.kind !== 'modeless') return d.message;
  return d.message.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (e) => entities[e]);
}
