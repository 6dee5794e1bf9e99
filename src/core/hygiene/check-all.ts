// "Check all rows" on Leads: every row validated and derived again (dropped onEdit events leave nothing stale), then the KPI.
import { isBlank } from '../field-types/types.js';
import { asText } from '../field-types/text.js';
import { pipelineHygiene, type PipelineHygiene } from './kpi.js';
import { hm } from './messages.js';
import { langOfCtx } from './read-row.js';
import type { HygieneContext, RowProblem } from './types.js';
import { validateRows, type BatchResult, type BatchState, type RowInput } from './validate-rows.js';

/** Rows sharing one Lead ID: each of them gets a problem naming the ID. */
export function duplicateIdProblems(rows: readonly RowInput[], ctx: HygieneContext): Map<number, RowProblem[]> {
  const lang = langOfCtx(ctx);
  // First row of each ID, then the rows repeating one (no array per ID: 100,000 leads have 100,000 IDs).
  const first = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  for (const r of rows) {
    if (isBlank(r.values.leadId)) continue;
    const id = asText(r.values.leadId);
    const at = first.get(id);
    if (at === undefined) first.set(id, r.rowNumber);
    else repeated.set(id, [...(repeated.get(id) ?? [at]), r.rowNumber]);
  }
  const out = new Map<number, RowProblem[]>();
  for (const [id, rowNumbers] of repeated) {
    for (const n of rowNumbers) out.set(n, [{ code: 'duplicateId', fields: ['leadId'], message: hm(lang, 'hygiene.duplicateId', { id }) }]);
  }
  return out;
}

export type CheckAllResult = BatchResult & { readonly kpi: PipelineHygiene };

/**
 * Validates every Leads row against the last accepted stages (a change whose onEdit was dropped is checked now),
 * fills IDs, normalises typed values, recomputes every derived column, and measures Pipeline Hygiene.
 */
export function checkAllRows(rows: readonly RowInput[], state: BatchState, ctx: HygieneContext): CheckAllResult {
  const batch = validateRows(rows, state, ctx, { unseenLeads: 'adopt', extraProblems: duplicateIdProblems(rows, ctx) });
  const kpi = pipelineHygiene(batch.rows.filter((r) => !r.skipped), ctx);
  // Not a spread: that would build the whole lastAccepted map even when only the changes are persisted.
  return {
    rows: batch.rows,
    history: batch.history,
    lastAcceptedChanges: batch.lastAcceptedChanges,
    get lastAccepted() {
      return batch.lastAccepted;
    },
    idCounter: batch.idCounter,
    kpi,
  };
}
