// A set-up OpsMind workbook for the hygiene end-to-end tests: leads typed and pasted as a person would, notes and toasts read back.
import type { WorldOptions } from '../../emulator/runtime/world.js';
import type { ExecutionRecord } from '../../emulator/runtime/execution.js';
import { findSheet } from '../../emulator/spreadsheet/spreadsheet-store.js';
import { TickWorld, type Row } from './tick-fixture.js';
import { opsmind } from './opsmind.js';

/** Every field Contacted asks for (seed 000), so a lead can move there. */
export const contactedLead = {
  Name: 'Ada Lovelace',
  Company: 'Analytical Engines Ltd',
  Email: 'ada@example.com',
  'Last Contact Date': '2026-11-13',
  Source: 'Referral',
  'First Contact Date': '2026-11-10',
  'Touchpoint Count': 2,
  'Next Step': 'Send deck',
  'Next Step Date': '2026-11-20',
} as const;

export class HygieneWorld extends TickWorld {
  /** The column letter of a header on a tab. */
  col(tab: string, header: string): string {
    const i = this.table(tab)[0].map(String).indexOf(header);
    if (i < 0) throw new Error(`${tab} has no column ${header}`);
    return letter(i);
  }

  /** Types one cell of a Leads row (1-based sheet row) by header; returns the onEdit execution. */
  type(row: number, header: string, value: unknown, as?: string): ExecutionRecord {
    const out = this.emu.edit('Leads', `${this.col('Leads', header)}${row}`, value, as);
    if (!out.accepted) throw new Error(`refused: ${out.message}`);
    return only(out.executions);
  }

  /** Pastes rows of values keyed by header at a sheet row: one contiguous block from the first to the last header named. */
  pasteRows(row: number, rows: readonly Record<string, unknown>[]): ExecutionRecord {
    const header = this.table('Leads')[0].map(String);
    const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].map((k) => header.indexOf(k));
    if (keys.includes(-1)) throw new Error('unknown header');
    const c1 = Math.min(...keys);
    const c2 = Math.max(...keys);
    const current = this.table('Leads');
    const block = rows.map((r, i) => header.slice(c1, c2 + 1).map((h, j) => (h in r ? r[h] : (current[row - 1 + i]?.[c1 + j] ?? ''))));
    const out = this.emu.paste('Leads', `${letter(c1)}${row}`, block);
    if (!out.accepted) throw new Error(`refused: ${out.message}`);
    return only(out.executions);
  }

  /** A lead typed cell by cell into a row, as a person fills a new line. */
  typeLead(row: number, fields: Record<string, unknown>): void {
    for (const [h, v] of Object.entries(fields)) this.type(row, h, v);
  }

  lead(row: number): Row {
    const [header, ...rest] = this.table('Leads');
    const line = rest[row - 2] ?? [];
    return Object.fromEntries(header.map((h, i) => [String(h), line[i] ?? '']));
  }

  /** The note on a Leads cell (by header). */
  note(row: number, header: string): string {
    const sheet = findSheet(this.emu.spreadsheet, 'Leads')!;
    const c = this.table('Leads')[0].map(String).indexOf(header);
    return sheet.notes.get(row - 1, c) ?? '';
  }

  /** A person writes a note on a Leads cell (Insert > Note: no trigger fires). */
  writeNote(row: number, header: string, text: string): void {
    const sheet = findSheet(this.emu.spreadsheet, 'Leads')!;
    sheet.notes.set(row - 1, this.table('Leads')[0].map(String).indexOf(header), text);
  }

  toasts(): string[] {
    return this.emu.world.ui.toasts.map((t) => t.message);
  }
}

/** 0 -> A, 26 -> AA. */
function letter(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function only(executions: readonly ExecutionRecord[]): ExecutionRecord {
  const ex = executions.find((e) => e.function === 'onEdit') ?? executions[0];
  if (!ex) throw new Error('no onEdit ran');
  if (ex.error) throw new Error(`onEdit failed: ${ex.error}`);
  return ex;
}

/** Opens the spreadsheet and runs Set up / repair; Enforcement as asked. */
export function hygieneWorld(opts: WorldOptions & { enforcement?: 'Strict' | 'Soft' } = {}): HygieneWorld {
  const emu = opsmind(opts);
  emu.open();
  const setup = emu.menu('setUp');
  if (setup.error) throw new Error(setup.error);
  const w = new HygieneWorld(emu);
  if (opts.enforcement === 'Soft') w.setting('Enforcement', 'Soft');
  return w;
}
