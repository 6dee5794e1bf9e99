// Hygiene as you type: the pure rules the onEdit, paste, touchpoint and "Check all rows" use cases call.
export type { Enforcement, HygieneContext, HygieneSettings, LeadRow, LeadWrites, ProblemCode, RowProblem } from './types.js';
export { incompleteCodes } from './types.js';
export { hm, hygieneCatalogue, type HygieneMessageKey } from './messages.js';
export { resolveStage, stageTableFrom, stageTableFromPreset, stageTableFromRows, type StageTable } from './stage-table.js';
export { defaultHygieneSettings, hygieneSettings } from './settings.js';
export { isPresent, looksLikeFormula, readLead, type ReadLead } from './read-row.js';
export { missingFor, nextStepFields, requiredOf } from './requirements.js';
export { bantFields, bantScoreOf, deriveFromRead, deriveLead, hygieneText, problemsOf, slaDueOf, type DerivedLead } from './derive-lead.js';
export { checkTransition, type TransitionInput, type TransitionOutcome } from './transition.js';
export { daysInStage, historyRow, type StageHistoryEntry, type StageHistoryRow } from './history.js';
export { formatId, idIssuer, idNumber, idPrefixes, nextIds, nextLeadId, type IdTab } from './ids.js';
export { validateRows, type BatchOptions, type BatchResult, type BatchState, type RowInput, type RowOutcome } from './validate-rows.js';
export { checkAllRows, duplicateIdProblems, type CheckAllResult } from './check-all.js';
export { pipelineHygiene, pipelineHygieneTarget, type HygieneShare, type KpiRow, type PipelineHygiene, type RowProblems } from './kpi.js';
export { deriveTabRows, type OtherTab, type TabContext, type TabRow, type TabRowOutcome, type TabWrites } from './other-tabs.js';
export { applyTouchpoints, type RollupMode, type Advance, type LeadInput, type LeadUpdate, type TouchpointInput, type TouchpointResult } from './touchpoints.js';
