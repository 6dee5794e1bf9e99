// The fake Spreadsheet: its sheets, names, locale and time zone, named ranges, protections and toasts.
import type { Ctx } from '../runtime/context.js';
import { PlatformError } from '../runtime/errors.js';
import { guard } from '../runtime/guard.js';
import { parseA1 } from './a1.js';
import { newSheetModel, type SheetModel, type SpreadsheetModel } from './model.js';
import { findSheet, findSheetById, orderedSheets, reindexSheets } from './spreadsheet-store.js';
import { meter, rangeHandle, sheetHandle, unwrapRange, unwrapSheet, type GasRange, type GasSheet, type GasSpreadsheet } from './handles.js';
import { SheetErrors, checkSheetName } from './sheet-errors.js';
import { NamedRangeFake, checkRangeName } from './named-range.fake.js';
import { protectionHandle } from './protection.fake.js';
import { sheetGrids } from './structure.js';

type Ss = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Member =
  | 'getId' | 'getName' | 'rename' | 'getUrl' | 'getSheets' | 'getNumSheets' | 'getSheetByName' | 'getSheetById' | 'insertSheet'
  | 'deleteSheet' | 'getActiveSheet' | 'setActiveSheet' | 'getSpreadsheetLocale' | 'setSpreadsheetLocale'
  | 'getSpreadsheetTimeZone' | 'setSpreadsheetTimeZone' | 'toast' | 'getRange' | 'getRangeByName' | 'setNamedRange'
  | 'getNamedRanges' | 'removeNamedRange' | 'getProtections' | 'getOwner' | 'getEditors' | 'getViewers' | 'getActiveRange'
  | 'getActiveCell' | 'getSheetId' | 'getSheetName' | 'getLastRow' | 'getLastColumn' | 'getDataRange' | 'appendRow'
  | 'setFrozenRows' | 'getFrozenRows' | 'moveActiveSheet' | 'setActiveSelection' | 'setActiveRange';

/** A Base.User the way Session and getOwner hand it out. */
function userHandle(email: string): GoogleAppsScript.Base.User {
  const u = { getEmail: () => email, getUserLoginId: () => email, getName: () => email.split('@')[0], getDomain: () => email.split('@')[1] ?? '' };
  return guard(u, 'User') as unknown as GoogleAppsScript.Base.User;
}

export class SpreadsheetFake implements Pick<Ss, Member> {
  readonly self: GasSpreadsheet;

  constructor(
    private readonly ctx: Ctx,
    readonly ss: SpreadsheetModel,
  ) {
    this.self = guard(this, 'Spreadsheet') as unknown as GasSpreadsheet;
  }

  private meta(member: string): void {
    meter(this.ctx, this.ss, `Spreadsheet.${member}`, 'meta');
  }
  private active(): SheetModel {
    const s = findSheetById(this.ss, this.ss.activeSheetId) ?? orderedSheets(this.ss)[0];
    this.ss.activeSheetId = s.id;
    return s;
  }
  private activeSheetFake(): GasSheet {
    return sheetHandle(this.ctx, this.ss, this.active());
  }

  getId(): string {
    this.meta('getId');
    return this.ss.id;
  }
  getName(): string {
    this.meta('getName');
    return this.ss.name;
  }
  rename(newName: string): void {
    meter(this.ctx, this.ss, 'Spreadsheet.rename', 'structure');
    this.ss.name = newName;
  }
  getUrl(): string {
    this.meta('getUrl');
    return this.ss.url;
  }
  getSheets(): GasSheet[] {
    this.meta('getSheets');
    return orderedSheets(this.ss).map((s) => sheetHandle(this.ctx, this.ss, s));
  }
  getNumSheets(): number {
    this.meta('getNumSheets');
    return this.ss.sheets.length;
  }
  getSheetByName(name: string): GasSheet | null {
    this.meta('getSheetByName');
    const s = findSheet(this.ss, name);
    return s ? sheetHandle(this.ctx, this.ss, s) : null;
  }
  getSheetById(id: number): GasSheet | null {
    this.meta('getSheetById');
    const s = findSheetById(this.ss, id);
    return s ? sheetHandle(this.ctx, this.ss, s) : null;
  }
  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertsheetsheetname,-sheetindex — the new
   * sheet becomes active; without an index it goes right after the active sheet; a default name is "SheetN".
   */
  insertSheet(a?: string | number | { template?: GoogleAppsScript.Spreadsheet.Sheet }, b?: number | { template?: GoogleAppsScript.Spreadsheet.Sheet }, c?: { template?: GoogleAppsScript.Spreadsheet.Sheet }): GasSheet {
    meter(this.ctx, this.ss, 'Spreadsheet.insertSheet', 'structure');
    const args = [a, b, c];
    const name = typeof a === 'string' ? a : this.defaultSheetName();
    const index = args.find((x): x is number => typeof x === 'number');
    const options = args.find((x): x is { template?: GoogleAppsScript.Spreadsheet.Sheet } => typeof x === 'object' && x !== null);
    checkSheetName(this.ss, name);
    const order = orderedSheets(this.ss);
    const at = index ?? order.indexOf(this.active()) + 1;
    const sheet = newSheetModel(this.ss.nextSheetId++, name, at - 0.5);
    if (options?.template) copySheetContents(unwrapSheet(options.template).sheet, sheet);
    this.ss.sheets.push(sheet);
    reindexSheets(this.ss);
    this.ss.activeSheetId = sheet.id;
    return sheetHandle(this.ctx, this.ss, sheet);
  }
  private defaultSheetName(): string {
    let n = this.ss.sheets.length + 1;
    while (findSheet(this.ss, `Sheet${n}`)) n++;
    return `Sheet${n}`;
  }
  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    meter(this.ctx, this.ss, 'Spreadsheet.deleteSheet', 'structure');
    const model = unwrapSheet(sheet).sheet;
    if (this.ss.sheets.length <= 1) throw new PlatformError(SheetErrors.removeAll);
    this.ss.sheets = this.ss.sheets.filter((s) => s !== model);
    this.ss.namedRanges = this.ss.namedRanges.filter((n) => n.range.sheetId !== model.id);
    reindexSheets(this.ss);
    if (this.ss.activeSheetId === model.id) this.ss.activeSheetId = orderedSheets(this.ss)[Math.max(0, model.index - 1)].id;
    if (this.ss.selection?.sheetId === model.id) this.ss.selection = null;
  }
  getActiveSheet(): GasSheet {
    this.meta('getActiveSheet');
    return this.activeSheetFake();
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GasSheet {
    this.meta('setActiveSheet');
    const model = unwrapSheet(sheet).sheet;
    this.ss.activeSheetId = model.id;
    return sheetHandle(this.ctx, this.ss, model);
  }
  moveActiveSheet(pos: number): void {
    meter(this.ctx, this.ss, 'Spreadsheet.moveActiveSheet', 'structure');
    const s = this.active();
    s.index = pos - 1 + (pos - 1 > s.index ? 0.5 : -0.5);
    reindexSheets(this.ss);
  }
  getSpreadsheetLocale(): string {
    this.meta('getSpreadsheetLocale');
    return this.ss.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    meter(this.ctx, this.ss, 'Spreadsheet.setSpreadsheetLocale', 'structure');
    this.ss.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    this.meta('getSpreadsheetTimeZone');
    return this.ss.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    meter(this.ctx, this.ss, 'Spreadsheet.setSpreadsheetTimeZone', 'structure');
    this.ss.timeZone = timezone;
  }
  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#toastmsg,-title,-timeoutseconds — shown
   * for 5 seconds by default (null too); a negative timeout keeps it until dismissed.
   */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    meter(this.ctx, this.ss, 'Spreadsheet.toast', 'ui');
    this.ctx.world.ui.toasts.push({
      message: String(msg),
      title: title === undefined || title === null ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined || timeoutSeconds === null ? 5 : timeoutSeconds,
      at: new Date(this.ctx.world.clock.now()).toISOString(),
    });
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getrangea1notation — "Sheet!A1"; no sheet means the active one.
  getRange(a1Notation: string): GasRange {
    this.meta('getRange');
    const ref = parseA1(a1Notation);
    if (!ref) {
      const named = this.ss.namedRanges.find((n) => n.name === a1Notation);
      const sheet = named && findSheetById(this.ss, named.range.sheetId);
      if (named && sheet) return rangeHandle(this.ctx, this.ss, sheet, { ...named.range });
      throw new PlatformError(SheetErrors.rangeNotFound);
    }
    const sheet = ref.sheetName === null ? this.active() : findSheet(this.ss, ref.sheetName);
    if (!sheet) throw new PlatformError(SheetErrors.rangeNotFound);
    return sheetHandle(this.ctx, this.ss, sheet).getRange(a1Notation);
  }
  getRangeByName(name: string): GasRange | null {
    this.meta('getRangeByName');
    const named = this.ss.namedRanges.find((n) => n.name === name);
    const sheet = named && findSheetById(this.ss, named.range.sheetId);
    return named && sheet ? rangeHandle(this.ctx, this.ss, sheet, { ...named.range }) : null;
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setnamedrangename,-range — an existing name is moved to the new range.
  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range): void {
    meter(this.ctx, this.ss, 'Spreadsheet.setNamedRange', 'structure');
    checkRangeName(name);
    const g = { ...unwrapRange(range).g };
    const existing = this.ss.namedRanges.find((n) => n.name === name);
    if (existing) existing.range = g;
    else this.ss.namedRanges.push({ name, range: g });
  }
  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    this.meta('getNamedRanges');
    return this.ss.namedRanges.map((n) => new NamedRangeFake(this.ctx, this.ss, n).self);
  }
  removeNamedRange(name: string): void {
    meter(this.ctx, this.ss, 'Spreadsheet.removeNamedRange', 'structure');
    const before = this.ss.namedRanges.length;
    this.ss.namedRanges = this.ss.namedRanges.filter((n) => n.name !== name);
    if (this.ss.namedRanges.length === before) throw new PlatformError(`Named range ${name} not found.`);
  }
  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.meta('getProtections');
    const kind = String(type);
    return orderedSheets(this.ss).flatMap((s) => s.protections.filter((p) => p.kind === kind).map((p) => protectionHandle(this.ctx, this.ss, s, p)));
  }
  getOwner(): GoogleAppsScript.Base.User | null {
    this.meta('getOwner');
    return userHandle(this.ss.owner);
  }
  getEditors(): GoogleAppsScript.Base.User[] {
    this.meta('getEditors');
    return [userHandle(this.ss.owner)];
  }
  getViewers(): GoogleAppsScript.Base.User[] {
    this.meta('getViewers');
    return [];
  }
  getActiveRange(): GasRange | null {
    this.meta('getActiveRange');
    const sel = this.ss.selection;
    const sheet = sel && findSheetById(this.ss, sel.sheetId);
    return sel && sheet ? rangeHandle(this.ctx, this.ss, sheet, { ...sel }) : null;
  }
  getActiveCell(): GasRange {
    return this.activeSheetFake().getActiveCell();
  }
  setActiveSelection(range: GoogleAppsScript.Spreadsheet.Range | string): GasRange {
    const r = typeof range === 'string' ? this.getRange(range) : range;
    return r.activate();
  }
  setActiveRange(range: GoogleAppsScript.Spreadsheet.Range): GasRange {
    return range.activate();
  }
  // The members below act on the active sheet, as the Spreadsheet class documents for each of them.
  getSheetId(): number {
    return this.activeSheetFake().getSheetId();
  }
  getSheetName(): string {
    return this.activeSheetFake().getName();
  }
  getLastRow(): number {
    return this.activeSheetFake().getLastRow();
  }
  getLastColumn(): number {
    return this.activeSheetFake().getLastColumn();
  }
  getDataRange(): GasRange {
    return this.activeSheetFake().getDataRange();
  }
  appendRow(rowContents: unknown[]): GasSheet {
    return this.activeSheetFake().appendRow(rowContents);
  }
  setFrozenRows(rows: number): void {
    this.activeSheetFake().setFrozenRows(rows);
  }
  getFrozenRows(): number {
    return this.activeSheetFake().getFrozenRows();
  }
}

/** A template's cells, formats, rules and sizes copied into a new sheet (insertSheet with { template }). */
function copySheetContents(from: SheetModel, to: SheetModel): void {
  const src = sheetGrids(from);
  const dst = sheetGrids(to);
  src.forEach((g, i) => {
    for (const [r, c, v] of g.entries()) dst[i].set(r, c, v);
  });
  to.maxRows = from.maxRows;
  to.maxColumns = from.maxColumns;
  to.frozenRows = from.frozenRows;
  to.frozenColumns = from.frozenColumns;
  to.columnWidths = new Map(from.columnWidths);
  to.hiddenColumns = new Set(from.hiddenColumns);
  to.conditionalFormats = from.conditionalFormats.map((cf) => ({ ...cf, ranges: cf.ranges.map((g) => ({ ...g, sheetId: to.id })) }));
}
