// End to end: `sim --dist` runs a plain hand-written Apps Script project (not OpsMind) and writes state.json, xlsx, eml, Drive text.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { StateJson } from '../../emulator/export/state.js';
import { main } from '../../scripts/sim.js';
import { simulate, type SimulationResult } from '../../scripts/sim/out.js';

const HELLO = 'test/fixtures/hello-project';
const SCENARIO = 'test/sim/hello.yaml';

describe('sim on the hello project', () => {
  let out: string;
  let sim: SimulationResult;
  let state: StateJson;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'sim-hello-'));
    sim = await simulate(SCENARIO, out, { distDir: HELLO, xlsx: true });
    state = JSON.parse(readFileSync(join(out, 'state.json'), 'utf8')) as StateJson;
  });

  it('runs every step without a script error', () => {
    expect(sim.run.stepResults).toHaveLength(12);
    expect(state.executions.filter((x) => x.error)).toEqual([]);
  });

  it('shows the custom menu built by the simple onOpen trigger', () => {
    expect(state.menus).toEqual([
      expect.objectContaining({ name: 'Hello', addon: false, items: [expect.objectContaining({ label: 'Say hello', functionName: 'sayHello' }), expect.objectContaining({ separator: true }), expect.objectContaining({ label: 'Install hourly tick', functionName: 'installTick' })] }),
    ]);
    expect(state.executions[0]).toMatchObject({ function: 'onOpen', kind: 'simple', authMode: 'LIMITED', user: 'anna@example.com' });
  });

  it('logs each person edit through onEdit: value and oldValue for one cell, neither for a paste', () => {
    const log = state.sheets.Log;
    expect(log.values).toEqual([
      ['Cell', 'Value', 'Old value', 'User'],
      ['A1:B3', '(none)', '(none)', 'anna@example.com'],
      ['B2', 'hello', 'hi', 'anna@example.com'],
      // https://developers.google.com/apps-script/reference/base/user#getEmail() — blank in a simple onEdit for another person.
      ['B3', '4', '3', ''],
      ['B3', '(none)', '4', 'anna@example.com'],
    ]);
    expect(log.frozenRows).toBe(1);
    expect(state.sheets.Data.notes.B2).toBe('was: hi');
  });

  it('applies a header-named cell, a rename and a clear to the sheet', () => {
    expect(Object.keys(state.sheets)).toEqual(['Data', 'Log']);
    expect(state.sheets.Data.values).toEqual([
      ['Key', 'Value'],
      ['Greeting', 'hello'],
      ['Count', ''],
    ]);
  });

  it('fires the time-driven trigger installed from the menu as the clock advances', () => {
    const ticks = state.executions.filter((x) => x.function === 'tick');
    expect(ticks.length).toBeGreaterThanOrEqual(1);
    expect(ticks.every((x) => x.kind === 'time' && x.user === 'anna@example.com')).toBe(true);
    expect(state.properties.script.ticks).toBe(String(ticks.length));
    expect(state.triggers).toEqual([expect.objectContaining({ handler: 'tick', eventType: 'CLOCK' })]);
  });

  it('returns values from a sidebar call and the web app, and records the toast', () => {
    const call = sim.run.stepResults.find((r) => r.kind === 'call')!;
    expect(call.result).toBe('Hello, Bob!');
    const post = sim.run.stepResults.find((r) => r.kind === 'post')!;
    expect(JSON.parse(post.result as string)).toEqual({ ok: true, echo: { ping: 1 } });
    expect(state.properties.script.lastPost).toBe('{"ping":1}');
    expect(state.toasts).toEqual([expect.objectContaining({ message: 'Hello, anna@example.com!', title: 'Hello' })]);
  });

  it('writes the email as an .eml file and the Drive file as text', () => {
    expect(state.mail).toEqual([expect.objectContaining({ to: 'anna@example.com', subject: 'Grüße from the hello project' })]);
    const mails = readdirSync(join(out, 'mail'));
    expect(mails).toEqual(['001-grusse-from-the-hello-project.eml']);
    const eml = readFileSync(join(out, 'mail', mails[0]), 'utf8');
    expect(eml).toContain('Subject: =?UTF-8?B?');
    expect(eml).toContain('multipart/alternative');
    expect(state.drive).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'My Drive/hello-report.txt', text: `Ticks so far: ${state.properties.script.ticks}` })]));
    expect(readFileSync(join(out, 'drive', 'My Drive', 'hello-report.txt'), 'utf8')).toBe(`Ticks so far: ${state.properties.script.ticks}`);
  });

  it('writes a workbook.xlsx that exceljs reads back', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, 'workbook.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Data', 'Log']);
    expect(wb.getWorksheet('Data')!.getCell('B2').value).toBe('hello');
    expect(wb.getWorksheet('Log')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('prints a summary that says what happened and where to look', () => {
    expect(sim.summary).toMatch(/12 steps run, \d+ executions \(0 errors\)/);
    expect(sim.summary).toContain('Menus: Hello (2 items)');
    expect(sim.summary).toContain('Emails: 1');
    expect(sim.summary).toContain('state.json');
    expect(sim.summary).toContain('workbook.xlsx');
  });

  it('gives the same state.json twice over when host timings are left out', async () => {
    const a = mkdtempSync(join(tmpdir(), 'sim-a-'));
    const b = mkdtempSync(join(tmpdir(), 'sim-b-'));
    await simulate(SCENARIO, a, { distDir: HELLO, stable: true });
    await simulate(SCENARIO, b, { distDir: HELLO, stable: true });
    expect(readFileSync(join(a, 'state.json'), 'utf8')).toBe(readFileSync(join(b, 'state.json'), 'utf8'));
  });
});

/** Runs the CLI in-process, capturing what it prints to stderr. */
async function cli(argv: string[]): Promise<{ code: number; errors: string }> {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const code = await main(argv);
    return { code, errors: spy.mock.calls.map((c) => c.map(String).join(' ')).join('\n') };
  } finally {
    spy.mockRestore();
  }
}

describe('sim CLI', () => {
  it('exits 1 with the file, line and step when the scenario is wrong', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-bad-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'steps:\n  - open: {}\n  - edit: { sheet: Sheet1, value: 1 }\n');
    const { code, errors } = await cli([file, '--out', join(dir, 'out'), '--dist', HELLO]);
    expect(code).toBe(1);
    expect(errors).toContain(`${file}:3: step 2 (edit): 'cell' is required`);
    expect(existsSync(join(dir, 'out', 'state.json'))).toBe(false);
  });

  it('exits 1 naming the step when a step names a sheet that does not exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-nosheet-'));
    const file = join(dir, 'nosheet.yaml');
    writeFileSync(file, 'steps:\n  - open: {}\n  - edit: { sheet: Nope, cell: A1, value: 1 }\n');
    const { code, errors } = await cli([file, '--out', join(dir, 'out'), '--dist', HELLO]);
    expect(code).toBe(1);
    expect(errors).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:3: step 2 \\(edit\\): .*Nope`));
  });

  it('runs as `tsx scripts/sim.ts SCENARIO --out DIR --dist DIR` and writes state.json', async () => {
    const out = mkdtempSync(join(tmpdir(), 'sim-cli-'));
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/sim.ts', SCENARIO, '--out', out, '--dist', HELLO], { cwd: process.cwd() });
    expect(stdout).toContain('Where to look:');
    const state = JSON.parse(readFileSync(join(out, 'state.json'), 'utf8')) as StateJson;
    expect(state.menus[0].name).toBe('Hello');
  });
});
