// The naive twin's benchmark cases: the operations of cases.ts on the same sheet, run by a cell-by-cell implementation of the same rules.
import { Emulator } from '../../emulator/emulator.js';
import { Clock } from '../../emulator/runtime/clock.js';
import { PlatformErrors } from '../../emulator/runtime/errors.js';
import { EXECUTION_LIMIT_MS, SIMPLE_TRIGGER_LIMIT_MS, type ExecutionRecord } from '../../emulator/runtime/execution.js';
import { findSheet, lastColumn, lastRow } from '../../emulator/spreadsheet/spreadsheet-store.js';
import { warm, withLeads, type BenchCase, type BenchResult } from './cases.js';

/** Rows the naive "Check all rows" really runs over; larger sheets are scaled from it. */
const CHECK_ALL_ROWS = 1_000;
/** The size at which each naive case is checked against ours, cell for cell. */
const COMPARED_AT = 1_000;

/*
 * The emulator ends an execution once its clock passes the limit (30 s for onEdit, 6 min for a menu); the naive runs go
 * far past it. Their clock stands still instead, so every run goes to the end and is metered whole (calls and projected
 * ms come from the meter, not the clock); a run past its limit says so in its note. The OpsMind runs they are compared
 * with get a still clock too, so that both write the same timestamps.
 */
class StillClock extends Clock {
  override advance(): void {}
}

function stillClock(emu: Emulator): Emulator {
  emu.world.clock = new StillClock(emu.world.clock.now());
  return emu;
}

/** The very sheet withLeads built (its whole world: spreadsheet, properties, menus, clock), driven by the naive bundle in `dir`. */
function naiveOn(built: Emulator, dir: string): Emulator {
  const emu = new Emulator({ projectDir: dir });
  Object.assign(emu.world, built.world);
  return stillClock(emu);
}

function finished(r: ExecutionRecord): ExecutionRecord {
  const timedOut = r.error === PlatformErrors.timeout;
  if ((r.error && !timedOut) || r.calls['console.log'] !== 1) throw new Error(`naive ${r.function} did not finish: ${r.error ?? 'no error'}`);
  return r;
}

function lastOnEdit(emu: Emulator): ExecutionRecord {
  const r = emu.world.executions.filter((e) => e.function === 'onEdit').at(-1);
  if (!r) throw new Error('no onEdit ran');
  return finished(r);
}

function measured(r: ExecutionRecord, limitMs: number, note: string, scale = 1): BenchResult {
  const projectedMs = r.projectedMs * scale;
  const over = projectedMs > limitMs ? `; past the ${limitMs >= 60_000 ? `${limitMs / 60_000}-min` : `${limitMs / 1000} s`} limit` : '';
  return { calls: Math.round(r.totalCalls * scale), roundTrips: Math.round(r.roundTrips * scale), projectedMs, cpuMs: r.cpuMs * scale, emulatorMs: r.emulatorMs * scale, note: note + over };
}

/** A tab's cells as text (value, formula, note), '' and empty alike. */
function cellsOf(emu: Emulator, tab: string): string[] {
  const sheet = findSheet(emu.spreadsheet, tab);
  if (!sheet) throw new Error(`no ${tab} tab`);
  const text = (v: unknown) => (v === undefined || v === '' ? '' : v instanceof Date ? v.toISOString() : JSON.stringify(v));
  const out: string[] = [];
  for (let r = 0; r < lastRow(sheet); r++) {
    for (let c = 0; c < lastColumn(sheet); c++) {
      out.push(`R${r + 1}C${c + 1} ${text(sheet.values.get(r, c))} ${sheet.formulas.get(r, c) ?? ''} ${sheet.notes.get(r, c) ?? ''}`);
    }
  }
  return out;
}

/** Throws unless Leads and Stage History are the same, cell for cell, after the naive run and after ours. */
function assertSame(naive: Emulator, ours: Emulator, what: string): void {
  for (const tab of ['Leads', 'Stage History']) {
    const a = cellsOf(naive, tab);
    const b = cellsOf(ours, tab);
    const i = a.findIndex((cell, j) => cell !== b[j]);
    if (i >= 0 || a.length !== b.length) {
      throw new Error(`${what}: the naive run and OpsMind disagree on ${tab}: naive "${a[i] ?? '(no cell)'}", OpsMind "${b[i === -1 ? a.length : i] ?? '(no cell)'}"`);
    }
  }
}

/** One of cases.ts's Leads edits, on a warmed sheet: measured with the naive bundle; at COMPARED_AT also run by ours and compared. */
function editCase(name: string, dir: string, note: string, edit: (emu: Emulator, rows: number) => void): BenchCase {
  return {
    name,
    run: (rows) => {
      const emu = naiveOn(withLeads(rows), dir);
      warm(emu, rows);
      lastOnEdit(emu);
      edit(emu, rows);
      const r = lastOnEdit(emu);
      if (rows === COMPARED_AT) {
        const ours = stillClock(withLeads(rows));
        warm(ours, rows);
        edit(ours, rows);
        assertSame(emu, ours, name);
      }
      return measured(r, SIMPLE_TRIGGER_LIMIT_MS, note);
    },
  };
}

const pasted = Array.from({ length: 500 }, (_, i) => [`Pasted ${i + 1}`, `Paste Co ${i}`, `paste${i}@example.com`, 'Contacted']);

/** The naive counterparts of cases.ts's Leads cases, for the bundle `buildNaive()` wrote to `dir`. */
export function naiveCases(dir: string): BenchCase[] {
  return [
    editCase('naive: typed stage change, accepted', dir, 'header, row, Stages and Settings cell by cell; stage memory per lead', (emu, rows) => {
      emu.edit('Leads', `E${rows + 2}`, 'Contacted');
    }),
    editCase('naive: typed stage change, rejected', dir, 'as accepted, plus a setNote', (emu, rows) => {
      emu.edit('Leads', `E${rows}`, 'Contacted');
    }),
    editCase('naive: 500 rows pasted', dir, '500 rows read and written cell by cell; a setNote and a property per rejected stage', (emu, rows) => {
      emu.paste('Leads', `B${rows + 3}`, pasted);
    }),
    {
      name: 'naive: Check all rows',
      run: (rows) => {
        const n = Math.min(rows, CHECK_ALL_ROWS);
        const emu = naiveOn(withLeads(n), dir);
        const r = finished(emu.menu('checkAllRows'));
        if (n === COMPARED_AT) {
          const ours = stillClock(withLeads(n));
          const o = ours.menu('checkAllRows');
          if (o.error) throw new Error(`checkAllRows failed: ${o.error}`);
          assertSame(emu, ours, 'naive: Check all rows');
        }
        const note = 'Leads only, every cell read and every change written on its own';
        return measured(r, EXECUTION_LIMIT_MS, rows > n ? `${note}; scaled from ${n.toLocaleString('en-US')} rows` : note, rows / n);
      },
    },
  ];
}
