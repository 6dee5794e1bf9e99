// Sheet.getRangeList(): several ranges of one sheet, formatted together in one call.
// https://developers.google.com/apps-script/reference/spreadsheet/range-list
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { meter, type GasRange } from './handles.js';
import type { SpreadsheetModel } from './model.js';

type Gas = GoogleAppsScript.Spreadsheet.RangeList;
type Member = 'getRanges' | 'setNumberFormat' | 'setFontColor' | 'setBackground' | 'setFontWeight' | 'setValue';

export class RangeListFake implements Pick<Gas, Member> {
  readonly self: Gas;

  constructor(
    private readonly ctx: Ctx,
    private readonly ss: SpreadsheetModel,
    private readonly ranges: readonly GasRange[],
  ) {
    this.self = guard(this, 'RangeList') as unknown as Gas;
  }

  /** One call for the whole list: the platform applies it to every range (each range's protection is still checked). */
  private each(member: string, apply: (r: GasRange) => void): Gas {
    const cells = this.ctx.exec.asPlatform(() => this.ranges.reduce((n, r) => n + r.getNumRows() * r.getNumColumns(), 0));
    meter(this.ctx, this.ss, `RangeList.${member}`, 'write', cells);
    this.ctx.exec.asPlatform(() => this.ranges.forEach(apply));
    return this.self;
  }

  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#getRanges() — the Range handles, in the order given.
  getRanges(): GasRange[] {
    meter(this.ctx, this.ss, 'RangeList.getRanges', 'meta');
    return [...this.ranges];
  }
  setNumberFormat(format: string): Gas { return this.each('setNumberFormat', (r) => r.setNumberFormat(format)); }
  setFontColor(color: string | null): Gas { return this.each('setFontColor', (r) => r.setFontColor(color)); }
  setBackground(color: string | null): Gas { return this.each('setBackground', (r) => r.setBackground(color)); }
  setFontWeight(weight: GoogleAppsScript.Spreadsheet.FontWeight | null): Gas { return this.each('setFontWeight', (r) => r.setFontWeight(weight)); }
  // https://developers.google.com/apps-script/reference/spreadsheet/range-list#setValue(Object) — the same value in every
  // cell of every range, read as Range.setValue reads it (a leading "=" makes a formula).
  setValue(value: unknown): Gas { return this.each('setValue', (r) => r.setValue(value)); }
}
