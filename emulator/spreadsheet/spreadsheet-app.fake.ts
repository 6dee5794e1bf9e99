// The fake SpreadsheetApp: the active spreadsheet and selection, opening and creating files, builders, UI and enums.
import type { Ctx } from '../runtime/context.js';
import { PlatformError } from '../runtime/errors.js';
import { guard } from '../runtime/guard.js';
import type { GridRange, SpreadsheetModel } from './model.js';
import { activeSpreadsheet, createSpreadsheetModel, findSheetById } from './spreadsheet-store.js';
import { rangeFactory, rangeHandle, sheetHandle, spreadsheetHandle, unwrapSheet, type GasRange, type GasSheet, type GasSpreadsheet } from './handles.js';
import * as Enums from './enums.js';
import { newDataValidationBuilder } from './data-validation.fake.js';
import { newConditionalFormatRuleBuilder } from './conditional-format.fake.js';
import { uiHandle } from './ui.fake.js';

type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
type Member =
  | 'getActive' | 'getActiveSpreadsheet' | 'getActiveSheet' | 'getActiveRange' | 'getCurrentCell' | 'setActiveSheet'
  | 'getUi' | 'flush' | 'openById' | 'openByUrl' | 'create' | 'newDataValidation' | 'newConditionalFormatRule'
  | 'ProtectionType' | 'DataValidationCriteria' | 'BooleanCriteria' | 'WrapStrategy' | 'Dimension' | 'Direction'
  | 'SheetType' | 'CopyPasteType' | 'BorderStyle' | 'TextDirection' | 'RecalculationInterval';

export const SpreadsheetErrors = {
  // Apps Script's wording when openById/openByUrl cannot reach the file (missing, or not shared with the user).
  openFailed: (method: string) => `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
} as const;

export class SpreadsheetAppFake implements Pick<App, Member> {
  readonly ProtectionType = Enums.ProtectionType;
  readonly DataValidationCriteria = Enums.DataValidationCriteria;
  readonly BooleanCriteria = Enums.BooleanCriteria;
  readonly WrapStrategy = Enums.WrapStrategy;
  readonly Dimension = Enums.Dimension;
  readonly Direction = Enums.Direction;
  readonly SheetType = Enums.SheetType;
  readonly CopyPasteType = Enums.CopyPasteType;
  readonly BorderStyle = Enums.BorderStyle;
  readonly TextDirection = Enums.TextDirection;
  readonly RecalculationInterval = Enums.RecalculationInterval;

  constructor(private readonly ctx: Ctx) {}

  private activeModel(): SpreadsheetModel | null {
    return activeSpreadsheet(this.ctx.world);
  }
  private call(member: string, latency: 'meta' | 'local' | 'flush' | 'structure' | 'ui' | 'drive', access: 'none' | 'document' | 'full'): void {
    this.ctx.exec.call(`SpreadsheetApp.${member}`, { latency, access });
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#getactivespreadsheet — null when the script is not bound to a spreadsheet.
  getActiveSpreadsheet(): GasSpreadsheet {
    this.call('getActiveSpreadsheet', 'meta', 'document');
    const ss = this.activeModel();
    return (ss ? spreadsheetHandle(this.ctx, ss) : null) as GasSpreadsheet;
  }
  getActive(): GasSpreadsheet {
    this.call('getActive', 'meta', 'document');
    const ss = this.activeModel();
    return (ss ? spreadsheetHandle(this.ctx, ss) : null) as GasSpreadsheet;
  }
  getActiveSheet(): GasSheet {
    this.call('getActiveSheet', 'meta', 'document');
    const ss = this.requireActive();
    const sheet = findSheetById(ss, ss.activeSheetId) ?? ss.sheets[0];
    return sheetHandle(this.ctx, ss, sheet);
  }
  getActiveRange(): GasRange {
    this.call('getActiveRange', 'meta', 'document');
    const ss = this.requireActive();
    const sel = ss.selection;
    const sheet = sel && findSheetById(ss, sel.sheetId);
    return (sel && sheet ? rangeHandle(this.ctx, ss, sheet, { ...sel }) : null) as GasRange;
  }
  getCurrentCell(): GasRange {
    this.call('getCurrentCell', 'meta', 'document');
    const ss = this.requireActive();
    const sel = ss.selection;
    const sheet = sel && findSheetById(ss, sel.sheetId);
    return (sel && sheet ? rangeHandle(this.ctx, ss, sheet, { ...sel, r2: sel.r1, c2: sel.c1 }) : null) as GasRange;
  }
  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GasSheet {
    this.call('setActiveSheet', 'meta', 'document');
    const fake = unwrapSheet(sheet);
    fake.ss.activeSheetId = fake.sheet.id;
    return sheetHandle(this.ctx, fake.ss, fake.sheet);
  }
  /** Range handles for rules built now: ranges of the active spreadsheet (or of any open one, by sheet id). */
  private factory(): (g: GridRange) => GasRange {
    return (g) => {
      const active = this.activeModel();
      const ss = active && active.sheets.some((s) => s.id === g.sheetId) ? active : [...this.ctx.world.spreadsheets.values()].find((x) => x.sheets.some((s) => s.id === g.sheetId));
      if (!ss) throw new PlatformError('Range not found');
      return rangeFactory(this.ctx, ss)(g);
    };
  }
  private requireActive(): SpreadsheetModel {
    const ss = this.activeModel();
    if (!ss) throw new PlatformError('Cannot call SpreadsheetApp.getActiveSheet() from this context.');
    return ss;
  }
  getUi(): GoogleAppsScript.Base.Ui {
    this.call('getUi', 'local', 'none');
    return uiHandle(this.ctx);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush — applies pending changes (a round trip).
  flush(): void {
    this.call('flush', 'flush', 'document');
  }
  openById(id: string): GasSpreadsheet {
    this.call('openById', 'drive', 'full');
    const ss = this.ctx.world.spreadsheets.get(id);
    if (!ss) throw new PlatformError(SpreadsheetErrors.openFailed('openById'));
    return spreadsheetHandle(this.ctx, ss);
  }
  openByUrl(url: string): GasSpreadsheet {
    this.call('openByUrl', 'drive', 'full');
    const m = /\/spreadsheets\/d\/([^/?#]+)/.exec(url);
    const ss = m ? this.ctx.world.spreadsheets.get(m[1]) : undefined;
    if (!ss) throw new PlatformError(SpreadsheetErrors.openFailed('openByUrl'));
    return spreadsheetHandle(this.ctx, ss);
  }
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#createname,-rows,-columns — a new file in the user's Drive.
  create(name: string, rows?: number, columns?: number): GasSpreadsheet {
    this.call('create', 'drive', 'full');
    const world = this.ctx.world;
    const ss = createSpreadsheetModel(world, { name, owner: this.ctx.exec.user, rows, columns });
    const now = world.clock.now();
    world.drive.items.set(ss.id, {
      id: ss.id,
      kind: 'file',
      name,
      mimeType: 'application/vnd.google-apps.spreadsheet',
      parentIds: [world.drive.rootId],
      owner: this.ctx.exec.user,
      content: '',
      description: '',
      trashed: false,
      createdMs: now,
      updatedMs: now,
    });
    return spreadsheetHandle(this.ctx, ss);
  }
  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.call('newDataValidation', 'local', 'none');
    return newDataValidationBuilder(this.ctx, this.factory());
  }
  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    this.call('newConditionalFormatRule', 'local', 'none');
    return newConditionalFormatRuleBuilder(this.ctx, this.factory());
  }
}

/** The SpreadsheetApp global a script sees. */
export function createSpreadsheetApp(ctx: Ctx): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return guard(new SpreadsheetAppFake(ctx), 'SpreadsheetApp') as unknown as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
