// Pipeline Hygiene (seed 000 KPI): share of open leads with complete fields, a valid stage and a next step; target 95 %.
import { fieldTypes } from '../field-types/index.js';
import { isBlank } from '../field-types/types.js';
import { asText } from '../field-types/text.js';
import { hm } from './messages.js';
import { envOf, langOfCtx } from './read-row.js';
import { resolveStage } from './stage-table.js';
import { incompleteCodes, type HygieneContext, type LeadRow, type RowProblem } from './types.js';

/** Seed 000 KPI table: "Pipeline Hygiene ... Ziel ≥ 95%". */
export const pipelineHygieneTarget = 0.95;

export type HygieneShare = {
  readonly open: number;
  readonly complete: number;
  /** complete / open; null when there is no open lead. */
  readonly share: number | null;
  readonly meetsTarget: boolean;
};

export type RowProblems = { readonly rowNumber: number; readonly leadId: string; readonly owner: string; readonly problems: readonly RowProblem[] };

export type PipelineHygiene = {
  readonly target: number;
  readonly overall: HygieneShare;
  /** By owner (lower-cased email; '' = no owner), sorted by owner. */
  readonly byOwner: readonly (HygieneShare & { readonly owner: string })[];
  /** Every row with a problem, open or not, in row order. */
  readonly problems: readonly RowProblems[];
  /** One line for the summary dialog, then one per owner, in the sheet's language. */
  readonly summary: readonly string[];
};

export type KpiRow = { readonly rowNumber: number; readonly leadId: string; readonly row: LeadRow; readonly problems: readonly RowProblem[] };

function share(open: number, complete: number): HygieneShare {
  const s = open === 0 ? null : complete / open;
  return { open, complete, share: s, meetsTarget: s === null || s >= pipelineHygieneTarget };
}

/** Counts open leads (a lead whose stage is blank or unknown counts as open and incomplete: it has no valid stage). */
export function pipelineHygiene(rows: readonly KpiRow[], ctx: HygieneContext): PipelineHygiene {
  const lang = langOfCtx(ctx);
  const env = envOf(ctx);
  const owners = new Map<string, { open: number; complete: number }>();
  let open = 0;
  let complete = 0;
  const problems: RowProblems[] = [];
  // A sheet has a handful of owners and stages: each distinct cell value is read once, not once per lead.
  const ownerOf = new Map<unknown, string>();
  const stageOf = new Map<unknown, ReturnType<typeof resolveStage>>();
  for (const r of rows) {
    let owner = ownerOf.get(r.row.owner);
    if (owner === undefined) ownerOf.set(r.row.owner, (owner = isBlank(r.row.owner) ? '' : asText(r.row.owner).toLowerCase()));
    if (r.problems.length > 0) problems.push({ rowNumber: r.rowNumber, leadId: r.leadId, owner, problems: r.problems });
    let stage = stageOf.get(r.row.stage);
    if (stage === undefined) stageOf.set(r.row.stage, (stage = resolveStage(ctx.stages, r.row.stage)));
    if (stage && stage.kind !== 'open') continue;
    const ok = !r.problems.some((p) => incompleteCodes.has(p.code));
    open++;
    if (ok) complete++;
    const o = owners.get(owner) ?? { open: 0, complete: 0 };
    o.open++;
    if (ok) o.complete++;
    owners.set(owner, o);
  }
  const overall = share(open, complete);
  const byOwner = [...owners.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([owner, o]) => ({ owner, ...share(o.open, o.complete) }));
  const pct = (s: number) => fieldTypes.percent.format(Math.round(s * 1000) / 1000, env, { type: 'percent' });
  const summary =
    overall.share === null
      ? [hm(lang, 'kpi.noOpen')]
      : [
          hm(lang, 'kpi.summary', { percent: pct(overall.share), open, target: pct(pipelineHygieneTarget) }),
          ...byOwner.map((o) => hm(lang, 'kpi.owner', { owner: o.owner || hm(lang, 'kpi.noOwner'), percent: pct(o.share ?? 0), open: o.open })),
        ];
  return { target: pipelineHygieneTarget, overall, byOwner, problems, summary };
}
