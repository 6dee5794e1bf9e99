// The runner dispatches each step to the emulator's host API, records script errors without stopping, and stops on runner errors.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EmulatorApi, EmulatorOptions } from '../../emulator/api.js';
import type { ExecutionRecord } from '../../emulator/runtime/execution.js';
import { createWorld } from '../../emulator/runtime/world.js';
import { runScenario, stepErrors } from '../../scripts/sim/runner.js';
import { parseScenario, ScenarioError } from '../../scripts/sim/scenario.js';

type Call = [string, ...unknown[]];

function record(fn: string, error: string | null = null): ExecutionRecord {
  return { id: 1, function: fn, kind: 'direct', authMode: 'FULL', user: 'u@example.com', startedAt: '', calls: {}, totalCalls: 0, roundTrips: 0, localCalls: 0, meteredMs: 0, projectedMs: 0, cpuMs: 0, emulatorMs: 0, error };
}

/** A stand-in for the emulator that records each host call. */
function stub(calls: Call[], opts: { failMenu?: boolean } = {}): (o: EmulatorOptions) => EmulatorApi {
  return (o) => {
    calls.push(['new', o]);
    const world = createWorld(o);
    return {
      world,
      run: (fn, args, ro) => (calls.push(['run', fn, args, ro]), { result: 42, record: record(fn) }),
      open: (as) => (calls.push(['open', as]), [record('onOpen')]),
      menu: (label, as) => {
        calls.push(['menu', label, as]);
        if (opts.failMenu) throw new Error(`No menu item "${label}"`);
        return record('setUp', 'Exception: boom');
      },
      edit: (sheet, cell, value, as) => (calls.push(['edit', sheet, cell, value, as]), { accepted: false, message: 'refused', executions: [] }),
      paste: (sheet, cell, values, as) => (calls.push(['paste', sheet, cell, values, as]), { accepted: true, executions: [record('onEdit')] }),
      clear: (sheet, range, as) => (calls.push(['clear', sheet, range, as]), { accepted: true, executions: [] }),
      insertColumn: (...a) => (calls.push(['insertColumn', ...a]), []),
      moveColumn: (...a) => (calls.push(['moveColumn', ...a]), []),
      deleteRows: (...a) => (calls.push(['deleteRows', ...a]), []),
      renameSheet: (...a) => (calls.push(['renameSheet', ...a]), []),
      respond: (answers) => void calls.push(['respond', answers]),
      call: (fn, args, as) => (calls.push(['call', fn, args, as]), { result: 'hi', record: record(fn) }),
      post: (body, as) => (calls.push(['post', body, as]), { result: '{}', record: record('doPost') }),
      advance: (ms) => (calls.push(['advance', ms]), [record('tick'), record('tick')]),
      resolveCell: () => 'A1',
    };
  };
}

function projectDir(manifest: object = { timeZone: 'Europe/Berlin' }): string {
  const dir = mkdtempSync(join(tmpdir(), 'sim-runner-'));
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  return dir;
}

const ALL_STEPS = `workspace:
  now: 2026-11-16T09:00:00+01:00
  timeZone: Europe/Berlin
  locale: de_DE
  user: anna@example.com
steps:
  - open: {}
  - menu: Set up
  - edit: { sheet: Leads, cell: { row: { Key: X }, column: Value }, value: 3, as: bob@example.com }
  - paste: { sheet: Leads, cell: A3, values: [[1, 2]] }
  - clear: { sheet: Leads, range: F2:F3 }
  - advance: 2h
  - call: { fn: summary, args: [5] }
  - post: { body: { a: 1 } }
  - respond: [OK, { button: CANCEL, text: no }]
  - insertColumn: { sheet: Leads, before: F, header: Notes }
  - moveColumn: { sheet: Leads, from: E, to: B }
  - deleteRows: { sheet: Leads, from: 7, count: 2 }
  - renameSheet: { sheet: Leads, to: Pipeline }
  - run: { fn: setUp, as: carl@example.com }
  - fault: { member: MailApp.sendEmail, nth: 2, message: serverError }
  - contention: true
`;

describe('runScenario', () => {
  it('passes the workspace to the emulator and each step to its host API call, with `as`', async () => {
    const calls: Call[] = [];
    const dir = projectDir();
    const { emulator, stepResults } = await runScenario(parseScenario(ALL_STEPS), { distDir: dir, createEmulator: stub(calls) });
    expect(calls[0][1]).toMatchObject({ projectDir: dir, now: Date.parse('2026-11-16T08:00:00Z'), timeZone: 'Europe/Berlin', locale: 'de_DE', user: 'anna@example.com', projectName: 'OpsMind' });
    expect(calls.slice(1)).toEqual([
      ['open', undefined],
      ['menu', 'Set up', undefined],
      ['edit', 'Leads', { row: { Key: 'X' }, column: 'Value' }, 3, 'bob@example.com'],
      ['paste', 'Leads', 'A3', [[1, 2]], undefined],
      ['clear', 'Leads', 'F2:F3', undefined],
      ['advance', 7_200_000],
      ['call', 'summary', [5], undefined],
      ['post', { a: 1 }, undefined],
      ['respond', [{ button: 'OK' }, { button: 'CANCEL', text: 'no' }]],
      ['insertColumn', 'Leads', 'F', 'Notes', undefined],
      ['moveColumn', 'Leads', 'E', 'B', undefined],
      ['deleteRows', 'Leads', 7, 2, undefined],
      ['renameSheet', 'Leads', 'Pipeline', undefined],
      ['run', 'setUp', [], { kind: 'direct', user: 'carl@example.com' }],
    ]);
    expect(stepResults).toHaveLength(16);
    expect(stepResults[2]).toMatchObject({ kind: 'edit', accepted: false, message: 'refused', as: 'bob@example.com' });
    expect(stepResults[5].executions).toHaveLength(2);
    expect(stepResults[6].result).toBe('hi');
    expect(emulator.world.faults.lockContention).toBe(true);
  });

  it('records a script error and carries on with the next step', async () => {
    const calls: Call[] = [];
    const s = parseScenario('steps:\n  - menu: Set up\n  - open: {}\n');
    const { stepResults } = await runScenario(s, { distDir: projectDir(), createEmulator: stub(calls) });
    expect(stepResults).toHaveLength(2);
    expect(stepErrors(stepResults)).toEqual(['step 1 (menu): setUp: Exception: boom']);
  });

  it('stops at a step the runner cannot carry out, naming the step and its line', async () => {
    const s = parseScenario('steps:\n  - open: {}\n  - menu: Nope\n  - open: {}\n', 'x.yaml');
    const calls: Call[] = [];
    const run = runScenario(s, { distDir: projectDir(), createEmulator: stub(calls, { failMenu: true }) });
    const err = await run.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ScenarioError);
    expect(err).toMatchObject({ file: 'x.yaml', line: 3, step: { index: 2, kind: 'menu' } });
    await expect(run).rejects.toThrow('x.yaml:3: step 2 (menu): No menu item "Nope"');
    expect(calls.filter((c) => c[0] === 'open')).toHaveLength(1);
  });

  it('an injected fault reaches the world: the named member fails at the chosen call', async () => {
    const s = parseScenario('steps:\n  - fault: { member: MailApp.sendEmail, nth: 2, message: serverError }\n');
    const { emulator } = await runScenario(s, { distDir: projectDir(), createEmulator: stub([]) });
    expect(() => emulator.world.faults.check('MailApp.sendEmail')).not.toThrow();
    expect(() => emulator.world.faults.check('MailApp.sendEmail')).toThrow("We're sorry, a server error occurred");
  });

  it('takes the project title from the scenario, else a Workspace add-on manifest, else OpsMind', async () => {
    const calls: Call[] = [];
    await runScenario(parseScenario('workspace: { projectName: Hello }\nsteps: []\n'), { distDir: projectDir(), createEmulator: stub(calls) });
    await runScenario(parseScenario('steps: []\n'), { distDir: projectDir({ addOns: { common: { name: 'Acme CRM' } } }), createEmulator: stub(calls) });
    expect(calls.map((c) => (c[1] as EmulatorOptions).projectName)).toEqual(['Hello', 'Acme CRM']);
  });

  it('refuses a project folder that does not exist', async () => {
    await expect(runScenario(parseScenario('steps: []\n'), { distDir: '/nonexistent/dist', createEmulator: stub([]) })).rejects.toThrow(
      'project folder not found: /nonexistent/dist',
    );
  });
});
