// Runs a scenario file and writes its out folder: state.json, workbook.xlsx, mail/*.eml and drive/*.txt, then the summary.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { toEml, emlFileName } from '../../emulator/export/eml.js';
import { exportState, stringifyState, type StateJson } from '../../emulator/export/state.js';
import { writeXlsx } from '../../emulator/export/xlsx.js';
import type { World } from '../../emulator/runtime/world.js';
import { runScenario, type EmulatorFactory, type ScenarioRun } from './runner.js';
import { loadScenario } from './scenario.js';
import { summarize } from './summary.js';

export type RunToOutOptions = {
  /** The Apps Script project folder (default ./dist). */
  distDir?: string;
  /** Also write workbook.xlsx. */
  xlsx?: boolean;
  /** Write the host-dependent timings (cpuMs, projectedMs) as 0 so that two runs' state.json compare byte for byte. */
  stable?: boolean;
  createEmulator?: EmulatorFactory;
};

export type OutFiles = { state: string; xlsx: string | null; mail: string[]; drive: string[] };
export type SimulationResult = { run: ScenarioRun; state: StateJson; files: OutFiles; summary: string };

const TEXTUAL_EXTENSION = /\.[A-Za-z0-9]{1,5}$/;

/** A path segment that is safe on every file system (no separators, reserved characters or "..". */
function safeSegment(s: string): string {
  const cleaned = s.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/^\.+$/, '_').trim();
  return cleaned.slice(0, 120) || '_';
}

/** Where a Drive file's text goes under DIR/drive: its Drive path, ".txt" added unless it already has an extension. */
export function driveOutPath(path: string, mimeType: string): string {
  const segments = path.split('/').filter(Boolean).map(safeSegment);
  const last = segments.pop() ?? 'untitled';
  const keep = TEXTUAL_EXTENSION.test(last) && !mimeType.startsWith('application/vnd.google-apps.');
  return [...segments, keep ? last : `${last}.txt`].join('/');
}

function writeMail(world: World, state: StateJson, dir: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  if (state.mail.length === 0) return [];
  mkdirSync(dir, { recursive: true });
  return world.mail.outbox.map((m, i) => {
    const file = join(dir, emlFileName(i + 1, m.subject));
    writeFileSync(file, toEml(m, { timeZone: world.timeZone, index: i + 1 }));
    return file;
  });
}

function writeDrive(state: StateJson, dir: string): string[] {
  rmSync(dir, { recursive: true, force: true });
  const used = new Set<string>();
  const out: string[] = [];
  for (const f of state.drive) {
    // Trashed files and spreadsheets (whose content is the workbook itself) get no text file.
    if (f.trashed || f.mimeType === 'application/vnd.google-apps.spreadsheet') continue;
    let rel = driveOutPath(f.path, f.mimeType);
    for (let n = 2; used.has(rel.toLowerCase()); n++) rel = driveOutPath(f.path, f.mimeType).replace(/(\.[^./]+)$/, ` (${n})$1`);
    used.add(rel.toLowerCase());
    const file = join(dir, rel);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, f.text);
    out.push(file);
  }
  return out;
}

/** Runs `scenarioFile` and writes DIR/state.json (and the rest); returns everything, including the summary text. */
export async function simulate(scenarioFile: string, outDir: string, opts: RunToOutOptions = {}): Promise<SimulationResult> {
  const scenario = loadScenario(scenarioFile);
  const distDir = resolve(opts.distDir ?? 'dist');
  const run = await runScenario(scenario, { distDir, ...(opts.createEmulator ? { createEmulator: opts.createEmulator } : {}) });
  const world = run.emulator.world;
  const state = exportState(world, { timings: !opts.stable });
  const out = resolve(outDir);
  mkdirSync(out, { recursive: true });
  const files: OutFiles = { state: join(out, 'state.json'), xlsx: null, mail: [], drive: [] };
  writeFileSync(files.state, stringifyState(state));
  if (opts.xlsx) {
    files.xlsx = join(out, 'workbook.xlsx');
    await writeXlsx(world, files.xlsx);
  }
  files.mail = writeMail(world, state, join(out, 'mail'));
  files.drive = writeDrive(state, join(out, 'drive'));
  const summary = summarize({ scenarioFile, distDir, outDir: out, state, steps: run.stepResults, files });
  return { run, state, files, summary };
}

/** What `npm start` calls: runs the scenario, writes the out folder, returns the summary to print. */
export async function runToOut(scenarioFile: string, outDir: string, opts: RunToOutOptions = {}): Promise<string> {
  return (await simulate(scenarioFile, outDir, opts)).summary;
}
