// Seed 000 cost control: month to date per service and in total, each Budgets row's Status, and the alerts due once per month.
import { isTotalBudget } from '../tab-layout.js';
import { monthBounds, type DayKey } from './calendar.js';
import { normalizeName } from '../names.js';

export type CostRow = { readonly date: number | null; readonly service: string; readonly amount: number | null };
export type BudgetRow = {
  readonly service: string;
  readonly monthlyLimit: number | null;
  readonly alertAt: number | null;
  readonly hardStop: number | null;
};

export type BudgetStatus = 'ok' | 'warning' | 'exceeded' | 'hardStop';
export type AlertLevel = 'alert' | 'limit' | 'hardStop';

export type BudgetLine = BudgetRow & { readonly monthToDate: number; readonly status: BudgetStatus };
export type BudgetAlert = {
  readonly key: string;
  readonly service: string;
  readonly level: AlertLevel;
  /** Lower levels this alert makes unnecessary this month (jumping straight to the hard stop sends one email). */
  readonly covers: readonly string[];
  readonly line: BudgetLine;
};

const levels: readonly AlertLevel[] = ['alert', 'limit', 'hardStop'];

export const budgetAlertKey = (service: string, level: AlertLevel, month: string) => `budgetAlert:${service.replace(/[:\s]+/g, ' ').trim()}:${level}:${month}`;

const cents = (n: number) => Math.round(n * 100) / 100;

/** Sums the current month's costs (in the spreadsheet's time zone) per normalised service name, and in total. */
export function monthToDate(costs: Iterable<CostRow>, today: DayKey, timeZone: string): { byService: Map<string, number>; total: number } {
  const { start, end } = monthBounds(today, timeZone);
  const byService = new Map<string, number>();
  let total = 0;
  for (const c of costs) {
    if (c.date === null || c.amount === null || !(c.date >= start && c.date < end)) continue;
    const k = normalizeName(c.service);
    byService.set(k, (byService.get(k) ?? 0) + c.amount);
    total += c.amount;
  }
  for (const [k, v] of byService) byService.set(k, cents(v));
  return { byService, total: cents(total) };
}

/** Each level is reached at its amount ("an email at Alert At, at the Monthly Limit and at the Hard Stop"). */
export function reachedLevels(row: BudgetRow, mtd: number): AlertLevel[] {
  const amounts: Record<AlertLevel, number | null> = { alert: row.alertAt, limit: row.monthlyLimit, hardStop: row.hardStop };
  return levels.filter((l) => amounts[l] !== null && amounts[l]! > 0 && mtd >= amounts[l]!);
}

export function statusOf(row: BudgetRow, mtd: number): BudgetStatus {
  const top = reachedLevels(row, mtd).at(-1);
  return top === 'hardStop' ? 'hardStop' : top === 'limit' ? 'exceeded' : top === 'alert' ? 'warning' : 'ok';
}

/** The Budgets tab's Month To Date and Status per row; the Total row sums every service. */
export function budgetLines(rows: readonly BudgetRow[], costs: Iterable<CostRow>, today: DayKey, timeZone: string): BudgetLine[] {
  const mtd = monthToDate(costs, today, timeZone);
  return rows.map((r) => {
    const m = isTotalBudget(r.service) ? mtd.total : (mtd.byService.get(normalizeName(r.service)) ?? 0);
    return { ...r, monthToDate: m, status: statusOf(r, m) };
  });
}

/** Per service, the highest level newly reached this month (keys already done are left to the caller's ledger filter). */
export function budgetAlerts(lines: readonly BudgetLine[], today: DayKey, isDone: (key: string) => boolean): BudgetAlert[] {
  const month = today.slice(0, 7);
  const out: BudgetAlert[] = [];
  for (const line of lines) {
    if (line.service.trim() === '') continue;
    const reached = reachedLevels(line, line.monthToDate);
    const top = reached.at(-1);
    if (!top) continue;
    const key = budgetAlertKey(line.service, top, month);
    if (isDone(key)) continue;
    const covers = reached.slice(0, -1).map((l) => budgetAlertKey(line.service, l, month));
    out.push({ key, service: line.service, level: top, covers, line });
  }
  return out;
}
