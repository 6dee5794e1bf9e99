// Stage History entries (seed 000 rule 2: when did the stage change, and why) and their rows for the Stage History tab.
import type { FieldKeyOf } from '../../../sheets-schema/index.js';
import type { LeadFieldKey } from '../../../sheets-schema/leads.sheet.js';
import { stageHistorySheet } from '../../../sheets-schema/stage-history.sheet.js';
import type { Lang } from '../../../sheets-schema/types.js';
import { fieldTypes, type CellValue } from '../field-types/index.js';
import { isBlank } from '../field-types/types.js';
import { asText } from '../field-types/text.js';
import { envOf, labelOf } from './read-row.js';
import type { HygieneContext, LeadRow } from './types.js';

export type StageHistoryEntry = {
  readonly timestamp: Date;
  readonly leadId: string;
  readonly fromStage: string;
  readonly toStage: string;
  readonly changedBy: string;
  readonly result: 'accepted' | 'rejected';
  readonly missingFields: readonly LeadFieldKey[];
  readonly reason: string;
  /** Days since Stage Changed At (Created At when the stage never changed), one decimal; null when unknown. */
  readonly daysInPreviousStage: number | null;
};

export type StageHistoryRow = { [K in FieldKeyOf<'stageHistory'>]: CellValue };

const dayMs = 86_400_000;

/** Days the lead has spent in its current stage at `now`. */
export function daysInStage(row: LeadRow, ctx: HygieneContext): number | null {
  const env = envOf(ctx);
  for (const key of ['stageChangedAt', 'createdAt'] as const) {
    const parsed = fieldTypes.datetime.parse(row[key], env, { type: 'datetime' });
    if (parsed.ok && parsed.value) return Math.max(0, Math.round(((ctx.now.getTime() - parsed.value.getTime()) / dayMs) * 10) / 10);
  }
  return null;
}

export function historyEntry(args: {
  row: LeadRow;
  fromText: string;
  toText: string;
  accepted: boolean;
  missing: readonly LeadFieldKey[];
  reason: string;
  ctx: HygieneContext;
}): StageHistoryEntry {
  const { row, ctx } = args;
  return {
    timestamp: ctx.now,
    leadId: isBlank(row.leadId) ? '' : asText(row.leadId),
    fromStage: args.fromText,
    toStage: args.toText,
    changedBy: ctx.user ?? '',
    result: args.accepted ? 'accepted' : 'rejected',
    missingFields: [...args.missing],
    reason: args.reason,
    daysInPreviousStage: daysInStage(row, ctx),
  };
}

const resultField = stageHistorySheet.fields.find((f) => f.key === 'result')!;

/** The entry as a Stage History row keyed by column (labels in the sheet's language). */
export function historyRow(entry: StageHistoryEntry, lang: Lang): StageHistoryRow {
  const result = (resultField.options ?? []).find((o) => o.value === entry.result);
  return {
    timestamp: entry.timestamp,
    leadId: entry.leadId,
    fromStage: entry.fromStage,
    toStage: entry.toStage,
    changedBy: entry.changedBy,
    result: result?.labels[lang] ?? entry.result,
    missingFields: entry.missingFields.map((k) => labelOf(k, lang)).join(', '),
    reason: entry.reason,
    daysInPreviousStage: entry.daysInPreviousStage ?? '',
  };
}
