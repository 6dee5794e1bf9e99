// Benchmark cases: each builds a sheet of the given size in the emulator and measures one operation of the built add-on.
import { Emulator } from '../../emulator/emulator.js';
import type { ExecutionRecord } from '../../emulator/runtime/execution.js';

export type BenchResult = { calls: number; roundTrips?: number; projectedMs: number; cpuMs: number; note?: string };
export type BenchCase = { name: string; sizes?: number[]; run: (rows: number) => BenchResult };

function measured(r: ExecutionRecord, note?: string): BenchResult {
  if (r.error) throw new Error(`${r.function} failed: ${r.error}`);
  return { calls: r.totalCalls, roundTrips: r.roundTrips, projectedMs: r.projectedMs, cpuMs: r.cpuMs, note };
}

function opsmind(): Emulator {
  return new Emulator({ projectDir: 'dist', projectName: 'OpsMind', now: '2026-11-16T08:00:00Z', user: 'anna@example.com' });
}

export const benchCases: BenchCase[] = [
  {
    name: 'onOpen: add-on menu (AuthMode.LIMITED)',
    sizes: [1_000],
    run: () => {
      const emu = opsmind();
      return measured(emu.open()[0], 'no document read; independent of rows');
    },
  },
];
