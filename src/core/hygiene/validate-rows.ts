// A batch of Leads rows (one typed cell, a paste, a fill, "Check all rows"): IDs, typed values, stage checks, derived columns.
import type { LeadFieldKey } from '../../../sheets-schema/leads.sheet.js';
import { isBlank } from '../field-types/types.js';
import { toCellValue, type CellValue } from '../field-types/index.js';
import { asText } from '../field-types/text.js';
import { deriveFromRead } from './derive-lead.js';
import type { StageHistoryEntry } from './history.js';
import { idIssuer } from './ids.js';
import { hm } from './messages.js';
import { derivedLeadKeys, envOf, labelOf, langOfCtx, leadFields, looksLikeFormula, readLead, rereadLead, sameCell, type ReadLead } from './read-row.js';
import { resolveStage } from './stage-table.js';
import { checkTransition, isSameStage, type TransitionOutcome } from './transition.js';
import type { HygieneContext, LeadRow, LeadWrites, RowProblem } from './types.js';

export type RowInput = {
  /** The sheet row, for messages. */
  readonly rowNumber: number;
  readonly values: LeadRow;
  /** The Stage cell before a single-cell edit (e.oldValue); used when the lead has no last accepted stage yet. */
  readonly previousStage?: unknown;
};

export type BatchState = {
  /** Lead ID -> last accepted stage (key, or the text Soft mode let stand): where Strict rolls back to. */
  readonly lastAccepted: ReadonlyMap<string, string>;
  /** Every ID in the Leads tab, so a new one is never a reuse. */
  readonly existingIds: Iterable<unknown>;
  /** The persisted ID counter (highest ever issued). */
  readonly idCounter?: number;
};

export type BatchOptions = {
  /**
   * A row with a Lead ID but no last accepted stage: 'adopt' takes its stage as the baseline (the sheet predates
   * OpsMind or the memory was lost); 'check' validates it like a new lead. Rows without an ID are always checked.
   */
  readonly unseenLeads?: 'adopt' | 'check';
  /** Problems found across rows (duplicate IDs), by row number, added to each row's Hygiene. */
  readonly extraProblems?: ReadonlyMap<number, readonly RowProblem[]>;
};

export type RowOutcome = {
  readonly rowNumber: number;
  readonly leadId: string;
  /** The row holds nothing a person typed: left alone. */
  readonly skipped: boolean;
  /** The row got its Lead ID in this batch. */
  readonly isNew: boolean;
  /** Only the cells that change. */
  readonly writes: LeadWrites;
  /** Cells holding text that a spreadsheet would take for a formula (= + - @): write them as text. */
  readonly textCells: readonly LeadFieldKey[];
  readonly transition: TransitionOutcome | null;
  readonly problems: readonly RowProblem[];
  readonly hygiene: string;
  /** Things to tell the person (rejections, replaced values) in the sheet's language. */
  readonly notices: readonly string[];
  /** The row as it is after the writes. */
  readonly row: LeadRow;
};

export type BatchResult = {
  readonly rows: readonly RowOutcome[];
  /** Stage History entries in row order. */
  readonly history: readonly StageHistoryEntry[];
  /** Only the leads whose last accepted stage changed in this batch (what to persist). */
  readonly lastAcceptedChanges: ReadonlyMap<string, string>;
  /** The whole updated memory (built on first use: a copy of every lead). */
  readonly lastAccepted: ReadonlyMap<string, string>;
  readonly idCounter: number;
};

// Derived columns the batch keeps when they hold a value (they record events, not calculations); Stage Changed At is
// replaced on each accepted change (a text typed there is named when it goes).
const keptDerived: ReadonlySet<LeadFieldKey> = new Set(['leadId', 'createdAt', 'stageChangedAt']);

/** The columns whose typed value has a stored form of its own (dates, numbers, checkboxes, enums, emails). */
const normalizedFields = [...leadFields].filter(([key, def]) => !derivedLeadKeys.has(key) && key !== 'stage' && def.type !== 'text' && def.type !== 'id');

/** Typed values in their stored form: "24.12.2026" -> a date, "1.234,50" -> 1234.5, "ja" -> true, "kontaktiert" -> Contacted. */
function normalize(row: LeadRow, read: ReadLead, ctx: HygieneContext): LeadWrites {
  const env = envOf(ctx);
  const writes: LeadWrites = {};
  for (let i = 0; i < normalizedFields.length; i++) {
    const [key, def] = normalizedFields[i];
    const value = read.values[key];
    if (value === null || value === undefined) continue;
    const cell = toCellValue(def, value, env);
    if (!sameCell(cell, row[key])) writes[key] = cell;
  }
  return writes;
}

const typedKeys = [...leadFields.keys()].filter((k) => !derivedLeadKeys.has(k));
const noTextCells: readonly LeadFieldKey[] = Object.freeze([]);

function hasTypedValue(row: LeadRow): boolean {
  return typedKeys.some((k) => !isBlank(row[k]));
}

/** Validates rows one by one against each lead's last accepted stage, as one batch: one read before, one write after. */
export function validateRows(rows: readonly RowInput[], state: BatchState, ctx: HygieneContext, options: BatchOptions = {}): BatchResult {
  const lang = langOfCtx(ctx);
  // IDs already in the batch count as issued, so a new row never takes the ID of a row beside it.
  const ids = idIssuer('leads', idsOf(state.existingIds, rows), state.idCounter ?? 0);
  const changes = new Map<string, string>();
  // A batch's own changes first (never undefined: they are stage keys or texts), then the stored memory.
  const recall = (id: string) => changes.get(id) ?? state.lastAccepted.get(id);
  const history: StageHistoryEntry[] = [];
  const outcomes: RowOutcome[] = [];
  for (const input of rows) {
    const raw = input.values;
    if (!hasTypedValue(raw)) {
      outcomes.push({ rowNumber: input.rowNumber, leadId: isBlank(raw.leadId) ? '' : asText(raw.leadId), skipped: true, isNew: false, writes: {}, textCells: noTextCells, transition: null, problems: [], hygiene: '', notices: [], row: raw });
      continue;
    }
    const read = readLead(raw, ctx);
    const writes: LeadWrites = normalize(raw, read, ctx);
    // Keys written from here on are events (new ID, stage, times): normalize never writes those, so they come after.
    const normalizedCount = Object.keys(writes).length;
    const isNew = isBlank(raw.leadId);
    const leadId = isNew ? ids.next() : asText(raw.leadId);
    if (isNew) {
      writes.leadId = leadId;
      if (isBlank(raw.createdAt)) writes.createdAt = ctx.now;
      if (isBlank(raw.owner) && ctx.user) writes.owner = ctx.user;
    }
    const typedStage = isBlank(raw.stage) && isNew && ctx.stages.first ? ctx.stages.first.name : raw.stage;
    // Looked up once per row (the memory holds 100,000 leads): what this row settles on is compared with it.
    const prior = recall(leadId);
    const remember = (stage: string) => {
      if (prior !== stage) changes.set(leadId, stage);
    };
    let from: unknown = prior ?? input.previousStage;
    if (from === undefined) from = !isNew && (options.unseenLeads ?? 'adopt') === 'adopt' ? typedStage : null;
    const notices: string[] = [];
    // Most rows of a batch keep their stage: they need no transition check at all.
    const transition = isSameStage(ctx.stages, from, typedStage) ? null : checkTransition({ ...ctx, row: { ...raw, ...writes }, from, to: typedStage });
    const kept = resolveStage(ctx.stages, typedStage);
    const stageCell = transition ? transition.stageCell : (kept?.name ?? (isBlank(typedStage) ? '' : asText(typedStage)));
    if (transition) {
      if (transition.history) history.push(transition.history);
      if (transition.note && !transition.accepted) notices.push(transition.note);
      // A new lead pasted with the time it entered its stage (an import) keeps it; otherwise the change happens now.
      // A time OpsMind wrote is simply moved on; anything else a person put there is named as it goes.
      const importedTime = isNew && raw.stageChangedAt instanceof Date;
      if (transition.accepted && !importedTime) {
        if (!isBlank(raw.stageChangedAt) && !(raw.stageChangedAt instanceof Date)) {
          notices.push(hm(lang, 'derived.overwritten', { field: labelOf('stageChangedAt', lang), value: asText(raw.stageChangedAt) }));
        }
        writes.stageChangedAt = ctx.now;
      }
    }
    if (!sameCell(stageCell, raw.stage)) writes.stage = stageCell;
    const settled = transition ? (transition.accepted ? transition.to : resolveStage(ctx.stages, stageCell)) : kept;
    if (settled) remember(settled.key);
    // Soft mode let an unknown or cleared stage stand: remember the text, so the next edit is not a change again.
    else if ((transition?.accepted ?? true) && (transition !== null || stageCell !== '')) remember(stageCell);
    const row: { -readonly [K in LeadFieldKey]?: unknown } = { ...raw, ...writes };
    const events = (Object.keys(writes) as LeadFieldKey[]).slice(normalizedCount);
    // Nothing but normalised values written (they read as before): the first reading stands.
    const reread = events.length === 0 ? read : rereadLead(read, row, events, ctx);
    const derived = deriveFromRead(reread, ctx, options.extraProblems?.get(input.rowNumber) ?? []);
    const derivedValues = derived.values as Partial<Record<LeadFieldKey, CellValue>>;
    for (const k in derivedValues) {
      const key = k as LeadFieldKey;
      const value = derivedValues[key];
      if (sameCell(value, row[key])) continue;
      if (derivedLeadKeys.has(key) && !keptDerived.has(key) && !isBlank(raw[key]) && writes[key] === undefined) {
        notices.push(hm(lang, 'derived.overwritten', { field: labelOf(key, lang), value: asText(raw[key]) }));
      }
      writes[key] = value;
      row[key] = value;
    }
    // Nearly every row has none: they share one empty (read-only) list.
    let textCells: readonly LeadFieldKey[] = noTextCells;
    for (const k of typedKeys) if (looksLikeFormula(row[k])) textCells = [...textCells, k];
    outcomes.push({
      rowNumber: input.rowNumber,
      leadId,
      skipped: false,
      isNew,
      writes,
      textCells,
      transition,
      problems: derived.problems,
      hygiene: derived.hygiene,
      notices,
      row,
    });
  }
  let merged: Map<string, string> | null = null;
  return {
    rows: outcomes,
    history,
    lastAcceptedChanges: changes,
    get lastAccepted() {
      return (merged ??= new Map([...state.lastAccepted, ...changes]));
    },
    idCounter: ids.counter(),
  };
}

/** The sheet's IDs and the batch's own, read lazily (only when a new ID is needed). */
function* idsOf(existing: Iterable<unknown>, rows: readonly RowInput[]): Generator<unknown> {
  yield* existing;
  for (const r of rows) yield r.values.leadId;
}
