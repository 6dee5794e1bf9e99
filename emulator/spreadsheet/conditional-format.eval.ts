// Applies a sheet's conditional format rules to its cells, so each cell's effective colours and font are known.
import { Grid } from './grid.js';
import type { CellFormat, CellValue, ConditionalFormatModel, SheetModel, SpreadsheetModel } from './model.js';
import { evaluateFormula, formulaHolds, newEvalCache, type EvalCache } from './formula-engine.js';
import { shiftSensitivity } from './formula-refs.js';
import { dateToSerial } from './zoned-time.js';

export type CfOptions = { now: number; timeZone: string; /** Evaluate no row past this 0-based row (default: the sheet's last row). */ maxRow?: number };

type Probe = { ss: SpreadsheetModel; sheet: SheetModel; opts: CfOptions; cache: EvalCache; today: number };
/** Results of one custom formula by effective shift: cells whose relative references resolve alike share a result. */
type FormulaMemo = { rows: boolean; cols: boolean; results: Map<number, boolean> };

function cellValue(p: Probe, r: number, c: number): CellValue {
  const f = p.sheet.formulas.get(r, c);
  if (f !== undefined) return evaluateFormula(p.ss, p.sheet, f, { row: r, col: c }, { now: p.opts.now, timeZone: p.opts.timeZone, cache: p.cache });
  return p.sheet.values.get(r, c) ?? '';
}

/** The calendar day (serial) a date condition compares with: a Date, or a relative date counted from today. */
function targetDay(v: unknown, p: Probe): number | null {
  if (v instanceof Date) return Math.floor(dateToSerial(v, p.opts.timeZone));
  switch (String(v)) {
    case 'TODAY': return p.today;
    case 'TOMORROW': return p.today + 1;
    case 'YESTERDAY': return p.today - 1;
    case 'PAST_WEEK': return p.today - 7;
    case 'PAST_MONTH': return p.today - 30;
    case 'PAST_YEAR': return p.today - 365;
    default: return null;
  }
}

function text(v: CellValue): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v instanceof Date ? '' : String(v);
}

function holds(rule: ConditionalFormatModel, p: Probe, r: number, c: number, top: number, left: number, memo: FormulaMemo | null): boolean {
  const { type, values } = rule.condition;
  if (type === 'CUSTOM_FORMULA' && memo) {
    // https://support.google.com/docs/answer/78413 — a custom formula is written for the range's first cell and moves with each cell.
    const dr = memo.rows ? r - top : 0;
    const dc = memo.cols ? c - left : 0;
    const k = dr * 20_000 + dc;
    const known = memo.results.get(k);
    if (known !== undefined) return known;
    const result = formulaHolds(evaluateFormula(p.ss, p.sheet, String(values[0] ?? ''), { row: r, col: c },
      { now: p.opts.now, timeZone: p.opts.timeZone, shiftRows: r - top, shiftCols: c - left, cache: p.cache }));
    memo.results.set(k, result);
    return result;
  }
  const v = cellValue(p, r, c);
  const empty = v === '';
  if (type === 'CELL_EMPTY') return empty;
  if (type === 'CELL_NOT_EMPTY') return !empty;
  if (empty) return false;
  const t = text(v).toLowerCase();
  const arg = String(values[0] ?? '').toLowerCase();
  const n = typeof v === 'number' ? v : null;
  const a = Number(values[0]);
  const b = Number(values[1]);
  switch (type) {
    case 'TEXT_EQ': return t === arg;
    case 'TEXT_CONTAINS': return t.includes(arg);
    case 'TEXT_NOT_CONTAINS': return !t.includes(arg);
    case 'TEXT_STARTS_WITH': return t.startsWith(arg);
    case 'TEXT_ENDS_WITH': return t.endsWith(arg);
    case 'NUMBER_GREATER_THAN': return n !== null && n > a;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return n !== null && n >= a;
    case 'NUMBER_LESS_THAN': return n !== null && n < a;
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return n !== null && n <= a;
    case 'NUMBER_EQUAL_TO': return n !== null && n === a;
    case 'NUMBER_NOT_EQUAL_TO': return n !== null && n !== a;
    case 'NUMBER_BETWEEN': return n !== null && n >= Math.min(a, b) && n <= Math.max(a, b);
    case 'NUMBER_NOT_BETWEEN': return n !== null && (n < Math.min(a, b) || n > Math.max(a, b));
    case 'DATE_BEFORE':
    case 'DATE_AFTER':
    case 'DATE_EQUAL_TO': {
      if (!(v instanceof Date)) return false;
      const d = Math.floor(dateToSerial(v, p.opts.timeZone));
      const target = targetDay(values[0], p);
      if (target === null) return false;
      return type === 'DATE_BEFORE' ? d < target : type === 'DATE_AFTER' ? d > target : d === target;
    }
    default: return false;
  }
}

function lastRowWithContent(sheet: SheetModel): number {
  return Math.max(sheet.values.rowCount(), sheet.formulas.rowCount()) - 1;
}

/**
 * For every cell a rule covers, the format of the FIRST rule in the sheet's list whose condition holds there: Sheets
 * checks rules in priority order and the earlier rule wins (https://support.google.com/docs/answer/78413).
 * Rows past the last row with content (or `maxRow`) are not evaluated: an empty row can only match "is empty" rules,
 * which a caller asking for them passes `maxRow` for.
 */
export function evaluateConditionalFormats(ss: SpreadsheetModel, sheet: SheetModel, opts: CfOptions): Grid<CellFormat> {
  const out = new Grid<CellFormat>();
  const decided = new Grid<true>();
  const p: Probe = { ss, sheet, opts, cache: newEvalCache(), today: Math.floor(dateToSerial(new Date(opts.now), opts.timeZone)) };
  const limit = Math.min(opts.maxRow ?? lastRowWithContent(sheet), sheet.maxRows - 1);
  for (const rule of sheet.conditionalFormats) {
    const custom = rule.condition.type === 'CUSTOM_FORMULA';
    for (const g of rule.ranges) {
      const memo: FormulaMemo | null = custom ? { ...shiftSensitivity(String(rule.condition.values[0] ?? '')), results: new Map() } : null;
      if (g.sheetId !== sheet.id) continue;
      const r2 = Math.min(g.r2, limit);
      const c2 = Math.min(g.c2, sheet.maxColumns - 1);
      for (let r = g.r1; r <= r2; r++) {
        for (let c = g.c1; c <= c2; c++) {
          if (decided.get(r, c)) continue;
          if (!holds(rule, p, r, c, g.r1, g.c1, memo)) continue;
          decided.set(r, c, true);
          out.set(r, c, { ...rule.format });
        }
      }
    }
  }
  return out;
}

/** The background a person sees: the conditional format's when one applies, else the cell's own, else white. */
export function effectiveBackground(sheet: SheetModel, cf: Grid<CellFormat>, r: number, c: number): string {
  return cf.get(r, c)?.background ?? sheet.backgrounds.get(r, c) ?? '#ffffff';
}
