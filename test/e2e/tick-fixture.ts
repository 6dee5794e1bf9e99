// A set-up OpsMind workbook for the tick's end-to-end tests: rows placed by header straight into the model, mail and Log read back.
import type { Emulator } from '../../emulator/emulator.js';
import type { WorldOptions } from '../../emulator/runtime/world.js';
import type { CellValue } from '../../emulator/spreadsheet/model.js';
import { findSheet, lastRow, readValues, writeValues } from '../../emulator/spreadsheet/spreadsheet-store.js';
import { opsmind } from './opsmind.js';

export const H = 3_600_000;
export const DAY = 24 * H;

export type Row = Record<string, CellValue>;

export class TickWorld {
  constructor(readonly emu: Emulator) {}

  /** Every value of a tab (header first), as the model holds it. */
  table(name: string): CellValue[][] {
    const sheet = findSheet(this.emu.spreadsheet, name);
    if (!sheet) throw new Error(`no tab ${name}`);
    const rows = Math.max(1, lastRow(sheet));
    return readValues(sheet, { sheetId: sheet.id, r1: 0, c1: 0, r2: rows - 1, c2: sheet.maxColumns - 1 }, { ss: this.emu.spreadsheet, now: this.emu.world.clock.now() });
  }

  /** Data rows as objects keyed by header. */
  rows(name: string): Row[] {
    const [header, ...rest] = this.table(name);
    return rest.filter((r) => r.some((v) => v !== '')).map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
  }

  /** Appends rows (by header) below the last row, as a script or an import would (no onEdit). */
  append(name: string, rows: readonly Row[]): void {
    const sheet = findSheet(this.emu.spreadsheet, name)!;
    const header = this.table(name)[0].map(String);
    const lines = rows.map((o) => {
      const line: CellValue[] = new Array<CellValue>(header.length).fill('');
      for (const [k, v] of Object.entries(o)) {
        const i = header.indexOf(k);
        if (i < 0) throw new Error(`${name} has no column ${k}`);
        line[i] = v;
      }
      return line;
    });
    writeValues(sheet, lastRow(sheet), 0, lines);
  }

  setting(label: string, value: CellValue): void {
    const r = this.emu.edit('Settings', { row: { Key: label }, column: 'Value' }, value);
    if (!r.accepted) throw new Error(`Settings ${label}: ${r.message}`);
  }

  /** The emails sent so far. */
  get mail() {
    return this.emu.world.mail.outbox;
  }

  subjects(): string[] {
    return this.mail.map((m) => `${m.to}: ${m.subject}`);
  }

  /** Log rows as "job key result". */
  log(): string[] {
    return this.rows('Log').map((r) => `${r.Job} ${r.Key} ${r.Result}`);
  }

  /** Moves the clock to an instant, firing every due trigger on the way. */
  until(iso: string) {
    return this.emu.advance(Date.parse(iso) - this.emu.world.clock.now());
  }

  ticks() {
    return this.emu.world.executions.filter((e) => e.function === 'tick');
  }
}

/** Monday 16 November 2026, 09:00 in Berlin: the spreadsheet is set up and automations are on for anna. */
export function tickWorld(opts: WorldOptions & { automations?: boolean; admin?: string } = {}): TickWorld {
  const emu = opsmind(opts);
  emu.open();
  const setup = emu.menu('setUp');
  if (setup.error) throw new Error(setup.error);
  const w = new TickWorld(emu);
  if (opts.admin !== '') w.setting(opts.locale?.startsWith('de') ? 'Admin-E-Mail' : 'Admin Email', opts.admin ?? 'boss@agency.de');
  if (opts.automations !== false) {
    const on = emu.menu('turnOnAutomations');
    if (on.error) throw new Error(on.error);
  }
  return w;
}

export const at = (iso: string) => new Date(iso);

const utc = (iso: string) => new Date(iso);

/** Four leads: Mia breaches New Lead's 24 h SLA, Tom is in the follow-up sequence, Eva is parked until Wednesday, Cleo is complete. */
export function pipeline(w: TickWorld, opts: { tomContactedAt?: string } = {}): void {
  const complete = { Company: 'Acme', Email: 'x@acme.de', 'Last Contact Date': utc('2026-11-12T23:00:00Z') };
  w.append('Leads', [
    { 'Lead ID': 'L-1', Name: 'Mia', Stage: 'New Lead', Owner: 'ana@agency.de', 'Stage Changed At': utc('2026-11-13T09:00:00Z'), ...complete, 'Next Step': 'Call', 'Next Step Date': utc('2026-12-20T23:00:00Z') },
    {
      'Lead ID': 'L-2', Name: 'Tom', Stage: 'Contacted', Owner: 'ana@agency.de', 'Stage Changed At': utc(opts.tomContactedAt ?? '2026-11-16T07:00:00Z'), ...complete,
      Source: 'Referral', 'First Contact Date': utc('2026-11-15T23:00:00Z'), 'Touchpoint Count': 1, 'Next Step': 'Call', 'Next Step Date': utc('2026-12-20T23:00:00Z'),
    },
    { 'Lead ID': 'L-3', Name: 'Eva', Stage: 'Nurturing', Owner: 'ben@agency.de', 'Stage Changed At': utc('2026-09-01T09:00:00Z'), ...complete, 'Reactivation Date': utc('2026-11-17T23:00:00Z') },
    {
      'Lead ID': 'L-4', Name: 'Cleo', Stage: 'Call Booked', Owner: 'cleo@agency.de', 'Stage Changed At': utc('2026-11-16T07:00:00Z'), ...complete,
      Source: 'Web', 'First Contact Date': utc('2026-11-10T23:00:00Z'), 'Touchpoint Count': 3, 'Call Date': utc('2026-11-19T23:00:00Z'), 'Call Notes': 'Budget ok',
      'BANT Score': 3, Qualified: true, 'Next Step': 'Call', 'Next Step Date': utc('2026-12-20T23:00:00Z'),
    },
  ]);
}

/** How often each value occurs more than once (empty when all are unique). */
export function repeats(values: readonly string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}
