// Row and column insertions and deletions: shift every grid of the sheet and every range that points into it.
import type { Grid } from './grid.js';
import type { GridRange, SheetModel, SpreadsheetModel } from './model.js';
import { shiftFormula, shiftIndex, shiftSpan, type Axis, type Shift } from './reference-shift.js';

export type { Axis, Shift };

/** Every per-cell grid a sheet carries. */
export function sheetGrids(sheet: SheetModel): Grid<unknown>[] {
  return [
    sheet.values,
    sheet.formulas,
    sheet.notes,
    sheet.backgrounds,
    sheet.fontColors,
    sheet.fontWeights,
    sheet.fontStyles,
    sheet.numberFormats,
    sheet.validations,
  ] as Grid<unknown>[];
}

/** A GridRange after the change, or null when all of it was deleted. Ranges on other sheets are returned unchanged. */
export function shiftGridRange(g: GridRange, sheetId: number, s: Shift): GridRange | null {
  if (g.sheetId !== sheetId) return g;
  if (s.axis === 'rows') {
    const span = shiftSpan(g.r1, g.r2, s);
    return span ? { ...g, r1: span[0], r2: span[1] } : null;
  }
  const span = shiftSpan(g.c1, g.c2, s);
  return span ? { ...g, c1: span[0], c2: span[1] } : null;
}

function isGridRange(x: unknown): x is GridRange {
  return typeof x === 'object' && x !== null && 'sheetId' in x && 'r1' in x && 'c2' in x;
}

/** Applies a structural change to `sheet` of `ss`: data, formats, sizes, and every range or formula that refers to it. */
export function applyShift(ss: SpreadsheetModel, sheet: SheetModel, s: Shift): void {
  for (const g of sheetGrids(sheet)) {
    if (s.axis === 'rows') {
      if (s.op === 'insert') g.insertRows(s.at, s.count);
      else g.deleteRows(s.at, s.count);
    } else if (s.op === 'insert') g.insertColumns(s.at, s.count);
    else g.deleteColumns(s.at, s.count);
  }
  const delta = s.op === 'insert' ? s.count : -s.count;
  if (s.axis === 'rows') {
    sheet.maxRows += delta;
    // Inserting or deleting inside the frozen rows changes how many are frozen.
    if (s.at < sheet.frozenRows) sheet.frozenRows = Math.max(s.at, sheet.frozenRows + delta);
  } else {
    sheet.maxColumns += delta;
    if (s.at < sheet.frozenColumns) sheet.frozenColumns = Math.max(s.at, sheet.frozenColumns + delta);
    sheet.columnWidths = shiftKeys(sheet.columnWidths, s);
    sheet.hiddenColumns = new Set([...sheet.hiddenColumns].map((c) => shiftIndex(c, s)).filter((c): c is number => c !== null));
  }
  shiftReferences(ss, sheet, s);
}

function shiftKeys<V>(m: Map<number, V>, s: Shift): Map<number, V> {
  const out = new Map<number, V>();
  for (const [k, v] of m) {
    const n = shiftIndex(k, s);
    if (n !== null) out.set(n, v);
  }
  return out;
}

/** Ranges and formulas anywhere in the spreadsheet that point at `sheet` follow the change. */
function shiftReferences(ss: SpreadsheetModel, sheet: SheetModel, s: Shift): void {
  const id = sheet.id;
  ss.namedRanges = ss.namedRanges.flatMap((n) => {
    const g = shiftGridRange(n.range, id, s);
    return g ? [{ ...n, range: g }] : [];
  });
  sheet.protections = sheet.protections.flatMap((p) => {
    if (p.kind !== 'RANGE' || !p.range) return [p];
    const g = shiftGridRange(p.range, id, s);
    if (!g) return [];
    p.range = g;
    return [p];
  });
  sheet.conditionalFormats = sheet.conditionalFormats.flatMap((cf) => {
    const ranges = cf.ranges.map((g) => shiftGridRange(g, id, s)).filter((g): g is GridRange => g !== null);
    if (ranges.length === 0) return [];
    cf.ranges = ranges;
    return [cf];
  });
  const seen = new Set<object>();
  for (const other of ss.sheets) {
    for (const [r, c, f] of [...other.formulas.entries()]) other.formulas.set(r, c, shiftFormula(f, other.name, sheet.name, s));
    for (const cf of other.conditionalFormats) {
      if (cf.condition.type === 'CUSTOM_FORMULA') {
        cf.condition.values = cf.condition.values.map((v) => (typeof v === 'string' ? shiftFormula(v, other.name, sheet.name, s) : v));
      }
    }
    for (const [, , dv] of other.validations.entries()) {
      if (seen.has(dv)) continue;
      seen.add(dv);
      dv.args = dv.args.map((a) => {
        if (isGridRange(a)) return shiftGridRange(a, id, s) ?? a;
        if (dv.criteria === 'CUSTOM_FORMULA' && typeof a === 'string') return shiftFormula(a, other.name, sheet.name, s);
        return a;
      });
    }
  }
}
