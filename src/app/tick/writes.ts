// The rows the tick writes: new Tasks rows, changed Budgets cells and Log rows, placed at the columns their headers are in.
import { budgetsSheet } from '../../../sheets-schema/budgets.sheet.js';
import { tasksSheet } from '../../../sheets-schema/tasks.sheet.js';
import type { Lang, TabDef } from '../../../sheets-schema/types.js';
import type { CellValue } from '../../core/field-types/index.js';
import { instantOfDay } from '../../core/routines/calendar.js';
import type { BudgetLine, NewTask } from '../../core/routines/index.js';
import { optionsOfField, text } from './cells.js';
import type { SheetBudget } from './tick-input.js';

/** One Log row: which job, the period key it concerns, what happened and why. */
export type LogEntry = { readonly job: string; readonly key: string; readonly result: string; readonly detail: string };

function labelOf(tab: TabDef, field: string, value: string, lang: Lang): string {
  return optionsOfField(tab, field).find((o) => o.value === value)?.labels[lang] ?? value;
}

/** A row as wide as the tab with each value at its field's column. */
function place(values: Readonly<Record<string, CellValue>>, columns: ReadonlyMap<string, number>, width: number): CellValue[] {
  const row = new Array<CellValue>(width).fill('');
  for (const [key, value] of Object.entries(values)) {
    const c = columns.get(key);
    if (c !== undefined && c < width) row[c] = value;
  }
  return row;
}

/** New Tasks rows: the task key is the Task ID, so a task is created once whatever happens to the run. */
export function taskRows(tasks: readonly NewTask[], at: { columns: ReadonlyMap<string, number>; width: number; lang: Lang; timeZone: string; now: number }): CellValue[][] {
  return tasks.map((t) =>
    place(
      {
        taskId: t.key,
        relatedId: t.relatedId,
        title: t.title,
        type: labelOf(tasksSheet, 'type', t.type, at.lang),
        dueDate: new Date(instantOfDay(t.dueDate, at.timeZone)),
        owner: t.owner,
        status: labelOf(tasksSheet, 'status', 'open', at.lang),
        source: labelOf(tasksSheet, 'source', t.source, at.lang),
        createdAt: new Date(at.now),
      },
      at.columns,
      at.width,
    ),
  );
}

export type BudgetCells = { readonly row: number; readonly monthToDate: number; readonly status: string; readonly line: BudgetLine };

/** Month To Date and Status of every Budgets row whose shown values differ from the new ones (nothing when all match). */
export function changedBudgets(rows: readonly SheetBudget[], lines: readonly BudgetLine[], lang: Lang): BudgetCells[] {
  const out: BudgetCells[] = [];
  rows.forEach((r, i) => {
    const line = lines[i];
    if (!line) return;
    const status = labelOf(budgetsSheet, 'status', line.status, lang);
    const shown = typeof r.shownMonthToDate === 'number' ? r.shownMonthToDate : NaN;
    if (Math.abs(shown - line.monthToDate) < 0.005 && text(r.shownStatus) === status) return;
    out.push({ row: r.row, monthToDate: line.monthToDate, status, line });
  });
  return out;
}

/** Log rows at the Log tab's columns (as Set up recorded them), all stamped with `at`. */
export function logRows(entries: readonly LogEntry[], columns: ReadonlyMap<string, number>, width: number, at: number): CellValue[][] {
  return entries.map((e) => place({ timestamp: new Date(at), job: e.job, key: e.key, result: e.result, detail: e.detail }, columns, width));
}
