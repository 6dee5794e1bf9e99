// The fake Sheet: ranges, size, structure (insert/delete rows and columns), freezing, hiding, rules and protections.
import type { Ctx } from '../runtime/context.js';
import { PlatformError } from '../runtime/errors.js';
import { guard } from '../runtime/guard.js';
import { parseA1, resolveRef, type A1Ref } from './a1.js';
import type { GridRange, ProtectionModel, SheetModel, SpreadsheetModel } from './model.js';
import { cellValue, findSheet, lastColumn, lastRow, orderedSheets, readValues } from './spreadsheet-store.js';
import { sortKeys, sortRange } from './range-sort.js';
import { applyShift, type Shift } from './structure.js';
import { RangeErrors, storeScriptValue, checkProtection } from './range-cells.js';
import { meter, rangeFactory, rangeHandle, spreadsheetHandle, type GasRange, type GasSheet, type GasSpreadsheet } from './handles.js';
import { conditionalFormatModelOf, newConditionalFormatRule } from './conditional-format.fake.js';
import { protectionHandle } from './protection.fake.js';
import { SheetErrors, checkSheetName } from './sheet-errors.js';
import { NamedRangeFake } from './named-range.fake.js';
import { RangeListFake } from './range-list.fake.js';

type Sh = GoogleAppsScript.Spreadsheet.Sheet;
type Member =
  | 'getName' | 'setName' | 'getSheetName' | 'getSheetId' | 'getIndex' | 'getParent' | 'getRange' | 'getDataRange'
  | 'getLastRow' | 'getLastColumn' | 'getMaxRows' | 'getMaxColumns' | 'getSheetValues' | 'getType'
  | 'insertRowsAfter' | 'insertRowsBefore' | 'insertRowAfter' | 'insertRowBefore' | 'insertRows' | 'deleteRow' | 'deleteRows'
  | 'insertColumnsAfter' | 'insertColumnsBefore' | 'insertColumnAfter' | 'insertColumnBefore' | 'insertColumns'
  | 'deleteColumn' | 'deleteColumns' | 'appendRow' | 'setFrozenRows' | 'getFrozenRows' | 'setFrozenColumns' | 'getFrozenColumns'
  | 'hideSheet' | 'showSheet' | 'isSheetHidden' | 'setColumnWidth' | 'setColumnWidths' | 'getColumnWidth' | 'hideColumns'
  | 'showColumns' | 'isColumnHiddenByUser' | 'autoResizeColumns' | 'autoResizeColumn' | 'clear' | 'clearContents'
  | 'clearFormats' | 'clearNotes' | 'getConditionalFormatRules' | 'setConditionalFormatRules' | 'clearConditionalFormatRules'
  | 'protect' | 'getProtections' | 'activate' | 'getActiveRange' | 'getActiveCell' | 'getNamedRanges' | 'setTabColor' | 'sort'
  | 'getRangeList';

// https://support.google.com/docs/answer/54813 — a new column is 100 pixels wide.
const DEFAULT_COLUMN_WIDTH = 100;

export class SheetFake implements Pick<Sh, Member> {
  /** The guarded handle scripts hold. */
  readonly self: GasSheet;

  constructor(
    private readonly ctx: Ctx,
    readonly ss: SpreadsheetModel,
    readonly sheet: SheetModel,
  ) {
    this.self = guard(this, 'Sheet') as unknown as GasSheet;
  }

  private meta(member: string): void {
    meter(this.ctx, this.ss, `Sheet.${member}`, 'meta');
  }
  private structure(member: string): void {
    meter(this.ctx, this.ss, `Sheet.${member}`, 'structure');
  }
  private range(g: GridRange, ref?: A1Ref): GasRange {
    return rangeHandle(this.ctx, this.ss, this.sheet, g, ref);
  }

  getName(): string {
    this.meta('getName');
    return this.sheet.name;
  }
  getSheetName(): string {
    return this.getName();
  }
  setName(name: string): GasSheet {
    this.structure('setName');
    checkSheetName(this.ss, name, this.sheet);
    this.sheet.name = name;
    return this.self;
  }
  getSheetId(): number {
    this.meta('getSheetId');
    return this.sheet.id;
  }
  /** 1-based tab position. */
  getIndex(): number {
    this.meta('getIndex');
    return orderedSheets(this.ss).indexOf(this.sheet) + 1;
  }
  getParent(): GasSpreadsheet {
    this.meta('getParent');
    return spreadsheetHandle(this.ctx, this.ss);
  }
  getType(): GoogleAppsScript.Spreadsheet.SheetType {
    this.meta('getType');
    return 'GRID' as unknown as GoogleAppsScript.Spreadsheet.SheetType;
  }

  // --- ranges ---
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    this.meta('getRange');
    if (typeof a === 'string') return this.rangeByA1(a);
    return this.range(gridRangeFor(this.sheet, a, column ?? NaN, numRows ?? 1, numColumns ?? 1));
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRangeList(String) — a non-empty list of A1 notations of this sheet, one call.
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    this.meta('getRangeList');
    if (!Array.isArray(a1Notations) || a1Notations.length === 0) throw new PlatformError(SheetErrors.rangeNotFound);
    const ranges = a1Notations.map((a1) => {
      const ref = parseA1(String(a1));
      if (ref?.sheetName !== null && ref?.sheetName !== undefined && ref.sheetName !== this.sheet.name) throw new PlatformError(SheetErrors.rangeNotFound);
      return this.ctx.exec.asPlatform(() => this.rangeByA1(String(a1)));
    });
    return new RangeListFake(this.ctx, this.ss, ranges).self;
  }
  private rangeByA1(a1: string): GasRange {
    const ref = parseA1(a1);
    if (!ref) throw new PlatformError(SheetErrors.rangeNotFound);
    const target = ref.sheetName === null ? this.sheet : findSheet(this.ss, ref.sheetName);
    if (!target) throw new PlatformError(SheetErrors.rangeNotFound);
    const g = resolveRef(ref, target.id, target.maxRows, target.maxColumns);
    if (g.r2 >= target.maxRows || g.c2 >= target.maxColumns) throw new PlatformError(RangeErrors.outside);
    return rangeHandle(this.ctx, this.ss, target, g, ref);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getdatarange — from A1 to the last row and column with data.
  getDataRange(): GasRange {
    this.meta('getDataRange');
    const rows = Math.max(1, lastRow(this.sheet));
    const cols = Math.max(1, lastColumn(this.sheet));
    return this.range({ sheetId: this.sheet.id, r1: 0, c1: 0, r2: rows - 1, c2: cols - 1 });
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getlastrow — the last row that has content.
  getLastRow(): number {
    this.meta('getLastRow');
    return lastRow(this.sheet);
  }
  getLastColumn(): number {
    this.meta('getLastColumn');
    return lastColumn(this.sheet);
  }
  getMaxRows(): number {
    this.meta('getMaxRows');
    return this.sheet.maxRows;
  }
  getMaxColumns(): number {
    this.meta('getMaxColumns');
    return this.sheet.maxColumns;
  }
  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? Math.max(1, lastRow(this.sheet) - startRow + 1) : numRows;
    const cols = numColumns === -1 ? Math.max(1, lastColumn(this.sheet) - startColumn + 1) : numColumns;
    const g = gridRangeFor(this.sheet, startRow, startColumn, rows, cols);
    meter(this.ctx, this.ss, 'Sheet.getSheetValues', 'read', rows * cols);
    return readValues(this.sheet, g, { ss: this.ss, now: this.ctx.world.clock.now() });
  }

  // --- structure ---
  private shift(member: string, s: Shift): void {
    this.structure(member);
    checkProtection(this.ctx, this.ss, this.sheet, { sheetId: this.sheet.id, r1: 0, c1: 0, r2: this.sheet.maxRows - 1, c2: this.sheet.maxColumns - 1 });
    applyShift(this.ss, this.sheet, s);
  }
  private checkRows(position: number, count: number, member: 'insert' | 'delete'): void {
    const limit = this.sheet.maxRows;
    if (!Number.isInteger(position) || position < 1 || position > limit || count < 1) throw new PlatformError(SheetErrors.rowsOutOfBounds);
    if (member === 'delete') {
      if (position + count - 1 > limit) throw new PlatformError(SheetErrors.rowsOutOfBounds);
      // Sheets keeps at least one row that is not frozen.
      if (limit - count < this.sheet.frozenRows + 1) throw new PlatformError(SheetErrors.deleteAllRows);
    }
  }
  private checkColumns(position: number, count: number, member: 'insert' | 'delete'): void {
    const limit = this.sheet.maxColumns;
    if (!Number.isInteger(position) || position < 1 || position > limit || count < 1) throw new PlatformError(SheetErrors.columnsOutOfBounds);
    if (member === 'delete') {
      if (position + count - 1 > limit) throw new PlatformError(SheetErrors.columnsOutOfBounds);
      if (limit - count < this.sheet.frozenColumns + 1) throw new PlatformError(SheetErrors.deleteAllColumns);
    }
  }
  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    this.checkRows(afterPosition, howMany, 'insert');
    this.shift('insertRowsAfter', { axis: 'rows', op: 'insert', at: afterPosition, count: howMany });
    return this.self;
  }
  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    this.checkRows(beforePosition, howMany, 'insert');
    this.shift('insertRowsBefore', { axis: 'rows', op: 'insert', at: beforePosition - 1, count: howMany });
    return this.self;
  }
  insertRowAfter(afterPosition: number): GasSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRowBefore(beforePosition: number): GasSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.checkRows(rowPosition, howMany, 'delete');
    this.shift('deleteRows', { axis: 'rows', op: 'delete', at: rowPosition - 1, count: howMany });
  }
  deleteRow(rowPosition: number): GasSheet {
    this.deleteRows(rowPosition, 1);
    return this.self;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    this.checkColumns(afterPosition, howMany, 'insert');
    this.shift('insertColumnsAfter', { axis: 'columns', op: 'insert', at: afterPosition, count: howMany });
    return this.self;
  }
  insertColumnsBefore(beforePosition: number, howMany: number): GasSheet {
    this.checkColumns(beforePosition, howMany, 'insert');
    this.shift('insertColumnsBefore', { axis: 'columns', op: 'insert', at: beforePosition - 1, count: howMany });
    return this.self;
  }
  insertColumnAfter(afterPosition: number): GasSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumnBefore(beforePosition: number): GasSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.checkColumns(columnPosition, howMany, 'delete');
    this.shift('deleteColumns', { axis: 'columns', op: 'delete', at: columnPosition - 1, count: howMany });
  }
  deleteColumn(columnPosition: number): GasSheet {
    this.deleteColumns(columnPosition, 1);
    return this.self;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#appendrowrowcontents — after the last row with content; "=" starts a formula.
  appendRow(rowContents: unknown[]): GasSheet {
    meter(this.ctx, this.ss, 'Sheet.appendRow', 'write', rowContents.length);
    const r = lastRow(this.sheet);
    checkProtection(this.ctx, this.ss, this.sheet, { sheetId: this.sheet.id, r1: r, c1: 0, r2: r, c2: Math.max(0, rowContents.length - 1) });
    if (r + 1 > this.sheet.maxRows) this.sheet.maxRows = r + 1;
    if (rowContents.length > this.sheet.maxColumns) this.sheet.maxColumns = rowContents.length;
    rowContents.forEach((v, c) => storeScriptValue(this.ss, this.sheet, r, c, v));
    return this.self;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#sortcolumnposition,-ascending — the rows below the frozen ones.
  sort(columnPosition: number, ascending = true): GasSheet {
    meter(this.ctx, this.ss, 'Sheet.sort', 'write', this.sheet.maxColumns * Math.max(0, lastRow(this.sheet) - this.sheet.frozenRows));
    const last = lastRow(this.sheet);
    if (last <= this.sheet.frozenRows) return this.self;
    const g = { sheetId: this.sheet.id, r1: this.sheet.frozenRows, c1: 0, r2: last - 1, c2: this.sheet.maxColumns - 1 };
    checkProtection(this.ctx, this.ss, this.sheet, g);
    const ev = { ss: this.ss, now: this.ctx.world.clock.now() };
    sortRange(this.sheet, g, sortKeys({ column: columnPosition, ascending }, g), (r, c) => cellValue(this.sheet, r, c, ev));
    return this.self;
  }

  // --- view ---
  setFrozenRows(rows: number): void {
    this.structure('setFrozenRows');
    if (rows < 0 || rows >= this.sheet.maxRows) throw new PlatformError(SheetErrors.freezeAll('rows'));
    this.sheet.frozenRows = rows;
  }
  getFrozenRows(): number {
    this.meta('getFrozenRows');
    return this.sheet.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    this.structure('setFrozenColumns');
    if (columns < 0 || columns >= this.sheet.maxColumns) throw new PlatformError(SheetErrors.freezeAll('columns'));
    this.sheet.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    this.meta('getFrozenColumns');
    return this.sheet.frozenColumns;
  }
  hideSheet(): GasSheet {
    this.structure('hideSheet');
    const visible = this.ss.sheets.filter((s) => !s.hidden && s !== this.sheet);
    if (visible.length === 0) throw new PlatformError(SheetErrors.hideAll);
    this.sheet.hidden = true;
    return this.self;
  }
  showSheet(): GasSheet {
    this.structure('showSheet');
    this.sheet.hidden = false;
    return this.self;
  }
  isSheetHidden(): boolean {
    this.meta('isSheetHidden');
    return this.sheet.hidden;
  }
  setColumnWidth(columnPosition: number, width: number): GasSheet {
    this.structure('setColumnWidth');
    this.sheet.columnWidths.set(columnPosition - 1, width);
    return this.self;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    this.structure('setColumnWidths');
    for (let c = 0; c < numColumns; c++) this.sheet.columnWidths.set(startColumn - 1 + c, width);
    return this.self;
  }
  getColumnWidth(columnPosition: number): number {
    this.meta('getColumnWidth');
    return this.sheet.columnWidths.get(columnPosition - 1) ?? DEFAULT_COLUMN_WIDTH;
  }
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.structure('hideColumns');
    for (let c = 0; c < numColumns; c++) this.sheet.hiddenColumns.add(columnIndex - 1 + c);
  }
  showColumns(columnIndex: number, numColumns = 1): void {
    this.structure('showColumns');
    for (let c = 0; c < numColumns; c++) this.sheet.hiddenColumns.delete(columnIndex - 1 + c);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.meta('isColumnHiddenByUser');
    return this.sheet.hiddenColumns.has(columnPosition - 1);
  }
  autoResizeColumns(_startColumn: number, _numColumns: number): GasSheet {
    this.structure('autoResizeColumns');
    return this.self;
  }
  autoResizeColumn(_columnPosition: number): GasSheet {
    this.structure('autoResizeColumn');
    return this.self;
  }
  setTabColor(_color: string | null): GasSheet {
    this.structure('setTabColor');
    return this.self;
  }

  // --- clearing ---
  private whole(): GridRange {
    return { sheetId: this.sheet.id, r1: 0, c1: 0, r2: this.sheet.maxRows - 1, c2: this.sheet.maxColumns - 1 };
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#clear — content and formatting (options: one of them).
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GasSheet {
    meter(this.ctx, this.ss, 'Sheet.clear', 'write');
    checkProtection(this.ctx, this.ss, this.sheet, this.whole());
    const only = options?.formatOnly || options?.contentsOnly;
    if (!only || options?.contentsOnly) this.clearContentGrids();
    if (!only || options?.formatOnly) this.clearFormatGrids();
    return this.self;
  }
  clearContents(): GasSheet {
    meter(this.ctx, this.ss, 'Sheet.clearContents', 'write');
    checkProtection(this.ctx, this.ss, this.sheet, this.whole());
    this.clearContentGrids();
    return this.self;
  }
  clearFormats(): GasSheet {
    meter(this.ctx, this.ss, 'Sheet.clearFormats', 'write');
    this.clearFormatGrids();
    return this.self;
  }
  clearNotes(): GasSheet {
    meter(this.ctx, this.ss, 'Sheet.clearNotes', 'write');
    this.sheet.notes.clear();
    return this.self;
  }
  private clearContentGrids(): void {
    this.sheet.values.clear();
    this.sheet.formulas.clear();
  }
  private clearFormatGrids(): void {
    for (const g of [this.sheet.backgrounds, this.sheet.fontColors, this.sheet.fontWeights, this.sheet.fontStyles, this.sheet.numberFormats]) g.clear();
  }

  // --- rules and protections ---
  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    this.meta('getConditionalFormatRules');
    const factory = rangeFactory(this.ctx, this.ss);
    return this.sheet.conditionalFormats.map((m) => newConditionalFormatRule(this.ctx, m, factory));
  }
  setConditionalFormatRules(rules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[]): void {
    this.structure('setConditionalFormatRules');
    this.sheet.conditionalFormats = rules.map((r) => conditionalFormatModelOf(r));
  }
  clearConditionalFormatRules(): void {
    this.structure('clearConditionalFormatRules');
    this.sheet.conditionalFormats = [];
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#protect — an already protected sheet returns its protection.
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.structure('protect');
    let model = this.sheet.protections.find((p) => p.kind === 'SHEET');
    if (!model) {
      const editors = [...new Set([this.ss.owner, this.ctx.exec.user])];
      model = { kind: 'SHEET', range: null, description: '', warningOnly: false, editors } satisfies ProtectionModel;
      this.sheet.protections.push(model);
    }
    return protectionHandle(this.ctx, this.ss, this.sheet, model);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.meta('getProtections');
    const kind = String(type);
    return this.sheet.protections.filter((p) => p.kind === kind).map((p) => protectionHandle(this.ctx, this.ss, this.sheet, p));
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    this.meta('getNamedRanges');
    return this.ss.namedRanges.filter((n) => n.range.sheetId === this.sheet.id).map((n) => new NamedRangeFake(this.ctx, this.ss, n).self);
  }

  // --- selection ---
  activate(): GasSheet {
    this.meta('activate');
    this.ss.activeSheetId = this.sheet.id;
    return this.self;
  }
  getActiveRange(): GasRange | null {
    this.meta('getActiveRange');
    const sel = this.ss.selection;
    return sel && sel.sheetId === this.sheet.id ? this.range(sel) : null;
  }
  getActiveCell(): GasRange {
    this.meta('getActiveCell');
    const sel = this.ss.selection && this.ss.selection.sheetId === this.sheet.id ? this.ss.selection : null;
    const r = sel ? sel.r1 : 0;
    const c = sel ? sel.c1 : 0;
    return this.range({ sheetId: this.sheet.id, r1: r, c1: c, r2: r, c2: c });
  }
}

/** The GridRange of getRange(row, column, numRows, numColumns) with the platform's argument checks (1-based inputs). */
export function gridRangeFor(sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): GridRange {
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#getrangerow,-column,-numrows,-numcolumns
  if (!Number.isFinite(row) || !Number.isFinite(column)) throw new PlatformError(SheetErrors.signature);
  if (row < 1) throw new PlatformError(SheetErrors.startRowTooSmall);
  if (column < 1) throw new PlatformError(SheetErrors.startColumnTooSmall);
  if (numRows < 1) throw new PlatformError(SheetErrors.numRowsTooSmall);
  if (numColumns < 1) throw new PlatformError(SheetErrors.numColumnsTooSmall);
  const g = { sheetId: sheet.id, r1: row - 1, c1: column - 1, r2: row + numRows - 2, c2: column + numColumns - 2 };
  if (g.r2 >= sheet.maxRows || g.c2 >= sheet.maxColumns) throw new PlatformError(RangeErrors.outside);
  return g;
}

