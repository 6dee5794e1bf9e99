// One tab of the spreadsheet as state.json shows it: displayed and typed values, notes, effective colours, rules.
import { columnToLetters, formatA1, formatGridRange } from '../spreadsheet/a1.js';
import { evaluateConditionalFormats } from '../spreadsheet/conditional-format.eval.js';
import { formatForDisplay } from '../spreadsheet/display.js';
import type { CellFormat, CellValue, DataValidationModel, SheetModel, SpreadsheetModel } from '../spreadsheet/model.js';
import type { Grid } from '../spreadsheet/grid.js';
import { lastColumn, lastRow, readValues } from '../spreadsheet/spreadsheet-store.js';
import { toJson, type Json } from './json-value.js';

export type ValidationState = { criteria: string; args: Json; allowInvalid: boolean; helpText: string | null; showDropdown: boolean };
export type ConditionalFormatState = { ranges: string[]; condition: { type: string; values: Json }; format: Json };
export type ProtectionState = { kind: string; range: string | null; description: string; warningOnly: boolean; editors: string[] };

export type SheetState = {
  index: number;
  hidden: boolean;
  frozenRows: number;
  frozenColumns: number;
  lastRow: number;
  lastColumn: number;
  /** Rows as displayed (getDisplayValues), header included, up to the last row and column with content. */
  values: string[][];
  /** The same cells as typed values: numbers, booleans, text, dates as ISO strings, '' when empty. */
  raw: Json[][];
  formulas: Record<string, string>;
  notes: Record<string, string>;
  /** Background colour a person sees per cell (conditional formats over set colours); white is left out. */
  backgrounds: Record<string, string>;
  validations: Record<string, ValidationState>;
  conditionalFormats: ConditionalFormatState[];
  protections: ProtectionState[];
  columnWidths: Record<string, number>;
  hiddenColumns: string[];
};

const WHITE = new Set(['#ffffff', '#fff', 'white']);

/** Cells keyed by A1 in row-major order. */
function byA1<T, U>(grid: Grid<T>, map: (v: T) => U | undefined): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [r, c, v] of grid.entries()) {
    const m = map(v);
    if (m !== undefined) out[formatA1(r, c, r, c)] = m;
  }
  return out;
}

/** The conditional-format results for the rows with content (empty sheets skip the evaluation). */
export function effectiveFormats(ss: SpreadsheetModel, sheet: SheetModel, now: number): Grid<CellFormat> | null {
  if (sheet.conditionalFormats.length === 0) return null;
  return evaluateConditionalFormats(ss, sheet, { now, timeZone: ss.timeZone });
}

/** A cell's background as seen on screen: the first matching conditional format's, else the one set on the cell. */
export function seenBackground(sheet: SheetModel, cf: Grid<CellFormat> | null, r: number, c: number): string | undefined {
  const fromRule = cf?.get(r, c)?.background;
  const color = fromRule ?? sheet.backgrounds.get(r, c);
  if (!color) return undefined;
  const lower = color.toLowerCase();
  return WHITE.has(lower) ? undefined : lower;
}

function backgrounds(sheet: SheetModel, cf: Grid<CellFormat> | null): Record<string, string> {
  const cells: [number, number][] = [];
  const seen = new Set<string>();
  const add = (r: number, c: number): void => {
    const k = `${r}:${c}`;
    if (!seen.has(k)) {
      seen.add(k);
      cells.push([r, c]);
    }
  };
  for (const [r, c] of sheet.backgrounds.entries()) add(r, c);
  if (cf) for (const [r, c] of cf.entries()) add(r, c);
  cells.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Record<string, string> = {};
  for (const [r, c] of cells) {
    const color = seenBackground(sheet, cf, r, c);
    if (color) out[formatA1(r, c, r, c)] = color;
  }
  return out;
}

function validationState(ss: SpreadsheetModel, m: DataValidationModel): ValidationState {
  return { criteria: m.criteria, args: toJson(m.args, ss), allowInvalid: m.allowInvalid, helpText: m.helpText, showDropdown: m.showDropdown };
}

/** A block of cells sharing one validation rule (0-based, inclusive). */
export type ValidationRect = { r1: number; r2: number; c1: number; c2: number; model: DataValidationModel; state: ValidationState };

/** Validation rules as rectangles: runs of one rule down a column merge ("E2:E1000"), and equal runs side by side too. */
export function validationRects(ss: SpreadsheetModel, sheet: SheetModel): ValidationRect[] {
  type Cell = { r: number; key: string; model: DataValidationModel; state: ValidationState };
  const byColumn = new Map<number, Cell[]>();
  const keys = new Map<DataValidationModel, { key: string; state: ValidationState }>();
  for (const [r, c, m] of sheet.validations.entries()) {
    let k = keys.get(m);
    if (!k) {
      const state = validationState(ss, m);
      k = { key: JSON.stringify(state), state };
      keys.set(m, k);
    }
    const list = byColumn.get(c) ?? [];
    list.push({ r, key: k.key, model: m, state: k.state });
    byColumn.set(c, list);
  }
  const rects: (ValidationRect & { key: string })[] = [];
  const open = new Map<string, ValidationRect & { key: string }>();
  for (const c of [...byColumn.keys()].sort((a, b) => a - b)) {
    const cells = byColumn.get(c)!.sort((a, b) => a.r - b.r);
    for (let i = 0; i < cells.length; ) {
      let j = i;
      while (j + 1 < cells.length && cells[j + 1].r === cells[j].r + 1 && cells[j + 1].key === cells[i].key) j++;
      const r1 = cells[i].r;
      const r2 = cells[j].r;
      const id = `${r1}:${r2}:${cells[i].key}`;
      const prev = open.get(id);
      if (prev && prev.c2 === c - 1) prev.c2 = c;
      else {
        const rect = { r1, r2, c1: c, c2: c, key: cells[i].key, model: cells[i].model, state: cells[i].state };
        rects.push(rect);
        open.set(id, rect);
      }
      i = j + 1;
    }
  }
  return rects.sort((a, b) => a.c1 - b.c1 || a.r1 - b.r1).map(({ key: _key, ...rect }) => rect);
}

/** Validation rules keyed by A1 range, e.g. { "E2:E1000": { criteria: "VALUE_IN_LIST", ... } }. */
export function mergedValidations(ss: SpreadsheetModel, sheet: SheetModel): Record<string, ValidationState> {
  const out: Record<string, ValidationState> = {};
  for (const x of validationRects(ss, sheet)) out[formatA1(x.r1, x.c1, x.r2, x.c2)] = x.state;
  return out;
}

function displayAndRaw(ss: SpreadsheetModel, sheet: SheetModel, now: number): { values: string[][]; raw: Json[][] } {
  const rows = lastRow(sheet);
  const cols = lastColumn(sheet);
  if (rows === 0 || cols === 0) return { values: [], raw: [] };
  const cells: CellValue[][] = readValues(sheet, { sheetId: sheet.id, r1: 0, c1: 0, r2: rows - 1, c2: cols - 1 }, { ss, now });
  const values = cells.map((line, r) => line.map((v, c) => formatForDisplay(v, sheet.numberFormats.get(r, c), ss.locale, ss.timeZone)));
  const raw = cells.map((line) => line.map((v) => toJson(v, ss)));
  return { values, raw };
}

/** The state.json entry of one sheet, at the clock's `now` (formulas and date conditions read it). */
export function sheetState(ss: SpreadsheetModel, sheet: SheetModel, now: number): SheetState {
  const cf = effectiveFormats(ss, sheet, now);
  const { values, raw } = displayAndRaw(ss, sheet, now);
  return {
    index: sheet.index,
    hidden: sheet.hidden,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    lastRow: lastRow(sheet),
    lastColumn: lastColumn(sheet),
    values,
    raw,
    formulas: byA1(sheet.formulas, (f) => (f.startsWith('=') ? f : `=${f}`)),
    notes: byA1(sheet.notes, (n) => (n === '' ? undefined : n)),
    backgrounds: backgrounds(sheet, cf),
    validations: mergedValidations(ss, sheet),
    conditionalFormats: sheet.conditionalFormats.map((rule) => ({
      ranges: rule.ranges.map((g) => formatGridRange(g)),
      condition: { type: rule.condition.type, values: toJson(rule.condition.values, ss) },
      format: toJson(rule.format, ss),
    })),
    protections: sheet.protections.map((p) => ({
      kind: p.kind,
      range: p.range ? formatGridRange(p.range) : null,
      description: p.description,
      warningOnly: p.warningOnly,
      editors: [...p.editors].sort(),
    })),
    columnWidths: Object.fromEntries([...sheet.columnWidths.entries()].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnToLetters(c), w])),
    hiddenColumns: [...sheet.hiddenColumns].sort((a, b) => a - b).map((c) => columnToLetters(c)),
  };
}
