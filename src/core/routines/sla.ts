// SLA due times and breaches from Stage Changed At and the stage's SLA hours, on the calendar or in business hours.
import type { StageConfig } from '../stages.js';
import { addBusinessHours, businessHoursBetween, defaultBusinessHours, type BusinessHours } from './business-hours.js';
import { civilAt, HOUR_MS, instantOfDay, dayKeyOfNumber } from './calendar.js';

export type SlaStage = Pick<StageConfig, 'key' | 'name' | 'kind' | 'slaHours'>;
export type SlaMode = 'calendar' | 'business';

export type SlaOptions = {
  readonly timeZone: string;
  /** Settings › SLA Hours Mode. */
  readonly mode: SlaMode;
  readonly businessHours?: BusinessHours;
};

export type SlaLead = {
  readonly stageChangedAt: number | null;
  readonly kickoffDate?: number | null;
  readonly reactivationDate?: number | null;
};

/** What meeting the SLA takes: leave the stage, hold the kickoff (Closed Won) or reactivate (parked). */
export type SlaAction = 'advance' | 'kickoff' | 'reactivate';

export type SlaState = {
  readonly due: number;
  readonly action: SlaAction;
  readonly breached: boolean;
  /** Hours past due, counted the way the SLA is counted (0 when not breached). */
  readonly hoursOver: number;
};

/** The same wall-clock time `days` calendar days later (so 7 days stay 7 days across a DST change). */
export function addCalendarDays(from: number, days: number, timeZone: string): number {
  const c = civilAt(from, timeZone);
  return instantOfDay(dayKeyOfNumber(c.dayNum + days), timeZone, c.hour, c.minute) + c.second * 1000 + (from % 1000);
}

function actionOf(stage: SlaStage): SlaAction {
  return stage.kind === 'won' ? 'kickoff' : stage.kind === 'parked' ? 'reactivate' : 'advance';
}

/**
 * When the SLA of the lead's stage falls due, or null when the stage has none or the lead has no Stage
 * Changed At. Open stages count hours on the calendar or in business hours (Settings); Closed Won
 * (seed 000: kickoff within 7 days) and Nurturing (seed 000: wait 90 days, then reactivate) are promises
 * in days, so they count calendar days, and a parked lead's own Reactivation Date wins.
 */
export function slaDue(lead: SlaLead, stage: SlaStage, opts: SlaOptions): number | null {
  if (stage.kind === 'parked' && lead.reactivationDate != null) return lead.reactivationDate;
  if (stage.slaHours === null || lead.stageChangedAt === null) return null;
  const from = lead.stageChangedAt;
  if ((stage.kind === 'won' || stage.kind === 'parked') && stage.slaHours % 24 === 0) return addCalendarDays(from, stage.slaHours / 24, opts.timeZone);
  if (opts.mode === 'business' && stage.kind === 'open') return addBusinessHours(from, stage.slaHours, opts.timeZone, opts.businessHours ?? defaultBusinessHours);
  return from + stage.slaHours * HOUR_MS;
}

/** The lead's SLA at `now`, or null when its stage has none (Closed Lost, Call Booked) or it is lost. */
export function slaState(lead: SlaLead, stage: SlaStage, now: number, opts: SlaOptions): SlaState | null {
  if (stage.kind === 'lost') return null;
  const due = slaDue(lead, stage, opts);
  if (due === null) return null;
  const action = actionOf(stage);
  // The Closed Won SLA is met once the kickoff has been held (Kickoff Date reached).
  const met = action === 'kickoff' && lead.kickoffDate != null && lead.kickoffDate <= now;
  const breached = !met && now > due;
  if (!breached) return { due, action, breached, hoursOver: 0 };
  const business = opts.mode === 'business' && action === 'advance';
  const over = business ? businessHoursBetween(due, now, opts.timeZone, opts.businessHours ?? defaultBusinessHours) : (now - due) / HOUR_MS;
  return { due, action, breached, hoursOver: Math.floor(over) };
}
