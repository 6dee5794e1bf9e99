// What a stage requires of a lead: its required fields plus the rules of its kind (seed 000 data quality rules 1 and 3).
import type { LeadFieldKey } from '../../../sheets-schema/leads.sheet.js';
import type { StageConfig } from '../stages.js';
import { isPresent, type ReadLead } from './read-row.js';

/** Seed 000 rule 1: every active deal needs a next step with a date. */
export const nextStepFields = ['nextStep', 'nextStepDate'] as const satisfies readonly LeadFieldKey[];

/** The fields a lead must hold to be in the stage, in a stable order (required fields first, then the kind's rules). */
export function requiredOf(stage: StageConfig): LeadFieldKey[] {
  const out: LeadFieldKey[] = [...stage.requiredFields];
  const add = (key: LeadFieldKey) => {
    if (!out.includes(key)) out.push(key);
  };
  // Seed 000 rule 1: "Kein Deal ohne Next Step": open stages need Next Step and Next Step Date.
  if (stage.nextStepRule || stage.kind === 'open') nextStepFields.forEach(add);
  // Seed 000 rule 3: "Bei Closed Lost immer Grund angeben".
  if (stage.kind === 'lost') add('lostReason');
  // Seed 000 rule 3: "Bei Nurturing Notiz wann zu reaktivieren".
  if (stage.kind === 'parked') add('reactivationDate');
  return out;
}

/** The required fields that are blank or unreadable for the stage (an unreadable value does not satisfy a requirement). */
export function missingFor(read: ReadLead, stage: StageConfig): LeadFieldKey[] {
  return requiredOf(stage).filter((key) => !isPresent(read, key));
}
