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

  it('sets up the OpsMind preset with about 50 German and English leads in every stage, some flagged', () => {
    const leads = rows('Leads');
    expect(leads.length).toBeGreaterThanOrEqual(45);
    expect(new Set(leads.map((l) => l.Stage))).toEqual(new Set(rows('Stages').map((s) => s.Stage)));
    expect(rows('Stages').map((s) => s.Stage)).toEqual(['New Lead', 'Contacted', 'Response', 'Call Booked', 'Offer Sent', 'Negotiation', 'Closed Won', 'Closed Lost', 'Nurturing']);
    expect(leads.map((l) => l.Name)).toEqual(expect.arrayContaining(['Sophie Müller', 'Sophia White']));
    // Some leads have hygiene problems, which the sheet's flags colour; the others read OK.
    const flagged = leads.filter((l) => l.Hygiene !== 'OK');
    expect(flagged.length).toBeGreaterThan(5);
    expect(flagged.length).toBeLessThan(leads.length);
    expect(state.sheets.Leads.conditionalFormats.length).toBeGreaterThanOrEqual(34);
  });

  it('finds everything in order on its second Set up / repair', () => {
    expect(state.dialogs.map((d) => d.message)).toContain('Everything is in order: 13 tabs checked, nothing needed changing.');
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
