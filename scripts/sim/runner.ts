// Plays a parsed scenario against the emulator, one host API call per step, and records what each step caused.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EmulatorApi, EmulatorOptions } from '../../emulator/api.js';
import type { ExecutionRecord } from '../../emulator/runtime/execution.js';
import { FaultMessages } from '../../emulator/runtime/faults.js';
import { ScenarioError, type Scenario, type Step } from './scenario.js';

/** What one step did: the executions it caused (their errors included) and, for edits and calls, the outcome. */
export type StepResult = {
  index: number;
  kind: Step['kind'];
  line: number;
  as?: string;
  executions: ExecutionRecord[];
  /** Edits and pastes: false when a rejecting data validation refused the input. */
  accepted?: boolean;
  message?: string;
  /** run / call / post: the function's return value. */
  result?: unknown;
};

export type EmulatorFactory = (opts: EmulatorOptions) => EmulatorApi | Promise<EmulatorApi>;

export type RunScenarioOptions = {
  /** The Apps Script project folder (clasp's rootDir): OpsMind's dist/ or any other project. */
  distDir: string;
  onStep?: (result: StepResult, step: Step) => void;
  /** Builds the emulator; defaults to the real one (tests may pass a recording stand-in). */
  createEmulator?: EmulatorFactory;
};

export type ScenarioRun = { emulator: EmulatorApi; stepResults: StepResult[] };

const DEFAULT_PROJECT_NAME = 'OpsMind';

/** Runs every step in order. Script errors are recorded and the run goes on; a step the runner cannot carry out stops it. */
export async function runScenario(scenario: Scenario, opts: RunScenarioOptions): Promise<ScenarioRun> {
  const distDir = resolve(opts.distDir);
  if (!existsSync(distDir) || !statSync(distDir).isDirectory()) {
    throw new Error(`project folder not found: ${opts.distDir} (run \`npm run build\` first, or pass --dist DIR)`);
  }
  const emulatorOptions = emulatorOptionsFor(scenario, distDir);
  const create = opts.createEmulator ?? defaultFactory;
  const emulator = await create(emulatorOptions);
  const stepResults: StepResult[] = [];
  for (const step of scenario.steps) {
    let result: StepResult;
    try {
      result = runStep(emulator, step);
    } catch (e) {
      if (e instanceof ScenarioError) throw e;
      const err = new ScenarioError(scenario.file, step.line, (e as Error).message ?? String(e), { index: step.index, kind: step.kind });
      (err as Error & { cause?: unknown }).cause = e;
      throw err;
    }
    stepResults.push(result);
    opts.onStep?.(result, step);
  }
  return { emulator, stepResults };
}

async function defaultFactory(options: EmulatorOptions): Promise<EmulatorApi> {
  const { Emulator } = await import('../../emulator/emulator.js');
  return new Emulator(options);
}

/** The emulator's options: the project folder, the workspace's world settings and the project's title. */
export function emulatorOptionsFor(scenario: Scenario, distDir: string): EmulatorOptions {
  const ws = scenario.workspace;
  const o: EmulatorOptions = { projectDir: distDir, projectName: ws.projectName ?? manifestName(distDir) ?? DEFAULT_PROJECT_NAME };
  if (ws.now !== undefined) o.now = ws.now;
  if (ws.timeZone !== undefined) o.timeZone = ws.timeZone;
  if (ws.locale !== undefined) o.locale = ws.locale;
  if (ws.user !== undefined) o.user = ws.user;
  if (ws.account !== undefined) o.account = ws.account;
  if (ws.seed !== undefined) o.seed = ws.seed;
  if (ws.addon !== undefined) o.isAddon = ws.addon;
  if (ws.spreadsheetName !== undefined) o.spreadsheetName = ws.spreadsheetName;
  return o;
}

/** A Workspace add-on manifest names its add-on in addOns.common.name; editor add-ons and bound scripts have no name there. */
function manifestName(distDir: string): string | undefined {
  const file = join(distDir, 'appsscript.json');
  if (!existsSync(file)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as { addOns?: { common?: { name?: unknown } } };
    const name = manifest.addOns?.common?.name;
    return typeof name === 'string' && name !== '' ? name : undefined;
  } catch {
    throw new Error(`${file} is not valid JSON`);
  }
}

function runStep(emu: EmulatorApi, step: Step): StepResult {
  const base = { index: step.index, kind: step.kind, line: step.line, ...(step.as ? { as: step.as } : {}) };
  switch (step.kind) {
    case 'open':
      return { ...base, executions: emu.open(step.as) };
    case 'menu':
      return { ...base, executions: [emu.menu(step.item, step.as)] };
    case 'edit': {
      const out = emu.edit(step.sheet, step.cell, step.value, step.as);
      return { ...base, executions: out.executions, accepted: out.accepted, ...(out.message ? { message: out.message } : {}) };
    }
    case 'paste': {
      const out = emu.paste(step.sheet, step.cell, step.values, step.as);
      return { ...base, executions: out.executions, accepted: out.accepted, ...(out.message ? { message: out.message } : {}) };
    }
    case 'clear': {
      const out = emu.clear(step.sheet, step.range, step.as);
      return { ...base, executions: out.executions, accepted: out.accepted, ...(out.message ? { message: out.message } : {}) };
    }
    case 'advance':
      return { ...base, executions: emu.advance(step.ms) };
    case 'call': {
      const r = emu.call(step.fn, step.args, step.as);
      return { ...base, executions: [r.record], result: r.result };
    }
    case 'run': {
      const r = emu.run(step.fn, step.args, { kind: 'direct', ...(step.as ? { user: step.as } : {}), ...(step.authMode ? { authMode: step.authMode } : {}) });
      return { ...base, executions: [r.record], result: r.result };
    }
    case 'post': {
      const r = emu.post(step.body, step.as);
      return { ...base, executions: [r.record], result: r.result };
    }
    case 'respond':
      emu.respond(step.answers);
      return { ...base, executions: [] };
    case 'insertColumn':
      return { ...base, executions: emu.insertColumn(step.sheet, step.before, step.header, step.as) };
    case 'moveColumn':
      return { ...base, executions: emu.moveColumn(step.sheet, step.from, step.to, step.as) };
    case 'deleteRows':
      return { ...base, executions: emu.deleteRows(step.sheet, step.from, step.count, step.as) };
    case 'renameSheet':
      return { ...base, executions: emu.renameSheet(step.sheet, step.to, step.as) };
    case 'fault': {
      const message = step.message && step.message in FaultMessages ? FaultMessages[step.message as keyof typeof FaultMessages] : step.message;
      emu.world.faults.inject({ member: step.member, ...(step.nth ? { nth: step.nth } : {}), ...(message ? { message } : {}), ...(step.sticky ? { sticky: true } : {}) });
      return { ...base, executions: [] };
    }
    case 'contention':
      emu.world.faults.lockContention = step.on;
      return { ...base, executions: [] };
  }
}

/** The script errors a run recorded, as "step N (kind): function: message" lines. */
export function stepErrors(results: StepResult[]): string[] {
  return results.flatMap((r) => r.executions.filter((x) => x.error).map((x) => `step ${r.index} (${r.kind}): ${x.function}: ${x.error}`));
}
