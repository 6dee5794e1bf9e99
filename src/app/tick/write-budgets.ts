// Writes the Budgets tab's Month To Date and Status cells that changed: one block when the two columns sit side by side.
import type { CellValue } from '../../core/field-types/index.js';
import type { Tabs } from '../../adapters/tabs.adapter.js';
import type { Table } from './tick-input.js';
import type { BudgetCells } from './writes.js';

/**
 * One setValues over the rows from the first to the last change; rows in between keep what they show.
 * When people moved the two columns apart, each column is written on its own (never the cells between them).
 */
export function writeBudgets(tabs: Tabs, tab: { table: Table; columns: ReadonlyMap<string, number> }, changed: readonly BudgetCells[]): void {
  const mtdCol = tab.columns.get('monthToDate');
  const statusCol = tab.columns.get('status');
  const first = Math.min(...changed.map((c) => c.row));
  const last = Math.max(...changed.map((c) => c.row));
  const byRow = new Map(changed.map((c) => [c.row, c]));
  const cell = (row: number, col: number, pick: (c: BudgetCells) => CellValue): CellValue => {
    const c = byRow.get(row);
    return c ? pick(c) : ((tab.table[row - 1]?.[col] ?? '') as CellValue);
  };
  const rows = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const columnOf = (col: number, pick: (c: BudgetCells) => CellValue) => rows.map((r) => [cell(r, col, pick)]);
  const mtd = (c: BudgetCells) => c.monthToDate;
  const status = (c: BudgetCells) => c.status;
  if (mtdCol !== undefined && statusCol === mtdCol + 1) {
    tabs.writeBlock('budgets', first, mtdCol + 1, rows.map((r) => [cell(r, mtdCol, mtd), cell(r, statusCol, status)]));
    return;
  }
  if (mtdCol !== undefined) tabs.writeBlock('budgets', first, mtdCol + 1, columnOf(mtdCol, mtd));
  if (statusCol !== undefined) tabs.writeBlock('budgets', first, statusCol + 1, columnOf(statusCol, status));
}
