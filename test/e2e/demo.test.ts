// The demo `npm start` runs (scenarios/demo.yaml) shows what it promises: a rejected and an accepted stage change, the
// derived cells of other tabs, and no script error along the way.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StateJson } from '../../emulator/export/state.js';
import { simulate } from '../../scripts/sim/out.js';
import { stepErrors } from '../../scripts/sim/runner.js';

let state: StateJson;
let errors: string[];

beforeAll(async () => {
  const out = mkdtempSync(join(tmpdir(), 'opsmind-demo-'));
  const sim = await simulate('scenarios/demo.yaml', out, { distDir: 'dist', stable: true });
  state = sim.state;
  errors = stepErrors(sim.run.stepResults);
}, 120_000);

/** A tab's rows as objects by header (displayed values). */
function rows(tab: string): Record<string, string>[] {
  const [header, ...rest] = state.sheets[tab].values;
  return rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

describe('the demo', () => {
  it('runs every step without a script error', () => {
    expect(errors).toEqual([]);
  });

  it('shows a rejected stage change (Strict) and an accepted one in Stage History', () => {
    const history = rows('Stage History');
    expect(history).toContainEqual(expect.objectContaining({ 'Lead ID': 'L-000001', 'From Stage': 'New Lead', 'To Stage': 'Offer Sent', Result: 'Rejected' }));
    expect(history).toContainEqual(expect.objectContaining({ 'Lead ID': 'L-000009', 'To Stage': 'Response', Result: 'Accepted' }));
    const leads = rows('Leads');
    expect(leads.find((l) => l['Lead ID'] === 'L-000001')?.Stage).toBe('New Lead');
    expect(leads.find((l) => l['Lead ID'] === 'L-000009')?.Stage).toBe('Response');
    expect(Object.values(state.sheets.Leads.notes).some((n) => n.includes('Offer Sent'))).toBe(true);
  });

  it('scores the risk and stamps the task that was done at once', () => {
    expect(rows('Risks')[0]).toMatchObject({ 'Risk ID': 'R-000001', Score: '10' });
    const task = rows('Tasks')[0];
    expect(task['Task ID']).toMatch(/^T-\d+$/);
    expect(task['Done At']).not.toBe('');
  });

  it('ends Check all rows with Pipeline Hygiene overall and per owner', () => {
    const check = state.dialogs.find((d) => d.title === 'Check all rows');
    expect(check?.message).toContain('Pipeline Hygiene');
  });
});
