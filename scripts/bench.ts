// The benchmark: service calls, projected Apps Script time and local CPU time per operation at 1k, 10k and 100k rows.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { benchCases } from './bench/cases.js';
import { buildNaive } from './bench/naive/build.js';
import { naiveCases } from './bench/naive-cases.js';

const SIZES = [1_000, 10_000, 100_000];

function coldLoad(): { kib: number; ms: number } {
  const code = readFileSync('dist/Code.js', 'utf8');
  const t0 = performance.now();
  const runs = 20;
  for (let i = 0; i < runs; i++) vm.runInNewContext(code, {});
  return { kib: code.length / 1024, ms: (performance.now() - t0) / runs };
}

function pad(s: string | number, n: number, left = false): string {
  const t = String(s);
  return left ? t.padStart(n) : t.padEnd(n);
}

const load = coldLoad();
console.log(`dist/Code.js: ${load.kib.toFixed(1)} KiB, cold load ${load.ms.toFixed(2)} ms (mean of 20 fresh contexts)\n`);
const header = `${pad('operation', 46)} ${pad('rows', 8, true)} ${pad('calls', 7, true)} ${pad('trips', 6, true)} ${pad('projected ms', 13, true)} ${pad('CPU ms', 9, true)} ${pad('emu ms', 8, true)}  note`;
console.log(header);
console.log('-'.repeat(header.length + 10));
const naive = naiveCases(await buildNaive());
for (const c of [...benchCases, ...naive]) {
  for (const rows of c.sizes ?? SIZES) {
    const r = c.run(rows);
    console.log(
      `${pad(c.name, 46)} ${pad(rows.toLocaleString('en-US'), 8, true)} ${pad(r.calls, 7, true)} ${pad(r.roundTrips ?? '', 6, true)} ${pad(Math.round(r.projectedMs).toLocaleString('en-US'), 13, true)} ${pad(r.cpuMs.toFixed(1), 9, true)} ${pad(r.emulatorMs === undefined ? '' : r.emulatorMs.toFixed(0), 8, true)}  ${r.note ?? ''}`,
    );
  }
}
console.log('\nnaive: the same rules with cell-by-cell access (scripts/bench/naive); its runs are not cut at the time limit, and its Check all rows above 1,000 rows is scaled from 1,000.');
console.log('calls: service calls (builders and Utilities excluded); trips: Sheets round trips (each read, structural change and flush; a run of writes is one, as Apps Script caches writes); projected ms: emulator latency model (emulator/runtime/latency.ts) + CPU.');
console.log('CPU ms: the script\'s own CPU time; emu ms: time inside the fake services, which stand for the platform\'s side of the calls (charged by the latency model, not counted as CPU).');
