// The scenario format (PRODUCT.md §7): every step kind parses, and mistakes are reported with file, line, step and kind.
import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError } from '../../scripts/sim/scenario.js';

const errorOf = (text: string, file = 'scenario.yaml'): string => {
  try {
    parseScenario(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return (e as Error).message;
  }
  throw new Error('expected a scenario error');
};

describe('scenario format', () => {
  it('parses the workspace and every step kind of PRODUCT.md §7 with their YAML lines', () => {
    const s = parseScenario(
      [
        'workspace:',
        '  now: 2026-11-16T09:00:00+01:00',
        '  timeZone: Europe/Berlin',
        '  locale: de_DE',
        '  user: anna@example.com',
        '  account: workspace',
        'steps:',
        '  - open: {}',
        '  - menu: Set up / repair',
        '  - edit: { sheet: Leads, cell: E2, value: Contacted, as: bob@example.com }',
        '  - paste: { sheet: Leads, cell: A3, values: [[a, 1], [b, 2]] }',
        '  - clear: { sheet: Leads, range: F2:F3 }',
        '  - advance: 25h',
        '  - call: { fn: getRowSummary, args: [5] }',
        '  - post: { body: { x: 1 } }',
        '  - respond: [OK]',
        '  - insertColumn: { sheet: Leads, before: F, header: My Notes }',
        '  - moveColumn: { sheet: Leads, from: E, to: B }',
        '  - deleteRows: { sheet: Leads, from: 7, count: 2 }',
        '  - renameSheet: { sheet: Leads, to: Pipeline }',
      ].join('\n'),
    );
    expect(s.workspace).toEqual({ now: Date.parse('2026-11-16T08:00:00Z'), timeZone: 'Europe/Berlin', locale: 'de_DE', user: 'anna@example.com', account: 'workspace' });
    expect(s.steps.map((x) => [x.index, x.kind, x.line])).toEqual([
      [1, 'open', 8], [2, 'menu', 9], [3, 'edit', 10], [4, 'paste', 11], [5, 'clear', 12], [6, 'advance', 13], [7, 'call', 14],
      [8, 'post', 15], [9, 'respond', 16], [10, 'insertColumn', 17], [11, 'moveColumn', 18], [12, 'deleteRows', 19], [13, 'renameSheet', 20],
    ]);
    expect(s.steps[1]).toMatchObject({ kind: 'menu', item: 'Set up / repair' });
    expect(s.steps[2]).toMatchObject({ kind: 'edit', sheet: 'Leads', cell: 'E2', value: 'Contacted', as: 'bob@example.com' });
    expect(s.steps[3]).toMatchObject({ values: [['a', 1], ['b', 2]] });
    expect(s.steps[5]).toMatchObject({ kind: 'advance', ms: 25 * 3_600_000 });
    expect(s.steps[6]).toMatchObject({ fn: 'getRowSummary', args: [5] });
    expect(s.steps[7]).toMatchObject({ body: { x: 1 } });
    expect(s.steps[8]).toMatchObject({ answers: [{ button: 'OK' }] });
    expect(s.steps[11]).toMatchObject({ from: 7, count: 2 });
  });

  it('names a cell by header: { row: { Key: Value }, column: Header }', () => {
    const s = parseScenario('steps:\n  - edit: { sheet: Settings, cell: { row: { Key: Enforcement }, column: Value }, value: strict }\n');
    expect(s.steps[0]).toMatchObject({ cell: { row: { Key: 'Enforcement' }, column: 'Value' } });
  });

  it('accepts `as` beside the step kind as well as inside it', () => {
    const s = parseScenario('steps:\n  - menu: Refresh\n    as: bob@example.com\n  - open: { as: carl@example.com }\n');
    expect(s.steps[0].as).toBe('bob@example.com');
    expect(s.steps[1].as).toBe('carl@example.com');
  });

  it('accepts the runner-level steps fault, contention and run', () => {
    const s = parseScenario(
      'steps:\n  - fault: { member: MailApp.sendEmail, nth: 2, message: serverError }\n  - contention: true\n  - run: { fn: setUp, args: [1], authMode: LIMITED }\n  - run: tick\n',
    );
    expect(s.steps[0]).toMatchObject({ kind: 'fault', member: 'MailApp.sendEmail', nth: 2, message: 'serverError' });
    expect(s.steps[1]).toMatchObject({ kind: 'contention', on: true });
    expect(s.steps[2]).toMatchObject({ kind: 'run', fn: 'setUp', args: [1], authMode: 'LIMITED' });
    expect(s.steps[3]).toMatchObject({ kind: 'run', fn: 'tick', args: [] });
  });

  it('reads a `now` without an offset as wall-clock time in the workspace time zone', () => {
    const s = parseScenario('workspace:\n  now: 2026-07-01T09:00\n  timeZone: Europe/Berlin\nsteps: []\n');
    expect(new Date(s.workspace.now!).toISOString()).toBe('2026-07-01T07:00:00.000Z');
  });
});

describe('scenario errors name the file, the line, the step number and its kind', () => {
  it('a missing key', () => {
    const text = 'steps:\n  - open: {}\n  - menu: X\n  - edit:\n      sheet: Leads\n      value: 3\n';
    expect(errorOf(text, 'demo.yaml')).toBe("demo.yaml:4: step 3 (edit): 'cell' is required");
  });

  it('an unknown step kind', () => {
    expect(errorOf('steps:\n  - open: {}\n  - frobnicate: 1\n')).toMatch(/^scenario\.yaml:3: step 2 \(frobnicate\): unknown step kind; expected one of open, menu, edit/);
  });

  it('an unknown key inside a step', () => {
    expect(errorOf('steps:\n  - clear: { sheet: A, range: A1, colour: red }\n')).toBe("scenario.yaml:2: step 1 (clear): unknown key 'colour'");
  });

  it('a bad cell points at the line of the cell', () => {
    const text = 'steps:\n  - edit:\n      sheet: Leads\n      cell: 12\n      value: x\n';
    expect(errorOf(text)).toBe("scenario.yaml:4: step 1 (edit): 'cell' must be A1 like E2 or { row: { Key: Value }, column: Header }");
  });

  it('a duration without a unit', () => {
    expect(errorOf('steps:\n  - advance: 25\n')).toBe("scenario.yaml:2: step 1 (advance): 'advance' must be a duration like 25h, 90m, 2d or 1w");
  });

  it('an `as` that is not an email address', () => {
    expect(errorOf('steps:\n  - menu: X\n    as: bob\n')).toBe("scenario.yaml:3: step 1 (menu): 'as' must be an email address like bob@example.com");
  });

  it('a step naming two kinds', () => {
    expect(errorOf('steps:\n  - open: {}\n    menu: X\n')).toMatch(/^scenario\.yaml:2: step 1 names several step kinds \(open, menu\)/);
  });

  it('a non-integer row number', () => {
    expect(errorOf('steps:\n  - deleteRows: { sheet: A, from: 0 }\n')).toBe("scenario.yaml:2: step 1 (deleteRows): 'from' is a 1-based row number");
  });

  it('a bad workspace value', () => {
    expect(errorOf('workspace:\n  user: a@b.c\n  timeZone: Mars/Base\nsteps: []\n')).toBe(
      "scenario.yaml:3: workspace: 'timeZone' must be an IANA time zone like Europe/Berlin",
    );
  });

  it('broken YAML', () => {
    expect(errorOf('steps:\n  - edit: { sheet: A\n')).toMatch(/^scenario\.yaml:\d+: YAML: /);
  });

  it('no steps', () => {
    expect(errorOf('workspace: {}\n')).toBe("scenario.yaml:1: 'steps' is required (a list of steps)");
  });

  it('a paste whose values are not rows', () => {
    expect(errorOf('steps:\n  - paste: { sheet: A, cell: A1, values: [1, 2] }\n')).toBe(
      "scenario.yaml:2: step 1 (paste): 'values[0]' must be a list (one row of cells)",
    );
  });
});
