// Structural changes a person makes through the Sheets UI that have no single Apps Script call: moving a column.
import type { Grid } from '../spreadsheet/grid.js';
import type { GridRange, SheetModel } from '../spreadsheet/model.js';

function grids(sheet: SheetModel): Grid<unknown>[] {
  return [
    sheet.values, sheet.formulas, sheet.notes, sheet.backgrounds, sheet.fontColors, sheet.fontWeights,
    sheet.fontStyles, sheet.numberFormats, sheet.validations,
  ] as Grid<unknown>[];
}

/** Where column index `c` ends up when column `from` is moved so that it lands at index `to`. */
export function movedIndex(c: number, from: number, to: number): number {
  if (c === from) return to;
  if (from < to && c > from && c <= to) return c - 1;
  if (to < from && c >= to && c < from) return c + 1;
  return c;
}

/**
 * Moves column `from` (0-based) so that it lands at index `to`, with everything in it: values, formulas, notes, formats
 * and validations (dragging a column header in Sheets). Single-column rules and protections follow their column.
 */
export function moveColumn(sheet: SheetModel, from: number, to: number): void {
  if (from === to) return;
  for (const grid of grids(sheet)) {
    const column: Array<[number, unknown]> = [];
    for (let r = 0; r < grid.rowCount(); r++) {
      const v = grid.row(r)?.[from];
      if (v !== undefined) column.push([r, v]);
    }
    grid.deleteColumns(from, 1);
    grid.insertColumns(to, 1);
    for (let r = 0; r < grid.rowCount(); r++) grid.set(r, to, undefined);
    for (const [r, v] of column) grid.set(r, to, v);
  }
  const widths = new Map<number, number>();
  for (const [c, w] of sheet.columnWidths) widths.set(movedIndex(c, from, to), w);
  sheet.columnWidths.clear();
  for (const [c, w] of widths) sheet.columnWidths.set(c, w);
  const follow = (g: GridRange): void => {
    if (g.c1 === g.c2) {
      g.c1 = g.c2 = movedIndex(g.c1, from, to);
    }
  };
  for (const rule of sheet.conditionalFormats) rule.ranges.forEach(follow);
  for (const p of sheet.protections) if (p.range) follow(p.range);
}
