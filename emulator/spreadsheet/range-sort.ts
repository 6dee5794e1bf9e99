// Sorting the rows of a range by one or more columns, moving each row's cells with all their formats and notes.
import { PlatformError } from '../runtime/errors.js';
import type { CellValue, GridRange, SheetModel } from './model.js';
import { sheetGrids } from './structure.js';
import { offsetFormula } from './reference-shift.js';

export type SortKey = { column: number; ascending: boolean };

/** The keys of Range.sort(spec): a column number, { column, ascending }, or an array of those (1-based sheet columns). */
export function sortKeys(spec: unknown, g: GridRange): SortKey[] {
  const list = Array.isArray(spec) ? spec : [spec];
  return list.map((k) => {
    const key = typeof k === 'number' ? { column: k, ascending: true } : (k as { column?: number; ascending?: boolean });
    const column = Number(key.column);
    // https://developers.google.com/apps-script/reference/spreadsheet/range#sortsortspecobj — columns are sheet positions inside the range.
    if (!Number.isInteger(column) || column - 1 < g.c1 || column - 1 > g.c2) throw new PlatformError('Sort column is out of range.');
    return { column: column - 1, ascending: key.ascending !== false };
  });
}

function rank(v: CellValue | undefined): number {
  if (v === undefined || v === '') return 3;
  if (typeof v === 'number' || v instanceof Date) return 0;
  if (typeof v === 'string') return 1;
  return 2;
}

/** Sheets' order: numbers and dates, then text (case-insensitive), then booleans; blanks always last. */
export function compareCells(a: CellValue | undefined, b: CellValue | undefined, ascending: boolean): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra === 3 || rb === 3) return ra - rb;
  let d: number;
  if (ra !== rb) d = ra - rb;
  else if (ra === 0) d = Number(a instanceof Date ? a.getTime() : a) - Number(b instanceof Date ? b.getTime() : b);
  else if (ra === 1) d = String(a).localeCompare(String(b), undefined, { sensitivity: 'base' });
  else d = Number(a) - Number(b);
  return ascending ? d : -d;
}

/** Reorders the rows of `g` by `keys`, comparing the cells' values (`valueAt` evaluates formulas). Stable. */
export function sortRange(sheet: SheetModel, g: GridRange, keys: SortKey[], valueAt: (r: number, c: number) => CellValue): void {
  const rows = Array.from({ length: g.r2 - g.r1 + 1 }, (_, i) => g.r1 + i);
  const keyValues = new Map(rows.map((r) => [r, keys.map((k) => valueAt(r, k.column))]));
  const order = [...rows].sort((x, y) => {
    const kx = keyValues.get(x)!;
    const ky = keyValues.get(y)!;
    for (let i = 0; i < keys.length; i++) {
      const d = compareCells(kx[i], ky[i], keys[i].ascending);
      if (d !== 0) return d;
    }
    return x - y;
  });
  for (const grid of sheetGrids(sheet)) {
    const snapshot = order.map((r) => Array.from({ length: g.c2 - g.c1 + 1 }, (_, j) => grid.get(r, g.c1 + j)));
    snapshot.forEach((line, i) =>
      line.forEach((v, j) => {
        // A moved formula reads from its new row, as when Sheets sorts rows that hold formulas.
        const moved = grid === sheet.formulas && typeof v === 'string' ? offsetFormula(v, g.r1 + i - order[i], 0) : v;
        grid.set(g.r1 + i, g.c1 + j, moved);
      }),
    );
  }
}
