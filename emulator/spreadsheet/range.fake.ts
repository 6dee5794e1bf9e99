// The fake Range: values, formulas, notes, formats, validations and checkboxes of a block of cells on one sheet.
import type { Ctx } from '../runtime/context.js';
import { PlatformError } from '../runtime/errors.js';
import { guard } from '../runtime/guard.js';
import { columnToLetters, formatA1, type A1Ref } from './a1.js';
import { normalizeColor } from './colors.js';
import { formatForDisplay } from './display.js';
import type { CellValue, DataValidationModel, GridRange, ProtectionModel, SheetModel, SpreadsheetModel } from './model.js';
import { offsetFormula } from './reference-shift.js';
import { sortKeys, sortRange } from './range-sort.js';
import { cellValue, readValues } from './spreadsheet-store.js';
import { checkDimensions, checkProtection, fillGrid, readGrid, storeScriptValue, writeGrid, RangeErrors } from './range-cells.js';
import { meter, rangeFactory, rangeHandle, sheetHandle, type GasRange, type GasSheet } from './handles.js';
import { dataValidationModelOf, newDataValidation } from './data-validation.fake.js';
import { protectionHandle } from './protection.fake.js';

type R = GoogleAppsScript.Spreadsheet.Range;
type Member =
  | 'getValue' | 'getValues' | 'setValue' | 'setValues' | 'getDisplayValue' | 'getDisplayValues'
  | 'getFormula' | 'getFormulas' | 'setFormula' | 'setFormulas' | 'getNote' | 'getNotes' | 'setNote' | 'setNotes' | 'clearNote'
  | 'getBackground' | 'getBackgrounds' | 'setBackground' | 'setBackgrounds' | 'setBackgroundRGB'
  | 'getFontWeight' | 'getFontWeights' | 'setFontWeight' | 'setFontWeights' | 'getFontColor' | 'getFontColors'
  | 'setFontColor' | 'setFontColors' | 'getFontStyle' | 'getFontStyles' | 'setFontStyle' | 'setFontStyles'
  | 'getNumberFormat' | 'getNumberFormats' | 'setNumberFormat' | 'setNumberFormats'
  | 'setDataValidation' | 'setDataValidations' | 'getDataValidation' | 'getDataValidations' | 'clearDataValidations'
  | 'clear' | 'clearContent' | 'clearFormat' | 'getA1Notation' | 'getRow' | 'getColumn' | 'getRowIndex' | 'getNumRows'
  | 'getNumColumns' | 'getLastRow' | 'getLastColumn' | 'getSheet' | 'getGridId' | 'offset' | 'getCell' | 'activate' | 'protect'
  | 'setHorizontalAlignment' | 'setVerticalAlignment' | 'setWrap' | 'setWrapStrategy' | 'setFontSize' | 'setFontFamily'
  | 'setFontLine' | 'setBorder' | 'insertCheckboxes' | 'removeCheckboxes' | 'isChecked' | 'isBlank' | 'getWidth' | 'getHeight'
  | 'isStartRowBounded' | 'isEndRowBounded' | 'isStartColumnBounded' | 'isEndColumnBounded' | 'sort';

const DEFAULT_NUMBER_FORMAT = '0.###############';

export class RangeFake implements Pick<R, Member> {
  constructor(
    private readonly ctx: Ctx,
    readonly ss: SpreadsheetModel,
    readonly sheet: SheetModel,
    readonly g: GridRange,
    private readonly ref?: A1Ref,
  ) {
    this.self = guard(this, 'Range') as unknown as GasRange;
  }

  /** The guarded handle scripts hold: chained calls return it, never the bare fake. */
  readonly self: GasRange;

  private get cells(): number {
    return this.rows * this.cols;
  }
  private get rows(): number {
    return this.g.r2 - this.g.r1 + 1;
  }
  private get cols(): number {
    return this.g.c2 - this.g.c1 + 1;
  }
  private read(member: string, cells = this.cells): void {
    meter(this.ctx, this.ss, `Range.${member}`, 'read', cells);
  }
  private write(member: string, cells = this.cells): void {
    meter(this.ctx, this.ss, `Range.${member}`, 'write', cells);
    checkProtection(this.ctx, this.ss, this.sheet, this.g);
  }
  private first(): GridRange {
    return { ...this.g, r2: this.g.r1, c2: this.g.c1 };
  }
  private evalCtx() {
    return { ss: this.ss, now: this.ctx.world.clock.now() };
  }

  // --- values ---
  getValue(): CellValue {
    this.read('getValue', 1);
    return copyValue(readValues(this.sheet, this.first(), this.evalCtx())[0][0]);
  }
  getValues(): CellValue[][] {
    this.read('getValues');
    const out = readValues(this.sheet, this.g, this.evalCtx());
    for (const line of out) for (let j = 0; j < line.length; j++) line[j] = copyValue(line[j]);
    return out;
  }
  setValue(value: unknown): GasRange {
    this.write('setValue');
    for (let r = this.g.r1; r <= this.g.r2; r++) for (let c = this.g.c1; c <= this.g.c2; c++) storeScriptValue(this.ss, this.sheet, r, c, value);
    return this.self;
  }
  setValues(values: unknown[][]): GasRange {
    this.write('setValues');
    checkDimensions(values, this.rows, this.cols);
    for (let i = 0; i < values.length; i++) {
      const line = values[i];
      for (let j = 0; j < line.length; j++) storeScriptValue(this.ss, this.sheet, this.g.r1 + i, this.g.c1 + j, line[j]);
    }
    return this.self;
  }
  getDisplayValue(): string {
    this.read('getDisplayValue', 1);
    return this.display(this.first())[0][0];
  }
  getDisplayValues(): string[][] {
    this.read('getDisplayValues');
    return this.display(this.g);
  }
  private display(g: GridRange): string[][] {
    const values = readValues(this.sheet, g, this.evalCtx());
    const formats = readGrid<string, string | undefined>(this.sheet.numberFormats, g, undefined);
    return values.map((line, i) => line.map((v, j) => formatForDisplay(v, formats[i][j], this.ss.locale, this.ss.timeZone)));
  }

  // --- formulas ---
  getFormula(): string {
    this.read('getFormula', 1);
    return this.sheet.formulas.get(this.g.r1, this.g.c1) ?? '';
  }
  getFormulas(): string[][] {
    this.read('getFormulas');
    return readGrid(this.sheet.formulas, this.g, '');
  }
  setFormula(formula: string): GasRange {
    this.write('setFormula');
    const f = formula.startsWith('=') ? formula : `=${formula}`;
    // Every cell gets the formula as it reads from there: relative references move, as with fill.
    for (let r = this.g.r1; r <= this.g.r2; r++) {
      for (let c = this.g.c1; c <= this.g.c2; c++) {
        this.sheet.formulas.set(r, c, offsetFormula(f, r - this.g.r1, c - this.g.c1));
        this.sheet.values.set(r, c, undefined);
      }
    }
    return this.self;
  }
  setFormulas(formulas: string[][]): GasRange {
    this.write('setFormulas');
    checkDimensions(formulas, this.rows, this.cols);
    formulas.forEach((line, i) =>
      line.forEach((f, j) => {
        const r = this.g.r1 + i;
        const c = this.g.c1 + j;
        if (f === '' || f === null || f === undefined) this.sheet.formulas.set(r, c, undefined);
        else {
          this.sheet.formulas.set(r, c, String(f).startsWith('=') ? String(f) : `=${f}`);
          this.sheet.values.set(r, c, undefined);
        }
      }),
    );
    return this.self;
  }

  // --- notes ---
  getNote(): string {
    this.read('getNote', 1);
    return this.sheet.notes.get(this.g.r1, this.g.c1) ?? '';
  }
  getNotes(): string[][] {
    this.read('getNotes');
    return readGrid(this.sheet.notes, this.g, '');
  }
  setNote(note: string | null): GasRange {
    this.write('setNote');
    fillGrid(this.sheet.notes, this.g, note === null || note === '' ? undefined : String(note));
    return this.self;
  }
  setNotes(notes: Array<Array<string | null>>): GasRange {
    this.write('setNotes');
    checkDimensions(notes, this.rows, this.cols);
    writeGrid(this.sheet.notes, this.g, notes, (n) => (n === null || n === undefined || n === '' ? undefined : String(n)));
    return this.self;
  }
  clearNote(): GasRange {
    this.write('clearNote');
    fillGrid(this.sheet.notes, this.g, undefined);
    return this.self;
  }

  // --- colours and fonts ---
  getBackground(): string {
    this.read('getBackground', 1);
    return this.sheet.backgrounds.get(this.g.r1, this.g.c1) ?? '#ffffff';
  }
  getBackgrounds(): string[][] {
    this.read('getBackgrounds');
    return readGrid(this.sheet.backgrounds, this.g, '#ffffff');
  }
  setBackground(color: string | null): GasRange {
    this.write('setBackground');
    fillGrid(this.sheet.backgrounds, this.g, normalizeColor(color) ?? undefined);
    return this.self;
  }
  setBackgroundRGB(red: number, green: number, blue: number): GasRange {
    return this.setBackground(`rgb(${red},${green},${blue})`);
  }
  setBackgrounds(colors: Array<Array<string | null>>): GasRange {
    this.write('setBackgrounds');
    checkDimensions(colors, this.rows, this.cols);
    writeGrid(this.sheet.backgrounds, this.g, colors, (c) => normalizeColor(c) ?? undefined);
    return this.self;
  }
  getFontColor(): string {
    this.read('getFontColor', 1);
    return this.sheet.fontColors.get(this.g.r1, this.g.c1) ?? '#000000';
  }
  getFontColors(): string[][] {
    this.read('getFontColors');
    return readGrid(this.sheet.fontColors, this.g, '#000000');
  }
  setFontColor(color: string | null): GasRange {
    this.write('setFontColor');
    fillGrid(this.sheet.fontColors, this.g, normalizeColor(color) ?? undefined);
    return this.self;
  }
  setFontColors(colors: unknown[][]): GasRange {
    this.write('setFontColors');
    checkDimensions(colors, this.rows, this.cols);
    writeGrid(this.sheet.fontColors, this.g, colors, (c) => normalizeColor(c === null || c === undefined ? null : String(c)) ?? undefined);
    return this.self;
  }
  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    this.read('getFontWeight', 1);
    return (this.sheet.fontWeights.get(this.g.r1, this.g.c1) ?? 'normal') as GoogleAppsScript.Spreadsheet.FontWeight;
  }
  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    this.read('getFontWeights');
    return readGrid(this.sheet.fontWeights, this.g, 'normal') as GoogleAppsScript.Spreadsheet.FontWeight[][];
  }
  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GasRange {
    this.write('setFontWeight');
    fillGrid(this.sheet.fontWeights, this.g, fontWeight === null || fontWeight === 'normal' ? undefined : fontWeight);
    return this.self;
  }
  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GasRange {
    this.write('setFontWeights');
    checkDimensions(fontWeights, this.rows, this.cols);
    writeGrid(this.sheet.fontWeights, this.g, fontWeights, (w) => (w === null || w === 'normal' ? undefined : w));
    return this.self;
  }
  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    this.read('getFontStyle', 1);
    return (this.sheet.fontStyles.get(this.g.r1, this.g.c1) ?? 'normal') as GoogleAppsScript.Spreadsheet.FontStyle;
  }
  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    this.read('getFontStyles');
    return readGrid(this.sheet.fontStyles, this.g, 'normal') as GoogleAppsScript.Spreadsheet.FontStyle[][];
  }
  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GasRange {
    this.write('setFontStyle');
    fillGrid(this.sheet.fontStyles, this.g, fontStyle === null || fontStyle === 'normal' ? undefined : fontStyle);
    return this.self;
  }
  setFontStyles(fontStyles: Array<Array<GoogleAppsScript.Spreadsheet.FontStyle | null>>): GasRange {
    this.write('setFontStyles');
    checkDimensions(fontStyles, this.rows, this.cols);
    writeGrid(this.sheet.fontStyles, this.g, fontStyles, (s) => (s === null || s === 'normal' ? undefined : s));
    return this.self;
  }
  // Stored nowhere in the model (it has no slot for them) but metered like the real calls.
  setFontSize(_size: number): GasRange {
    this.write('setFontSize');
    return this.self;
  }
  setFontFamily(_fontFamily: string | null): GasRange {
    this.write('setFontFamily');
    return this.self;
  }
  setFontLine(_fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): GasRange {
    this.write('setFontLine');
    return this.self;
  }
  setBorder(..._args: unknown[]): GasRange {
    this.write('setBorder');
    return this.self;
  }
  setHorizontalAlignment(_alignment: 'left' | 'center' | 'normal' | 'right' | null): GasRange {
    this.write('setHorizontalAlignment');
    return this.self;
  }
  setVerticalAlignment(_alignment: 'top' | 'middle' | 'bottom' | null): GasRange {
    this.write('setVerticalAlignment');
    return this.self;
  }
  setWrap(_isWrapEnabled: boolean): GasRange {
    this.write('setWrap');
    return this.self;
  }
  setWrapStrategy(_strategy: GoogleAppsScript.Spreadsheet.WrapStrategy): GasRange {
    this.write('setWrapStrategy');
    return this.self;
  }

  // --- number formats ---
  getNumberFormat(): string {
    this.read('getNumberFormat', 1);
    return this.sheet.numberFormats.get(this.g.r1, this.g.c1) ?? DEFAULT_NUMBER_FORMAT;
  }
  getNumberFormats(): string[][] {
    this.read('getNumberFormats');
    return readGrid(this.sheet.numberFormats, this.g, DEFAULT_NUMBER_FORMAT);
  }
  setNumberFormat(numberFormat: string): GasRange {
    this.write('setNumberFormat');
    fillGrid(this.sheet.numberFormats, this.g, numberFormat === '' ? undefined : numberFormat);
    return this.self;
  }
  setNumberFormats(numberFormats: string[][]): GasRange {
    this.write('setNumberFormats');
    checkDimensions(numberFormats, this.rows, this.cols);
    writeGrid(this.sheet.numberFormats, this.g, numberFormats, (f) => (f === '' || f === null ? undefined : f));
    return this.self;
  }

  // --- data validation and checkboxes ---
  setDataValidation(rule: GoogleAppsScript.Spreadsheet.DataValidation | null): GasRange {
    meter(this.ctx, this.ss, 'Range.setDataValidation', 'structure');
    fillGrid(this.sheet.validations, this.g, rule === null ? undefined : dataValidationModelOf(rule));
    return this.self;
  }
  setDataValidations(rules: Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>>): GasRange {
    meter(this.ctx, this.ss, 'Range.setDataValidations', 'structure');
    checkDimensions(rules, this.rows, this.cols);
    writeGrid(this.sheet.validations, this.g, rules, (r) => (r === null || r === undefined ? undefined : dataValidationModelOf(r)));
    return this.self;
  }
  getDataValidation(): GoogleAppsScript.Spreadsheet.DataValidation | null {
    this.read('getDataValidation', 1);
    const m = this.sheet.validations.get(this.g.r1, this.g.c1);
    return m ? this.validationHandle(m) : null;
  }
  getDataValidations(): Array<Array<GoogleAppsScript.Spreadsheet.DataValidation | null>> {
    this.read('getDataValidations');
    return readGrid<DataValidationModel, GoogleAppsScript.Spreadsheet.DataValidation | null>(this.sheet.validations, this.g, null, (m) => this.validationHandle(m));
  }
  private validationHandle(m: DataValidationModel): GoogleAppsScript.Spreadsheet.DataValidation {
    return newDataValidation(this.ctx, m, rangeFactory(this.ctx, this.ss));
  }
  clearDataValidations(): GasRange {
    meter(this.ctx, this.ss, 'Range.clearDataValidations', 'structure');
    fillGrid(this.sheet.validations, this.g, undefined);
    return this.self;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#insertcheckboxes — checkbox validation, every cell set to false.
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GasRange {
    this.write('insertCheckboxes');
    const args = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    const model: DataValidationModel = { criteria: 'CHECKBOX', args, showDropdown: false, allowInvalid: false, helpText: null };
    fillGrid(this.sheet.validations, this.g, model);
    const unchecked = checkedValue === undefined ? false : uncheckedValue === undefined ? '' : uncheckedValue;
    for (let r = this.g.r1; r <= this.g.r2; r++) for (let c = this.g.c1; c <= this.g.c2; c++) storeScriptValue(this.ss, this.sheet, r, c, unchecked);
    return this.self;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#removecheckboxes — clears the rule, and the value when it is a checkbox value.
  removeCheckboxes(): GasRange {
    this.write('removeCheckboxes');
    for (let r = this.g.r1; r <= this.g.r2; r++) {
      for (let c = this.g.c1; c <= this.g.c2; c++) {
        const m = this.sheet.validations.get(r, c);
        if (!m || m.criteria !== 'CHECKBOX') continue;
        const [on, off] = m.args.length ? [m.args[0], m.args[1] ?? ''] : [true, false];
        const v = this.sheet.values.get(r, c);
        if (v === on || v === off) this.sheet.values.set(r, c, undefined);
        this.sheet.validations.set(r, c, undefined);
      }
    }
    return this.self;
  }
  isChecked(): boolean | null {
    this.read('isChecked');
    let on = 0;
    let off = 0;
    for (let r = this.g.r1; r <= this.g.r2; r++) {
      for (let c = this.g.c1; c <= this.g.c2; c++) {
        const m = this.sheet.validations.get(r, c);
        if (!m || m.criteria !== 'CHECKBOX') return null;
        const checked = m.args.length ? m.args[0] : true;
        if (this.sheet.values.get(r, c) === checked) on++;
        else off++;
      }
    }
    return off === 0 ? true : on === 0 ? false : null;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range#sortsortspecobj — rows move with their formats; blanks sort last.
  sort(sortSpecObj: unknown): GasRange {
    this.write('sort');
    const keys = sortKeys(sortSpecObj, this.g);
    const ev = this.evalCtx();
    sortRange(this.sheet, this.g, keys, (r, c) => cellValue(this.sheet, r, c, ev));
    return this.self;
  }

  // --- clearing ---
  clear(options?: { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; skipFilteredRows?: boolean }): GasRange {
    this.write('clear');
    const o = options ?? {};
    const only = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    // https://developers.google.com/apps-script/reference/spreadsheet/range#clearoptions — by default all data is cleared.
    if (!only || o.contentsOnly) this.clearContentCells();
    if (!only || o.formatOnly) this.clearFormatCells();
    if (!only || o.validationsOnly) fillGrid(this.sheet.validations, this.g, undefined);
    if (!only || o.commentsOnly) fillGrid(this.sheet.notes, this.g, undefined);
    return this.self;
  }
  clearContent(): GasRange {
    this.write('clearContent');
    this.clearContentCells();
    return this.self;
  }
  clearFormat(): GasRange {
    this.write('clearFormat');
    this.clearFormatCells();
    return this.self;
  }
  private clearContentCells(): void {
    fillGrid(this.sheet.values, this.g, undefined);
    fillGrid(this.sheet.formulas, this.g, undefined);
  }
  private clearFormatCells(): void {
    for (const grid of [this.sheet.backgrounds, this.sheet.fontColors, this.sheet.fontWeights, this.sheet.fontStyles, this.sheet.numberFormats]) {
      fillGrid(grid, this.g, undefined);
    }
  }
  isBlank(): boolean {
    this.read('isBlank');
    for (let r = this.g.r1; r <= this.g.r2; r++) {
      for (let c = this.g.c1; c <= this.g.c2; c++) if (this.sheet.values.get(r, c) !== undefined || this.sheet.formulas.get(r, c) !== undefined) return false;
    }
    return true;
  }

  // --- geometry ---
  getA1Notation(): string {
    meter(this.ctx, this.ss, 'Range.getA1Notation', 'local');
    const ref = this.ref;
    if (ref && ref.r1 === null && ref.r2 === null) return `${columnToLetters(this.g.c1)}:${columnToLetters(this.g.c2)}`;
    if (ref && ref.c1 === null && ref.c2 === null) return `${this.g.r1 + 1}:${this.g.r2 + 1}`;
    if (ref && ref.r2 === null) return `${columnToLetters(this.g.c1)}${this.g.r1 + 1}:${columnToLetters(this.g.c2)}`;
    return formatA1(this.g.r1, this.g.c1, this.g.r2, this.g.c2);
  }
  getRow(): number {
    meter(this.ctx, this.ss, 'Range.getRow', 'local');
    return this.g.r1 + 1;
  }
  getRowIndex(): number {
    return this.getRow();
  }
  getColumn(): number {
    meter(this.ctx, this.ss, 'Range.getColumn', 'local');
    return this.g.c1 + 1;
  }
  getNumRows(): number {
    meter(this.ctx, this.ss, 'Range.getNumRows', 'local');
    return this.rows;
  }
  getHeight(): number {
    return this.getNumRows();
  }
  getNumColumns(): number {
    meter(this.ctx, this.ss, 'Range.getNumColumns', 'local');
    return this.cols;
  }
  getWidth(): number {
    return this.getNumColumns();
  }
  getLastRow(): number {
    meter(this.ctx, this.ss, 'Range.getLastRow', 'local');
    return this.g.r2 + 1;
  }
  getLastColumn(): number {
    meter(this.ctx, this.ss, 'Range.getLastColumn', 'local');
    return this.g.c2 + 1;
  }
  getGridId(): number {
    meter(this.ctx, this.ss, 'Range.getGridId', 'local');
    return this.sheet.id;
  }
  isStartRowBounded(): boolean {
    return !this.ref || this.ref.r1 !== null;
  }
  isEndRowBounded(): boolean {
    return !this.ref || this.ref.r2 !== null;
  }
  isStartColumnBounded(): boolean {
    return !this.ref || this.ref.c1 !== null;
  }
  isEndColumnBounded(): boolean {
    return !this.ref || this.ref.c2 !== null;
  }
  getSheet(): GasSheet {
    meter(this.ctx, this.ss, 'Range.getSheet', 'local');
    return sheetHandle(this.ctx, this.ss, this.sheet);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    meter(this.ctx, this.ss, 'Range.offset', 'local');
    const r1 = this.g.r1 + rowOffset;
    const c1 = this.g.c1 + columnOffset;
    const g: GridRange = { sheetId: this.sheet.id, r1, c1, r2: r1 + (numRows ?? this.rows) - 1, c2: c1 + (numColumns ?? this.cols) - 1 };
    if (r1 < 0 || c1 < 0 || g.r2 >= this.sheet.maxRows || g.c2 >= this.sheet.maxColumns || g.r2 < r1 || g.c2 < c1) throw new PlatformError(RangeErrors.outside);
    return rangeHandle(this.ctx, this.ss, this.sheet, g);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/range#getcellrow,-column — row and column are relative to the range.
  getCell(row: number, column: number): GasRange {
    meter(this.ctx, this.ss, 'Range.getCell', 'local');
    if (row < 1 || column < 1 || row > this.rows || column > this.cols) throw new PlatformError('Cell reference out of range');
    const r = this.g.r1 + row - 1;
    const c = this.g.c1 + column - 1;
    return rangeHandle(this.ctx, this.ss, this.sheet, { sheetId: this.sheet.id, r1: r, c1: c, r2: r, c2: c });
  }
  activate(): GasRange {
    meter(this.ctx, this.ss, 'Range.activate', 'meta');
    this.ss.activeSheetId = this.sheet.id;
    this.ss.selection = { ...this.g };
    return this.self;
  }
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    meter(this.ctx, this.ss, 'Range.protect', 'structure');
    // https://developers.google.com/apps-script/reference/spreadsheet/range#protect — the owner and the current user are editors.
    const editors = [...new Set([this.ss.owner, this.ctx.exec.user])];
    const model: ProtectionModel = { kind: 'RANGE', range: { ...this.g }, description: '', warningOnly: false, editors };
    const handle = protectionHandle(this.ctx, this.ss, this.sheet, model);
    if (!this.sheet.protections.includes(model)) this.sheet.protections.push(model);
    return handle;
  }
}

/** Values handed to a script are its own: a Date is a fresh copy. */
function copyValue(v: CellValue): CellValue {
  return v instanceof Date ? new Date(v.getTime()) : v;
}
