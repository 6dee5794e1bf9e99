// The Leads tab's hygiene flags: generated from the live stages, compared with what the sheet has, written only when they differ.
import { readRules, writeRules } from '../../adapters/conditional-format.adapter.js';
import { hygieneRules, planRules } from '../../core/setup/hygiene-rules.js';
import type { StageConfig } from '../../core/stages.js';
import type { Sheet } from './context.js';

/** Brings OpsMind's rules on Leads up to date (1 read; when they changed, 1 write plus 2 calls for the ranges). Returns the rule count written, or 0. */
export function syncFlags(leads: Sheet, columns: ReadonlyMap<string, number>, stages: readonly StageConfig[], lastRow: number): number {
  const wanted = hygieneRules(stages, columns);
  const { rules, observed } = readRules(leads);
  const plan = planRules(observed, wanted, lastRow);
  if (!plan.changed) return 0;
  writeRules(leads, rules, plan, lastRow);
  return wanted.length;
}
