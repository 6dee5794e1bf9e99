// Guarded handles scripts receive (Spreadsheet, Sheet, Range) and the metering every spreadsheet member does.
import type { Ctx } from '../runtime/context.js';
import { PlatformError, PlatformErrors } from '../runtime/errors.js';
import type { Access } from '../runtime/execution.js';
import type { LatencyClass } from '../runtime/latency.js';
import type { A1Ref } from './a1.js';
import type { GridRange, SheetModel, SpreadsheetModel } from './model.js';
import { RangeFake } from './range.fake.js';
import { SheetFake } from './sheet.fake.js';
import { SpreadsheetFake } from './spreadsheet.fake.js';

type S = typeof GoogleAppsScript.Spreadsheet;
export type GasRange = GoogleAppsScript.Spreadsheet.Range;
export type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
export type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type { S as SpreadsheetNs };

/**
 * The current document needs only AuthMode.LIMITED; any other spreadsheet needs the user's authorization.
 * https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle#authorization_modes
 */
export function accessFor(ctx: Ctx, ss: SpreadsheetModel): Access {
  return ss.id === ctx.world.activeSpreadsheetId ? 'document' : 'full';
}

/** Meters one call of a spreadsheet member on `ss`; writes and structural changes are refused to custom functions. */
export function meter(ctx: Ctx, ss: SpreadsheetModel, member: string, latency: LatencyClass, cells?: number): void {
  // https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services — Spreadsheet is read only (get*, not set*).
  if (ctx.exec.authMode === 'CUSTOM_FUNCTION' && (latency === 'write' || latency === 'structure')) {
    throw new PlatformError(PlatformErrors.noPermission(member, null));
  }
  ctx.exec.call(member, cells === undefined ? { latency, access: accessFor(ctx, ss) } : { latency, cells, access: accessFor(ctx, ss) });
}

export function rangeHandle(ctx: Ctx, ss: SpreadsheetModel, sheet: SheetModel, g: GridRange, ref?: A1Ref): GasRange {
  return new RangeFake(ctx, ss, sheet, g, ref).self;
}

/** Rebuilds Range handles for GridRanges of `ss` (rules hand stored ranges back to scripts through it). */
export function rangeFactory(ctx: Ctx, ss: SpreadsheetModel): (g: GridRange) => GasRange {
  return (g) => {
    const sheet = ss.sheets.find((s) => s.id === g.sheetId);
    if (!sheet) throw new Error(`Range on a deleted sheet (${g.sheetId}).`);
    return rangeHandle(ctx, ss, sheet, { ...g });
  };
}

export function sheetHandle(ctx: Ctx, ss: SpreadsheetModel, sheet: SheetModel): GasSheet {
  return new SheetFake(ctx, ss, sheet).self;
}

export function spreadsheetHandle(ctx: Ctx, ss: SpreadsheetModel): GasSpreadsheet {
  return new SpreadsheetFake(ctx, ss).self;
}

/** The model behind a handle a script passes back in (setActiveSheet, setNamedRange, deleteSheet ...). */
export function unwrapRange(r: unknown): RangeFake {
  if (r instanceof RangeFake) return r;
  throw new Error('Expected a Range from this emulator.');
}

export function unwrapSheet(s: unknown): SheetFake {
  if (s instanceof SheetFake) return s;
  throw new Error('Expected a Sheet from this emulator.');
}
