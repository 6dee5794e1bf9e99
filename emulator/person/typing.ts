// A person's hands on the grid: typing, pasting and clearing cells, with data validation applied as the Sheets UI does.
import type { World } from '../runtime/world.js';
import type { CellValue, GridRange, SheetModel, SpreadsheetModel } from '../spreadsheet/model.js';
import { cellValue, writeValues } from '../spreadsheet/spreadsheet-store.js';
import { parseTypedInput } from '../spreadsheet/typed-input.js';
import { validationOutcome, validationRejectMessage } from '../spreadsheet/validation-check.js';

export type TypedCell = { value: CellValue; formula?: string };

/** How Sheets reads one value a person enters: text is interpreted per locale; numbers, booleans and dates stay. */
export function interpret(raw: unknown, ss: SpreadsheetModel): TypedCell {
  if (raw === null || raw === undefined) return { value: '' };
  if (typeof raw === 'number' || typeof raw === 'boolean' || raw instanceof Date) return { value: raw };
  return parseTypedInput(String(raw), ss.locale, ss.timeZone);
}

export type Refusal = { row: number; col: number; message: string };

/**
 * The first cell whose rejecting validation refuses the value
 * (https://support.google.com/docs/answer/186103 — "Reject the input" refuses invalid data a person enters).
 */
export function refusal(world: World, ss: SpreadsheetModel, sheet: SheetModel, r0: number, c0: number, cells: TypedCell[][]): Refusal | null {
  for (let i = 0; i < cells.length; i++) {
    for (let j = 0; j < cells[i].length; j++) {
      const rule = sheet.validations.get(r0 + i, c0 + j);
      const cell = cells[i][j];
      if (!rule || cell.formula !== undefined) continue;
      const ctx = { ss, sheet, row: r0 + i, col: c0 + j, now: world.clock.now(), timeZone: ss.timeZone };
      const outcome = validationOutcome(rule, cell.value, ctx);
      if (outcome === 'reject') {
        return { row: r0 + i, col: c0 + j, message: validationRejectMessage(rule, r0 + i, c0 + j) };
      }
    }
  }
  return null;
}

/** Writes interpreted cells with the top-left at (r0, c0); formulas are stored as formulas. */
export function writeTyped(sheet: SheetModel, r0: number, c0: number, cells: TypedCell[][]): void {
  writeValues(sheet, r0, c0, cells.map((line) => line.map((c) => (c.formula !== undefined ? '' : c.value))));
  for (let i = 0; i < cells.length; i++) {
    for (let j = 0; j < cells[i].length; j++) {
      const f = cells[i][j].formula;
      if (f !== undefined) sheet.formulas.set(r0 + i, c0 + j, f);
    }
  }
}

/** Empties the values of a range, leaving formats, notes and validations (the Delete key). */
export function clearValues(sheet: SheetModel, g: GridRange): void {
  for (let r = g.r1; r <= g.r2; r++) {
    for (let c = g.c1; c <= g.c2; c++) {
      sheet.values.set(r, c, undefined);
      sheet.formulas.set(r, c, undefined);
    }
  }
}

export function currentValue(world: World, ss: SpreadsheetModel, sheet: SheetModel, r: number, c: number): CellValue {
  return cellValue(sheet, r, c, { ss, now: world.clock.now() });
}
