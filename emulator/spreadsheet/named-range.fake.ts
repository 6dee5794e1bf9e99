// The fake NamedRange: a spreadsheet-wide name for a range, with the naming rules Sheets applies.
import type { Ctx } from '../runtime/context.js';
import { PlatformError } from '../runtime/errors.js';
import { guard } from '../runtime/guard.js';
import type { NamedRangeModel, SpreadsheetModel } from './model.js';
import { findSheetById } from './spreadsheet-store.js';
import { meter, rangeHandle, unwrapRange, type GasRange } from './handles.js';

type N = GoogleAppsScript.Spreadsheet.NamedRange;

/**
 * https://support.google.com/docs/answer/63175 — a name has only letters, numbers and underscores, does not start
 * with a number or the words true/false, is 1-250 characters and is not an A1 or R1C1 reference.
 */
export function checkRangeName(name: string): void {
  const ok =
    /^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(name) &&
    !/^(true|false)/i.test(name) &&
    !/^[A-Za-z]{1,3}[0-9]+$/.test(name) &&
    !/^R[0-9]*C[0-9]*$/i.test(name);
  if (!ok) throw new PlatformError(`The name "${name}" is not a valid name for a named range.`);
}

export class NamedRangeFake implements Pick<N, 'getName' | 'setName' | 'getRange' | 'setRange' | 'remove'> {
  readonly self: N;

  constructor(
    private readonly ctx: Ctx,
    private readonly ss: SpreadsheetModel,
    private readonly model: NamedRangeModel,
  ) {
    this.self = guard(this, 'NamedRange') as unknown as N;
  }

  getName(): string {
    meter(this.ctx, this.ss, 'NamedRange.getName', 'meta');
    return this.model.name;
  }
  setName(name: string): N {
    meter(this.ctx, this.ss, 'NamedRange.setName', 'structure');
    checkRangeName(name);
    this.model.name = name;
    return this.self;
  }
  getRange(): GasRange {
    meter(this.ctx, this.ss, 'NamedRange.getRange', 'meta');
    const sheet = findSheetById(this.ss, this.model.range.sheetId);
    if (!sheet) throw new PlatformError('Range not found');
    return rangeHandle(this.ctx, this.ss, sheet, { ...this.model.range });
  }
  setRange(range: GoogleAppsScript.Spreadsheet.Range): N {
    meter(this.ctx, this.ss, 'NamedRange.setRange', 'structure');
    this.model.range = { ...unwrapRange(range).g };
    return this.self;
  }
  remove(): void {
    meter(this.ctx, this.ss, 'NamedRange.remove', 'structure');
    this.ss.namedRanges = this.ss.namedRanges.filter((n) => n !== this.model);
  }
}
