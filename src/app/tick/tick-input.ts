// Turns the tabs the tick read (header + rows, as getValues returns them) into the routines core's plain inputs, in one pass each.
import { budgetsSheet } from '../../../sheets-schema/budgets.sheet.js';
import { costsSheet } from '../../../sheets-schema/costs.sheet.js';
import { leadsSheet, type LeadFieldKey } from '../../../sheets-schema/leads.sheet.js';
import { tasksSheet } from '../../../sheets-schema/tasks.sheet.js';
import { touchpointsSheet } from '../../../sheets-schema/touchpoints.sheet.js';
import type { Lang, TabDef } from '../../../sheets-schema/types.js';
import type { FieldEnv } from '../../core/field-types/index.js';
import { isBlank } from '../../core/field-types/types.js';
import { headerProblems, resolveHeaders } from '../../core/headers.js';
import { derivedLeadKeys, holdsValue } from '../../core/hygiene/read-row.js';
import { requiredOf } from '../../core/hygiene/requirements.js';
import { resolveStage, type StageTable } from '../../core/hygiene/stage-table.js';
import type { BudgetRow, CostRow, DigestLead, DigestTask, Touch } from '../../core/routines/index.js';
import type { StageConfig } from '../../core/stages.js';
import { choiceReader, column, dateReader, email, numberReader, optionsOfField, text } from './cells.js';

export type { Table } from '../../adapters/tabs.adapter.js';
import type { Table } from '../../adapters/tabs.adapter.js';
export type TickLead = DigestLead & { readonly reactivationDate?: number | null };
export type TickTask = DigestTask & { readonly key: string };
/** A Budgets row with where it is and what it shows now. */
export type SheetBudget = BudgetRow & { readonly row: number; readonly shownMonthToDate: unknown; readonly shownStatus: string };

/** Columns by field key, or the plain-language problems when a column the tick needs is missing. */
export function columnsOf(tab: TabDef, table: Table, lang: Lang, recorded?: readonly string[]): { columns: Map<string, number>; problems: string[] } {
  const res = resolveHeaders(tab, table[0] ?? [], recorded);
  return { columns: res.columns as Map<string, number>, problems: res.missing.length > 0 ? headerProblems(tab, res, lang) : [] };
}

function blankRow(row: readonly unknown[]): boolean {
  for (let i = 0; i < row.length; i++) if (!isBlank(row[i])) return false;
  return true;
}

/** Leads with what the digest, the SLA engine and the sequences need; required fields left blank are named in the sheet's language. */
export function readLeads(table: Table, columns: ReadonlyMap<string, number>, env: FieldEnv, stages: StageTable, lang: Lang): TickLead[] {
  const get = (k: LeadFieldKey) => column(columns, k);
  const [leadId, name, company, stage, owner, nextStep] = (['leadId', 'name', 'company', 'stage', 'owner', 'nextStep'] as const).map(get);
  const date = (k: LeadFieldKey) => {
    const cell = get(k);
    const read = dateReader(leadsSheet, k, env);
    return (row: readonly unknown[]) => read(cell(row));
  };
  const [changedAt, nextStepDate, kickoff, reactivation] = (['stageChangedAt', 'nextStepDate', 'kickoffDate', 'reactivationDate'] as const).map(date);
  const labels = new Map(leadsSheet.fields.map((f) => [f.key as string, f.labels[lang]]));
  // Per stage, the required columns present in the sheet (an absent column is Set up's to report, not the digest's)
  // that a person fills in: a derived one (BANT Score) is OpsMind's to write, so it is not the owner's to-do. A value
  // the Hygiene column calls unreadable ("soon" as a date) is as missing here as it is there.
  const required = new Map<StageConfig, { key: LeadFieldKey; col: number; label: string }[]>();
  const requiredFor = (s: StageConfig) => {
    let r = required.get(s);
    if (!r) required.set(s, (r = requiredOf(s).flatMap((k) => (columns.has(k) && !derivedLeadKeys.has(k) ? [{ key: k, col: columns.get(k)!, label: labels.get(k) ?? k }] : []))));
    return r;
  };
  const out: TickLead[] = [];
  for (let i = 1; i < table.length; i++) {
    const row = table[i];
    if (blankRow(row)) continue;
    const st = resolveStage(stages, stage(row));
    let missing: string[] | undefined;
    if (st) for (const f of requiredFor(st)) if (!holdsValue(f.key, row[f.col], env)) (missing ??= []).push(f.label);
    out.push({
      leadId: text(leadId(row)),
      row: i + 1,
      name: text(name(row)),
      company: text(company(row)) || undefined,
      owner: email(owner(row)),
      stageKey: st?.key ?? '',
      stageChangedAt: changedAt(row),
      nextStep: text(nextStep(row)),
      nextStepDate: nextStepDate(row),
      kickoffDate: kickoff(row),
      reactivationDate: reactivation(row),
      missingFields: missing,
    });
  }
  return out;
}

/** A lazily read table that can be walked more than once. */
const lazy = <T>(walk: () => Generator<T>): Iterable<T> => ({ [Symbol.iterator]: walk });

/** Inbound touchpoints as (lead, day, direction), read lazily: 500,000 rows are never copied into objects all at once. */
export function readTouchpoints(table: Table, columns: ReadonlyMap<string, number>, env: FieldEnv): Iterable<Touch> {
  return lazy(() => touchpoints(table, columns, env));
}

function* touchpoints(table: Table, columns: ReadonlyMap<string, number>, env: FieldEnv): Generator<Touch> {
  const leadId = column(columns, 'leadId');
  const dateCell = column(columns, 'date');
  const date = dateReader(touchpointsSheet, 'date', env);
  const direction = choiceReader(optionsOfField(touchpointsSheet, 'direction'));
  const dirCell = column(columns, 'direction');
  for (let i = 1; i < table.length; i++) {
    const row = table[i];
    const d = direction(dirCell(row));
    // Only inbound touchpoints stop a sequence: skip the date parse for the rest.
    if (d !== 'inbound') continue;
    yield { leadId: text(leadId(row)), date: date(dateCell(row)), direction: d };
  }
}

/** Existing tasks, keyed by Task ID (the key of a task the tick created). */
export function readTasks(table: Table, columns: ReadonlyMap<string, number>, env: FieldEnv): TickTask[] {
  const [id, title, owner, dueCell, statusCell] = ['taskId', 'title', 'owner', 'dueDate', 'status'].map((k) => column(columns, k));
  const due = dateReader(tasksSheet, 'dueDate', env);
  const status = choiceReader(optionsOfField(tasksSheet, 'status'));
  const out: TickTask[] = [];
  for (let i = 1; i < table.length; i++) {
    const row = table[i];
    if (blankRow(row)) continue;
    out.push({ key: text(id(row)), row: i + 1, title: text(title(row)), owner: email(owner(row)), dueDate: due(dueCell(row)), status: status(statusCell(row)) });
  }
  return out;
}

/** Cost items (date, service, amount), lazily. */
export function readCosts(table: Table, columns: ReadonlyMap<string, number>, env: FieldEnv): Iterable<CostRow> {
  return lazy(() => costs(table, columns, env));
}

function* costs(table: Table, columns: ReadonlyMap<string, number>, env: FieldEnv): Generator<CostRow> {
  const [dateCell, service, amountCell] = ['date', 'service', 'amount'].map((k) => column(columns, k));
  const date = dateReader(costsSheet, 'date', env);
  const amount = numberReader(costsSheet, 'amount', env);
  for (let i = 1; i < table.length; i++) {
    const row = table[i];
    yield { date: date(dateCell(row)), service: text(service(row)), amount: amount(amountCell(row)) };
  }
}

/** Budgets rows with a service, where they are and what Month To Date and Status show now. */
export function readBudgets(table: Table, columns: ReadonlyMap<string, number>, env: FieldEnv): SheetBudget[] {
  const [service, limit, alert, hard, mtd, status] = ['service', 'monthlyLimit', 'alertAt', 'hardStop', 'monthToDate', 'status'].map((k) => column(columns, k));
  const num = (k: string) => numberReader(budgetsSheet, k, env);
  const [readLimit, readAlert, readHard] = [num('monthlyLimit'), num('alertAt'), num('hardStop')];
  const out: SheetBudget[] = [];
  for (let i = 1; i < table.length; i++) {
    const row = table[i];
    if (text(service(row)) === '') continue;
    out.push({
      service: text(service(row)),
      monthlyLimit: readLimit(limit(row)),
      alertAt: readAlert(alert(row)),
      hardStop: readHard(hard(row)),
      row: i + 1,
      shownMonthToDate: mtd(row),
      shownStatus: text(status(row)),
    });
  }
  return out;
}
