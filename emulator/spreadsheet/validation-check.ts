// Whether a value a person enters satisfies a cell's data validation rule, and whether Sheets rejects or only flags it.
import type { CellValue, DataValidationModel, GridRange, SheetModel, SpreadsheetModel } from './model.js';
import { evaluateFormula, formulaHolds } from './formula-engine.js';
import { isEmail, isUrl } from './formula-functions.js';
import { dateToSerial } from './zoned-time.js';

export type ValidationContext = {
  ss: SpreadsheetModel;
  sheet: SheetModel;
  /** 0-based cell being edited. */
  row: number;
  col: number;
  now: number;
  timeZone: string;
  /**
   * Top-left cell of the range the rule was set on (custom formulas are written for it). When absent it is found by
   * walking up and left while the neighbouring cells hold the same rule object.
   */
  anchor?: { row: number; col: number };
};

export type ValidationOutcome = 'ok' | 'warn' | 'reject';

function day(d: unknown, timeZone: string): number | null {
  return d instanceof Date ? Math.floor(dateToSerial(d, timeZone)) : null;
}

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return String(a) === String(b);
}

function anchorOf(model: DataValidationModel, ctx: ValidationContext): { row: number; col: number } {
  if (ctx.anchor) return ctx.anchor;
  let r = ctx.row;
  let c = ctx.col;
  while (r > 0 && ctx.sheet.validations.get(r - 1, ctx.col) === model) r--;
  while (c > 0 && ctx.sheet.validations.get(r, c - 1) === model) c--;
  return { row: r, col: c };
}

function rangeValues(ctx: ValidationContext, g: GridRange): CellValue[] {
  const sheet = ctx.ss.sheets.find((s) => s.id === g.sheetId);
  if (!sheet) return [];
  const out: CellValue[] = [];
  const opts = { now: ctx.now, timeZone: ctx.timeZone };
  for (let r = g.r1; r <= Math.min(g.r2, sheet.maxRows - 1); r++) {
    for (let c = g.c1; c <= g.c2; c++) {
      const f = sheet.formulas.get(r, c);
      const v = f !== undefined ? evaluateFormula(ctx.ss, sheet, f, { row: r, col: c }, opts) : sheet.values.get(r, c);
      if (v !== undefined && v !== '') out.push(v);
    }
  }
  return out;
}

function num(v: CellValue): number | null {
  return typeof v === 'number' ? v : null;
}

/**
 * Whether `value` satisfies the rule. An empty value always passes (clearing a cell is never refused); list and range
 * matches are exact, as a dropdown's items are.
 */
export function checkValidation(model: DataValidationModel, value: CellValue, ctx: ValidationContext): boolean {
  if (value === '' || value === null || value === undefined) return true;
  const a = model.args;
  const n = num(value);
  const text = value instanceof Date ? '' : String(value);
  const d = day(value, ctx.timeZone);
  switch (model.criteria) {
    case 'VALUE_IN_LIST': return (a[0] as string[]).some((item) => item === text);
    case 'VALUE_IN_RANGE': return rangeValues(ctx, a[0] as GridRange).some((v) => sameValue(v, value));
    // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireCheckbox() — TRUE/FALSE unless custom values.
    case 'CHECKBOX': return a.length === 0 ? typeof value === 'boolean' : a.some((v) => sameValue(v as CellValue, value));
    case 'DATE_IS_VALID_DATE': return d !== null;
    case 'DATE_AFTER': return d !== null && d > (day(a[0], ctx.timeZone) ?? Infinity);
    case 'DATE_BEFORE': return d !== null && d < (day(a[0], ctx.timeZone) ?? -Infinity);
    case 'DATE_ON_OR_AFTER': return d !== null && d >= (day(a[0], ctx.timeZone) ?? Infinity);
    case 'DATE_ON_OR_BEFORE': return d !== null && d <= (day(a[0], ctx.timeZone) ?? -Infinity);
    case 'DATE_BETWEEN': return d !== null && d >= (day(a[0], ctx.timeZone) ?? Infinity) && d <= (day(a[1], ctx.timeZone) ?? -Infinity);
    case 'NUMBER_BETWEEN': return n !== null && n >= Number(a[0]) && n <= Number(a[1]);
    case 'NUMBER_NOT_BETWEEN': return n !== null && (n < Number(a[0]) || n > Number(a[1]));
    case 'NUMBER_GREATER_THAN': return n !== null && n > Number(a[0]);
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO': return n !== null && n >= Number(a[0]);
    case 'NUMBER_LESS_THAN': return n !== null && n < Number(a[0]);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO': return n !== null && n <= Number(a[0]);
    case 'NUMBER_EQUAL_TO': return n !== null && n === Number(a[0]);
    case 'NUMBER_NOT_EQUAL_TO': return n !== null && n !== Number(a[0]);
    case 'TEXT_CONTAINS': return text.toLowerCase().includes(String(a[0]).toLowerCase());
    case 'TEXT_DOES_NOT_CONTAIN': return !text.toLowerCase().includes(String(a[0]).toLowerCase());
    case 'TEXT_EQUAL_TO': return text === String(a[0]);
    case 'TEXT_IS_VALID_EMAIL': return isEmail(text);
    case 'TEXT_IS_VALID_URL': return isUrl(text);
    case 'CUSTOM_FORMULA': {
      if (typeof a[0] !== 'string' || a[0].trim() === '') return true;
      const anchor = anchorOf(model, ctx);
      // The formula is checked with the new value in place (it usually refers to the edited cell itself).
      const before = ctx.sheet.values.get(ctx.row, ctx.col);
      const formulaBefore = ctx.sheet.formulas.get(ctx.row, ctx.col);
      ctx.sheet.values.set(ctx.row, ctx.col, value);
      ctx.sheet.formulas.set(ctx.row, ctx.col, undefined);
      try {
        const result = evaluateFormula(ctx.ss, ctx.sheet, a[0], { row: ctx.row, col: ctx.col },
          { now: ctx.now, timeZone: ctx.timeZone, shiftRows: ctx.row - anchor.row, shiftCols: ctx.col - anchor.col });
        return formulaHolds(result);
      } finally {
        ctx.sheet.values.set(ctx.row, ctx.col, before);
        ctx.sheet.formulas.set(ctx.row, ctx.col, formulaBefore);
      }
    }
    default: return true;
  }
}

/**
 * What happens when a person enters `value`: 'ok', 'warn' (kept and flagged) or 'reject' (refused). Sheets rejects
 * failing input only when the rule does not allow invalid data.
 * https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)
 */
export function validationOutcome(model: DataValidationModel, value: CellValue, ctx: ValidationContext): ValidationOutcome {
  if (checkValidation(model, value, ctx)) return 'ok';
  return model.allowInvalid ? 'warn' : 'reject';
}

function a1(row: number, col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row + 1}`;
}

/** The message Sheets shows when it refuses an entry: the rule's help text when it has one, else the generic text. */
export function validationRejectMessage(model: DataValidationModel, row: number, col: number): string {
  if (model.helpText) return model.helpText;
  return `The data you entered in cell ${a1(row, col)} violates the data validation rules set on this cell.`;
}
