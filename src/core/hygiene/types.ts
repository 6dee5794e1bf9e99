// The shapes the hygiene rules take and give: rows keyed by field, the context (time, user, locale, settings), problems.
import type { LeadFieldKey } from '../../../sheets-schema/leads.sheet.js';
import type { Lang } from '../../../sheets-schema/types.js';
import type { CellValue } from '../field-types/index.js';
import type { StageTable } from './stage-table.js';
import type { BusinessHours } from '../routines/business-hours.js';

/** A Leads row as read from the sheet: raw cell values keyed by field (absent = column missing or blank). */
export type LeadRow = { readonly [K in LeadFieldKey]?: unknown };

/** Cells to write back, keyed by field. */
export type LeadWrites = { [K in LeadFieldKey]?: CellValue };

export type Enforcement = 'strict' | 'soft';

/** The settings the hygiene rules read (see `hygieneSettings` for reading them from the Settings tab). */
export type HygieneSettings = {
  readonly enforcement: Enforcement;
  /** BANT criteria (of 4) that make a lead count as qualified. */
  readonly bantMinimum: number;
  readonly autoAdvance: boolean;
  readonly slaHoursMode: 'calendar' | 'business';
  /** Settings › Business Hours Start / End and Business Days (for slaHoursMode 'business'). */
  readonly businessHours: BusinessHours;
};

/** Everything the rules need from outside: nothing is read from a global. */
export type HygieneContext = {
  readonly stages: StageTable;
  readonly settings: HygieneSettings;
  readonly now: Date;
  /** The editing person's email, when the platform tells it. */
  readonly user: string | null;
  readonly locale: string;
  readonly timeZone: string;
  /** The sheet's language; defaults to the locale's. */
  readonly lang?: Lang;
  readonly currency?: string;
};

export type ProblemCode =
  | 'missing'
  | 'noStage'
  | 'unknownStage'
  | 'noNextStep'
  | 'noNextStepDate'
  | 'nextStepPast'
  | 'slaOverdue'
  | 'unreadable'
  | 'duplicateId';

/** One problem of a row, with the fields it concerns and its plain-words message in the sheet's language. */
export type RowProblem = {
  readonly code: ProblemCode;
  readonly fields: readonly LeadFieldKey[];
  readonly message: string;
};

/** Problem codes that make an open lead incomplete for the Pipeline Hygiene KPI (SLA and overdue dates do not). */
export const incompleteCodes: ReadonlySet<ProblemCode> = new Set(['missing', 'noStage', 'unknownStage', 'noNextStep', 'noNextStepDate', 'unreadable', 'duplicateId']);
