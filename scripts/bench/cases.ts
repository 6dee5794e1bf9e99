// Benchmark cases: each builds a sheet of the given size in the emulator and measures one operation of the built add-on.
import { Emulator } from '../../emulator/emulator.js';
import type { ExecutionRecord } from '../../emulator/runtime/execution.js';
import type { CellValue } from '../../emulator/spreadsheet/model.js';
import { findSheet, writeValues } from '../../emulator/spreadsheet/spreadsheet-store.js';

export type BenchResult = { calls: number; roundTrips?: number; projectedMs: number; cpuMs: number; emulatorMs?: number; note?: string };
export type BenchCase = { name: string; sizes?: number[]; run: (rows: number) => BenchResult };

function measured(r: ExecutionRecord, note?: string): BenchResult {
  if (r.error) throw new Error(`${r.function} failed: ${r.error}`);
  return { calls: r.totalCalls, roundTrips: r.roundTrips, projectedMs: r.projectedMs, cpuMs: r.cpuMs, emulatorMs: r.emulatorMs, note };
}

function opsmind(): Emulator {
  return new Emulator({ projectDir: 'dist', projectName: 'OpsMind', now: '2026-11-16T08:00:00Z', user: 'anna@example.com' });
}

const stages = ['New Lead', 'Contacted', 'Response', 'Call Booked', 'Offer Sent', 'Negotiation', 'Closed Won', 'Closed Lost', 'Nurturing'];

/** A set-up spreadsheet whose Leads tab holds `rows` leads, written straight into the model (no execution). */
export function withLeads(rows: number): Emulator {
  const emu = opsmind();
  emu.open();
  const setup = emu.menu('setUp');
  if (setup.error) throw new Error(setup.error);
  const leads = findSheet(emu.spreadsheet, 'Leads')!;
  const day = new Date('2026-11-02T00:00:00Z');
  const block: CellValue[][] = [];
  for (let i = 0; i < rows; i++) {
    block.push([`L-${i + 1}`, `Lead ${i + 1}`, `Company ${i % 997}`, `lead${i + 1}@example.com`, stages[i % stages.length], i % 2 ? 'anna@example.com' : 'bob@example.com', day, 'LinkedIn']);
  }
  writeValues(leads, 1, 0, block);
  return emu;
}

function onEdit(out: { executions: ExecutionRecord[] }): ExecutionRecord {
  const r = out.executions.find((e) => e.function === 'onEdit');
  if (!r) throw new Error('no onEdit ran');
  return r;
}

/** A lead with every field Contacted asks for (seed 000), from Name (B) to Next Step Date (AA), stage left blank. */
const readyForContacted = ['Ada Lovelace', 'Engines Ltd', 'ada@example.com', '', 'anna@example.com', '11/13/2026', 'Referral', '11/10/2026', 2, ...Array<string>(15).fill(''), 'Send deck', '11/20/2026'];

/**
 * One edit before the measured one, so the stage memory and the snapshot are there, as in a sheet in daily use; it
 * pastes a lead ready for Contacted into the row below the others (the leads fill rows 2 to rows + 1).
 */
export function warm(emu: Emulator, rows: number): void {
  onEdit(emu.paste('Leads', `B${rows + 2}`, [readyForContacted]));
}

export const benchCases: BenchCase[] = [
  {
    name: 'onOpen: add-on menu (AuthMode.LIMITED)',
    sizes: [1_000],
    run: () => {
      const emu = opsmind();
      return measured(emu.open()[0], 'reads only the set-up language (document properties); independent of rows');
    },
  },
  {
    name: 'Set up: blank spreadsheet',
    sizes: [0],
    run: () => {
      const emu = opsmind();
      emu.open();
      return measured(emu.menu('setUp'), '13 tabs created, laid out, filled; rules, protections, 34 flags');
    },
  },
  {
    name: 'Set up / repair: leads pasted below the rules',
    run: (rows) => {
      const emu = withLeads(rows);
      return measured(emu.menu('setUp'), 'extends rules, formats, flags and protections to the new rows');
    },
  },
  {
    name: 'Set up / repair: leads, all well',
    run: (rows) => {
      const emu = withLeads(rows);
      emu.menu('setUp');
      return measured(emu.menu('setUp'), 'header + first data row per tab; no row read one by one');
    },
  },
  {
    name: 'Leads onEdit: typed stage change, accepted',
    run: (rows) => {
      const emu = withLeads(rows);
      warm(emu, rows);
      return measured(onEdit(emu.edit('Leads', `E${rows + 2}`, 'Contacted')), 'header and the edited row read; the row and Stage History written in one run; no other tab read');
    },
  },
  {
    name: 'Leads onEdit: typed stage change, rejected',
    run: (rows) => {
      const emu = withLeads(rows);
      warm(emu, rows);
      return measured(onEdit(emu.edit('Leads', `E${rows}`, 'Contacted')), 'as accepted, plus the Stage cell\'s note read first and written in the same run (Strict rollback)');
    },
  },
  {
    name: 'Leads onEdit: 500 rows pasted',
    run: (rows) => {
      const emu = withLeads(rows);
      warm(emu, rows);
      const block = Array.from({ length: 500 }, (_, i) => [`Pasted ${i + 1}`, `Paste Co ${i}`, `paste${i}@example.com`, 'Contacted']);
      return measured(onEdit(emu.paste('Leads', `B${rows + 3}`, block)), 'validated row by row in one batch; Strict rolls back the 500 incomplete stages');
    },
  },
  {
    name: 'Stages onEdit: a stage renamed on the leads in it',
    run: (rows) => {
      const emu = withLeads(rows);
      const r = emu.edit('Stages', 'A2', 'Fresh Lead').executions.find((e) => e.function === 'onEdit')!;
      return measured(r, `dropdown and flags rebuilt; the Leads Stage column read once, the ${Math.ceil(rows / 9)} renamed cells written in one range list`);
    },
  },
  {
    name: 'Check all rows: every tab',
    run: (rows) => {
      const emu = withLeads(rows);
      // Edits happened since Set up (so the Stages/Settings snapshot is cached); every lead is still unchecked.
      warm(emu, rows);
      return measured(emu.menu('checkAllRows'), 'every tab read once (one call for all seven sheets), every lead derived; the written block read again (edits made meanwhile stay), then written once; summary dialog that does not block');
    },
  },
  {
    name: 'tick: 100k leads, 500k touchpoints, 50k costs',
    sizes: [100_000],
    run: (rows) => {
      const { emu, digestTick } = tickWorkbook(rows);
      const r = digestTick();
      const sends = r.calls['MailApp.sendEmail'] ?? 0;
      return { ...measured(r, `Digest Hour: every tab read once; ${r.totalCalls - sends} calls besides ${sends} sends; ${emu.world.mail.outbox.length} emails (one per owner)`) };
    },
  },
  {
    name: 'tick: an hour with only the budget check',
    sizes: [100_000],
    run: (rows) => {
      const { budgetTick } = tickWorkbook(rows);
      return measured(budgetTick(), 'Settings, Costs (rows/2), Budgets: the 23 other hours of a day');
    },
  },
];

/**
 * The tick's workbook: set up at 05:30 in Berlin with automations on, `leads` leads over 10 owners and the nine stages,
 * five touchpoints per lead (a third inbound) and leads/2 November cost rows, all written into the model.
 */
function tickWorkbook(leads: number): { emu: Emulator; budgetTick: () => ExecutionRecord; digestTick: () => ExecutionRecord } {
  const emu = new Emulator({ projectDir: 'dist', projectName: 'OpsMind', now: '2026-11-16T04:30:00Z', timeZone: 'Europe/Berlin', user: 'anna@example.com' });
  emu.open();
  for (const fn of ['setUp', 'turnOnAutomations']) {
    const r = emu.menu(fn);
    if (r.error) throw new Error(r.error);
  }
  const put = (name: string, rows: CellValue[][]) => writeValues(findSheet(emu.spreadsheet, name)!, 1, 0, rows);
  const day = (n: number) => new Date(Date.UTC(2026, 10, n, -1));
  const leadRows: CellValue[][] = [];
  for (let i = 0; i < leads; i++) {
    // Lead ID, Name, Company, Email, Stage, Owner, Last Contact Date, Source, First Contact Date, Touchpoint Count
    leadRows.push([`L-${i + 1}`, `Lead ${i + 1}`, `Company ${i % 997}`, `lead${i + 1}@example.com`, stages[i % stages.length], `owner${i % 10}@agency.de`, day(2), 'LinkedIn', day(1), 5]);
  }
  put('Leads', leadRows);
  const leadsSheet = findSheet(emu.spreadsheet, 'Leads')!;
  // Stage Changed At is column AI (35th): spread over the last 20 days so some SLAs are breached.
  writeValues(leadsSheet, 1, 34, leadRows.map((_, i) => [new Date(Date.UTC(2026, 10, 16 - (i % 20), 9))]));
  const touch: CellValue[][] = [];
  for (let i = 0; i < leads * 5; i++) touch.push([`T-${i + 1}`, `L-${(i % leads) + 1}`, day(1 + (i % 15)), 'Email', i % 3 === 0 ? 'Inbound' : 'Outbound']);
  put('Touchpoints', touch);
  const services = ['OpenAI', 'Anthropic', 'Hosting', 'Tools'];
  const costs: CellValue[][] = [];
  for (let i = 0; i < leads / 2; i++) costs.push([day(1 + (i % 15)), services[i % 4], '', '', 0.01]);
  put('Costs', costs);
  const at = (iso: string) => {
    const runs = emu.advance(Date.parse(iso) - emu.world.clock.now()).filter((r) => r.function === 'tick');
    if (runs.length === 0) throw new Error(`no tick by ${iso}`);
    return runs.at(-1)!;
  };
  return { emu, budgetTick: () => (at('2026-11-16T05:00:00Z'), at('2026-11-16T06:00:00Z')), digestTick: () => (at('2026-11-16T06:00:00Z'), at('2026-11-16T07:00:00Z')) };
}
