// A stage change checked against the target stage's rules: Strict rolls it back, Soft lets it stand flagged.
import type { LeadFieldKey } from '../../../sheets-schema/leads.sheet.js';
import { isBlank } from '../field-types/types.js';
import { asText } from '../field-types/text.js';
import { normalizeName } from '../names.js';
import type { StageConfig } from '../stages.js';
import { problemsOf, slaDueOf, withBant } from './derive-lead.js';
import { historyEntry, type StageHistoryEntry } from './history.js';
import { hm } from './messages.js';
import { envOf, labelOf, langOfCtx, leadFields, readLead, type ReadLead } from './read-row.js';
import { formatValue } from '../field-types/index.js';
import { missingFor } from './requirements.js';
import { resolveStage, stageText, type StageTable } from './stage-table.js';
import type { HygieneContext, LeadRow, RowProblem } from './types.js';

export type TransitionInput = HygieneContext & {
  readonly row: LeadRow;
  /** The last accepted stage (key or name); null for a lead that has none yet. */
  readonly from: unknown;
  /** The stage as the person typed it. */
  readonly to: unknown;
  /** Why the stage changed, when known (e.g. auto-advance). */
  readonly reason?: string;
};

export type TransitionOutcome = {
  /** False when `to` names the stage the lead is already in: nothing to check, nothing to record. */
  readonly changed: boolean;
  /** The change stands (always in Soft mode). */
  readonly accepted: boolean;
  /** Soft mode let a change with problems stand; the row is flagged. */
  readonly flagged: boolean;
  /** Required fields of the target stage that are blank or unreadable, including its kind's rules. */
  readonly missing: readonly LeadFieldKey[];
  /** The row's problems at the attempted stage. */
  readonly problems: readonly RowProblem[];
  readonly from: StageConfig | null;
  readonly to: StageConfig | null;
  /** Strict rejection: the stage to restore (null when the change stands, or when the previous stage left the Stages tab: then `stageCell` restores its text). */
  readonly rollbackTo: StageConfig | null;
  /** What the Stage cell holds afterwards (the live stage name, or the text kept). */
  readonly stageCell: string;
  /** For the Stage cell's note (rejections and Soft flags), in the sheet's language. */
  readonly note: string | null;
  /** For the person's toast on a rejection. */
  readonly toast: string | null;
  readonly history: StageHistoryEntry | null;
};

const textOf = (v: unknown) => (isBlank(v) ? '' : asText(v));

/**
 * Why a person's accepted change happened, as far as the row tells (seed 000, data quality rule 2: when and why): the
 * Lost Reason of a lost deal, the Reactivation Date of a parked one, else the Next Step the lead now has. Empty when
 * the row says nothing; people may add their own words in Stage History's Reason column.
 */
function whyOf(read: ReadLead, to: StageConfig | null, ctx: HygieneContext): string {
  const lang = langOfCtx(ctx);
  const shown = (key: LeadFieldKey): string => {
    const v = read.values[key];
    return v === null || v === undefined ? '' : formatValue(leadFields.get(key)!, v, envOf(ctx));
  };
  const part = (key: LeadFieldKey, extra = ''): string => {
    const text = shown(key);
    return text === '' ? '' : `${labelOf(key, lang)}: ${text}${extra}`;
  };
  if (to?.kind === 'lost') return part('lostReason');
  if (to?.kind === 'parked') return part('reactivationDate');
  const date = shown('nextStepDate');
  return part('nextStep', date === '' ? '' : ` (${date})`);
}

/** Whether two typed stage values name the same stage (or, for stages not in the table, the same text). */
export function isSameStage(stages: StageTable, a: unknown, b: unknown): boolean {
  const x = resolveStage(stages, a);
  const y = resolveStage(stages, b);
  return x && y ? x.key === y.key : !x && !y && normalizeName(textOf(a)) === normalizeName(textOf(b));
}

/** Checks one stage change of a lead against the live stages and the enforcement setting. */
export function checkTransition(input: TransitionInput): TransitionOutcome {
  const ctx: HygieneContext = input;
  const lang = langOfCtx(ctx);
  const from = resolveStage(ctx.stages, input.from);
  const to = resolveStage(ctx.stages, input.to);
  const fromText = from?.name ?? (typeof input.from === 'string' ? stageText(ctx.stages, input.from, lang) : textOf(input.from));
  const toText = to?.name ?? textOf(input.to);
  const unchanged = isSameStage(ctx.stages, input.from, input.to);
  const base = readLead({ ...input.row, stage: to?.name ?? input.to }, ctx);
  const { read } = withBant(base, ctx);
  const missing = to ? missingFor(read, to) : [];
  const problems = problemsOf(read, slaDueOf(read, to, ctx), ctx);
  if (unchanged) {
    return { changed: false, accepted: true, flagged: false, missing, problems, from, to, rollbackTo: null, stageCell: toText, note: null, toast: null, history: null };
  }
  const blocked = to === null || missing.length > 0;
  // A lead without a previous stage falls back to the first stage; when that is the attempt itself there is nothing to roll back to.
  const fallback = from ?? (fromText === '' ? ctx.stages.first : null);
  const restoreText = fallback?.name ?? fromText;
  const canRollBack = !(to !== null && fallback !== null && fallback.key === to.key) && !(to === null && restoreText === '');
  const reject = blocked && ctx.settings.enforcement === 'strict' && canRollBack;
  const fields = missing.map((k) => labelOf(k, lang)).join(', ');
  const noneText = hm(lang, 'transition.noPrevious');
  const shownTo = toText === '' ? noneText : toText;
  let note: string | null = null;
  let toast: string | null = null;
  let reason = input.reason ?? '';
  if (reject) {
    note = to ? hm(lang, 'transition.rejectedNote', { to: shownTo, fields, from: restoreText }) : hm(lang, 'transition.rejectedUnknownNote', { to: shownTo, from: restoreText });
    toast = to ? hm(lang, 'transition.rejectedToast', { to: shownTo, fields, from: restoreText }) : note;
    reason = [reason, hm(lang, to ? 'transition.reasonMissing' : 'transition.reasonUnknown')].filter(Boolean).join(' · ');
  } else if (blocked) {
    // A new lead entering the first stage is not a Soft-mode decision: it is flagged without a note.
    if (canRollBack) note = to ? hm(lang, 'transition.softNote', { to: shownTo, fields }) : hm(lang, 'transition.softUnknownNote', { to: shownTo });
    reason = [reason, hm(lang, to ? 'transition.reasonSoft' : 'transition.reasonUnknown')].filter(Boolean).join(' · ');
  } else if (reason === '') {
    reason = whyOf(read, to, ctx);
  }
  const history = historyEntry({
    row: input.row,
    fromText,
    toText,
    accepted: !reject,
    missing,
    reason,
    ctx,
  });
  return {
    changed: true,
    accepted: !reject,
    flagged: !reject && blocked,
    missing,
    problems,
    from,
    to,
    rollbackTo: reject ? fallback : null,
    stageCell: reject ? restoreText : toText,
    note,
    toast,
    history,
  };
}
