// The routines core: what the hourly tick does, as pure functions over plain data (no Apps Script).
export { planTick, type TickInput, type TickPlan, type TickSettings } from './tick.js';
export { tickSettingsFrom } from './routine-settings.js';
export { currentPeriods, defaultSchedule, dueJobs, jobOrder, type DueJob, type JobName, type ScheduleSettings } from './scheduler.js';
export { emptyLedger, isDone, markDone, pruneLedger, splitKey, type Ledger, type Deferred } from './ledger.js';
export { decodeLedger, encodeLedger, utf8Bytes, PROPERTY_VALUE_BYTES } from './ledger-codec.js';
export { planSends, priorities, type Outgoing, type Priority, type SendPlan } from './quota.js';
export { deliver, recoverPending, type SendResult } from './delivery.js';
export { slaDue, slaState, addCalendarDays, type SlaState, type SlaStage, type SlaOptions, type SlaMode } from './sla.js';
export { addBusinessHours, businessHoursBetween, defaultBusinessHours, type BusinessHours } from './business-hours.js';
export { followUpTasks, followUpKey, lastInboundByLead, type NewTask, type SequenceLead, type Touch } from './follow-ups.js';
export { reactivationTasks, reactivationKey } from './reactivation.js';
export { budgetLines, budgetAlerts, budgetAlertKey, monthToDate, statusOf, type BudgetLine, type BudgetRow, type CostRow, type BudgetStatus } from './budgets.js';
export { collectDigests, type DigestLead, type DigestTask, type OwnerDigest } from './digest.js';
export { digestEmail, digestKey, type OutgoingEmail, type RowUrl } from './digest-email.js';
export { budgetAlertEmail, fridayReviewEmails } from './notices.js';
export { safeEmail, escapeHtml, oneLine, chunkRecipients, cleanRecipients, MAX_RECIPIENTS_PER_MESSAGE, type SafeEmail } from './email-safety.js';
export { dayKeyOf, type DayKey, type Weekday } from './calendar.js';
