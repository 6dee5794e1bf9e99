// The Leads tab's hygiene flags as conditional-format rules, generated from the live stages; and how to tell them from people's own rules.
import type { LeadFieldKey } from '../../../sheets-schema/index.js';
import { leadsSheet } from '../../../sheets-schema/leads.sheet.js';
import { columnLetter, normalizeName } from '../names.js';
import type { StageConfig } from '../stages.js';
import { requiredOf } from '../hygiene/requirements.js';

/** One rule on one column, rows 2 to the last row; its custom formula is written for row 2. */
export type RuleSpec = { readonly column: number; readonly formula: string; readonly background: string };

/** A rule as found on the sheet. */
export type ObservedRule = { readonly formula: string | null; readonly ranges: readonly string[]; readonly background: string | null };

// Every OpsMind rule's formula starts with ISTEXT("OpsMind: …"), always TRUE: it names the rule in Sheets' sidebar and
// lets repair find OpsMind's rules among people's own even after columns were inserted or moved.
const MARKER = /^=\s*AND\(\s*ISTEXT\("OpsMind/i;

export const colors = {
  missing: '#f4c7c3',
  overdue: '#fce8b2',
  sla: '#ea9999',
  won: '#b7e1cd',
  lost: '#dadce0',
  parked: '#e1d5f5',
  open: ['#e8f0fe', '#d2e3fc', '#c6e7f5', '#c9ece6', '#d4f0d9', '#e6f4d7', '#fdf3c8', '#fde2c8'],
} as const;

export function isOpsMindRule(formula: string | null): boolean {
  return formula !== null && MARKER.test(formula);
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** `$E2="New Lead"` for each name a stage goes by (its live name and its preset labels). */
function stageTest(stageRef: string, stages: readonly StageConfig[]): string {
  const names: string[] = [];
  for (const s of stages) {
    for (const n of [s.name, s.labels.en, s.labels.de]) if (!names.some((x) => normalizeName(x) === normalizeName(n)) && n.trim() !== '') names.push(n);
  }
  const tests = names.map((n) => `${stageRef}=${quote(n)}`);
  return tests.length === 1 ? tests[0] : `OR(${tests.join(',')})`;
}

const rule = (label: string, ...tests: string[]) => `=AND(ISTEXT("OpsMind: ${label}"),${tests.join(',')})`;

/** The stages whose rows need this field, by the same rule the Hygiene column uses (required fields plus the kind's rules). */
function stagesRequiring(key: LeadFieldKey, stages: readonly StageConfig[]): StageConfig[] {
  return stages.filter((s) => requiredOf(s).includes(key));
}

/** Stage colours: open stages in pipeline order from blue to amber, won green, lost grey, parked lavender. */
export function stageColor(stage: StageConfig, openIndex: number): string {
  if (stage.kind === 'won') return colors.won;
  if (stage.kind === 'lost') return colors.lost;
  if (stage.kind === 'parked') return colors.parked;
  return colors.open[Math.min(openIndex, colors.open.length - 1)];
}

/**
 * SLA Due in the past, as the Hygiene column and the digests judge a breach (core/routines/sla.ts slaState): a lost
 * lead has no SLA, and a won lead's kickoff SLA is met once its Kickoff Date is reached.
 */
function slaTests(stages: readonly StageConfig[], stageRef: string, ref: (key: LeadFieldKey) => string, hasKickoff: boolean): string[] {
  const r = ref('slaDue');
  const tests = [`ISNUMBER(${r})`, `${r}<NOW()`];
  const lost = stages.filter((s) => s.kind === 'lost');
  if (lost.length > 0) tests.push(`NOT(${stageTest(stageRef, lost)})`);
  const won = stages.filter((s) => s.kind === 'won');
  if (won.length > 0 && hasKickoff) {
    const k = ref('kickoffDate');
    tests.push(`NOT(AND(${stageTest(stageRef, won)},ISNUMBER(${k}),${k}<=NOW()))`);
  }
  return tests;
}

/** The rules in priority order: missing required cells, overdue next steps, SLA breaches, then a colour per stage. */
export function hygieneRules(stages: readonly StageConfig[], columns: ReadonlyMap<string, number>): RuleSpec[] {
  const col = (key: LeadFieldKey) => columns.get(key);
  const stageCol = col('stage');
  if (stageCol === undefined) return [];
  const stageRef = `$${columnLetter(stageCol)}2`;
  const ref = (key: LeadFieldKey) => `$${columnLetter(col(key)!)}2`;
  const out: RuleSpec[] = [];
  for (const field of leadsSheet.fields) {
    const key = field.key as LeadFieldKey;
    if (col(key) === undefined) continue;
    if (key === 'stage') {
      if (col('name') !== undefined) out.push({ column: stageCol, formula: rule('stage missing', `${stageRef}=""`, `${ref('name')}<>""`), background: colors.missing });
      continue;
    }
    // A derived cell (BANT Score) is OpsMind's to fill from its inputs; the Hygiene column names it while it is missing.
    if ('derived' in field && field.derived) continue;
    const needing = stagesRequiring(key, stages);
    if (needing.length === 0) continue;
    const empty = field.type === 'checkbox' ? `${ref(key)}<>TRUE` : `${ref(key)}=""`;
    out.push({ column: col(key)!, formula: rule('required for the stage', empty, stageTest(stageRef, needing)), background: colors.missing });
  }
  const open = stages.filter((s) => s.nextStepRule);
  if (col('nextStepDate') !== undefined && open.length > 0) {
    const r = ref('nextStepDate');
    out.push({ column: col('nextStepDate')!, formula: rule('next step overdue', `ISNUMBER(${r})`, `${r}<TODAY()`, stageTest(stageRef, open)), background: colors.overdue });
  }
  if (col('slaDue') !== undefined) {
    out.push({ column: col('slaDue')!, formula: rule('SLA overdue', ...slaTests(stages, stageRef, ref, col('kickoffDate') !== undefined)), background: colors.sla });
  }
  let openIndex = 0;
  for (const s of stages) {
    out.push({ column: stageCol, formula: rule(`stage ${s.name.replace(/"/g, "'")}`, stageTest(stageRef, [s])), background: stageColor(s, openIndex) });
    if (s.kind === 'open') openIndex++;
  }
  return out;
}

/** A rule's range as A1: its column from row 2 to `lastRow`. */
export function ruleRange(r: RuleSpec, lastRow: number): string {
  const c = columnLetter(r.column);
  return `${c}2:${c}${lastRow}`;
}

const squeeze = (f: string | null) => (f ?? '').replace(/\s+/g, '');

export type RulesPlan =
  /** Nothing to do: OpsMind's rules are exactly the wanted ones. */
  | { readonly changed: false }
  /** The full new list: people's rules (by their index in `observed`) in their order, OpsMind's where the first of them was. */
  | { readonly changed: true; readonly order: readonly ({ user: number } | { ours: RuleSpec })[] };

export function planRules(observed: readonly ObservedRule[], wanted: readonly RuleSpec[], lastRow: number): RulesPlan {
  const ours = observed.filter((r) => isOpsMindRule(r.formula));
  const same =
    ours.length === wanted.length &&
    ours.every((o, i) => squeeze(o.formula) === squeeze(wanted[i].formula) && (o.background ?? '').toLowerCase() === wanted[i].background &&
      o.ranges.length === 1 && o.ranges[0] === ruleRange(wanted[i], lastRow));
  if (same) return { changed: false };
  const order: ({ user: number } | { ours: RuleSpec })[] = [];
  let placed = false;
  observed.forEach((r, i) => {
    if (!isOpsMindRule(r.formula)) order.push({ user: i });
    else if (!placed) {
      placed = true;
      order.push(...wanted.map((w) => ({ ours: w })));
    }
  });
  if (!placed) order.push(...wanted.map((w) => ({ ours: w })));
  return { changed: true, order };
}
