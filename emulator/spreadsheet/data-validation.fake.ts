// SpreadsheetApp.newDataValidation(): the DataValidationBuilder and the built DataValidation rule.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { PlatformError } from '../runtime/errors.js';
import type { DataValidationCriteria, DataValidationModel, GridRange } from './model.js';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type CriteriaEnum = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
/** Rebuilds a Range handle for a stored GridRange (supplied by the Range/Sheet fakes, which own Range handles). */
export type RangeFactory = (g: GridRange) => GasRange;

/**
 * The sheet id and 0-based grid coordinates of a Range, read through its public members only. The platform reads
 * them as it takes the range into a rule or protection: the script made no such calls, so none is metered.
 */
export function gridRangeOf(ctx: Ctx, range: GasRange): GridRange {
  return ctx.exec.asPlatform(() => {
    const r1 = range.getRow() - 1;
    const c1 = range.getColumn() - 1;
    return { sheetId: range.getSheet().getSheetId(), r1, c1, r2: r1 + range.getNumRows() - 1, c2: c1 + range.getNumColumns() - 1 };
  });
}

const models = new WeakMap<object, DataValidationModel>();

/** The model behind a rule built by this emulator (what Range.setDataValidation stores). */
export function dataValidationModelOf(rule: unknown): DataValidationModel {
  const m = typeof rule === 'object' && rule !== null ? models.get(rule) : undefined;
  // https://developers.google.com/apps-script/reference/spreadsheet/range#setDataValidation(DataValidation) takes a built DataValidation.
  if (!m) throw new PlatformError('The parameters (Object) don\'t match the method signature for SpreadsheetApp.Range.setDataValidation.');
  return { ...m, args: [...m.args] };
}

function blank(): DataValidationModel {
  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean) — default true.
  return { criteria: 'CUSTOM_FORMULA', args: [], showDropdown: false, allowInvalid: true, helpText: null };
}

/** Criteria values as getCriteriaValues() returns them: ranges as Range handles, the dropdown flag appended for lists. */
function criteriaValues(m: DataValidationModel, ranges: Map<GridRange, GasRange>, factory?: RangeFactory): unknown[] {
  if (m.criteria === 'VALUE_IN_LIST') return [[...(m.args[0] as string[])], m.showDropdown];
  if (m.criteria === 'VALUE_IN_RANGE') {
    const g = m.args[0] as GridRange;
    return [ranges.get(g) ?? (factory ? factory(g) : g), m.showDropdown];
  }
  return [...m.args];
}

export class DataValidationBuilderFake implements Pick<Builder,
  'build' | 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText' | 'requireCheckbox' |
  'requireDate' | 'requireDateAfter' | 'requireDateBefore' | 'requireDateBetween' | 'requireDateOnOrAfter' |
  'requireDateOnOrBefore' | 'requireFormulaSatisfied' | 'requireNumberBetween' | 'requireNumberEqualTo' |
  'requireNumberGreaterThan' | 'requireNumberGreaterThanOrEqualTo' | 'requireNumberLessThan' |
  'requireNumberLessThanOrEqualTo' | 'requireNumberNotBetween' | 'requireNumberNotEqualTo' | 'requireTextContains' |
  'requireTextDoesNotContain' | 'requireTextEqualTo' | 'requireTextIsEmail' | 'requireTextIsUrl' | 'requireValueInList' |
  'requireValueInRange' | 'setAllowInvalid' | 'setHelpText' | 'withCriteria'> {
  private m: DataValidationModel;
  private readonly ranges = new Map<GridRange, GasRange>();

  constructor(private readonly ctx: Ctx, from?: DataValidationModel, private readonly factory?: RangeFactory) {
    this.m = from ? { ...from, args: [...from.args] } : blank();
  }

  private step(member: string): void {
    this.ctx.exec.call(`DataValidationBuilder.${member}`, { latency: 'local', access: 'none' });
  }

  private set(member: string, criteria: DataValidationCriteria, args: unknown[], showDropdown = false): Builder {
    this.step(member);
    this.m = { ...this.m, criteria, args, showDropdown };
    return this as unknown as Builder;
  }

  build(): Rule {
    this.step('build');
    return newDataValidation(this.ctx, this.m, this.factory, new Map(this.ranges));
  }

  copy(): Builder {
    this.step('copy');
    return guard(new DataValidationBuilderFake(this.ctx, this.m, this.factory), 'DataValidationBuilder') as unknown as Builder;
  }

  getAllowInvalid(): boolean { this.step('getAllowInvalid'); return this.m.allowInvalid; }
  getCriteriaType(): CriteriaEnum { this.step('getCriteriaType'); return this.m.criteria as unknown as CriteriaEnum; }
  getCriteriaValues(): unknown[] { this.step('getCriteriaValues'); return criteriaValues(this.m, this.ranges, this.factory); }
  getHelpText(): string | null { this.step('getHelpText'); return this.m.helpText; }

  requireCheckbox(checked?: unknown, unchecked?: unknown): Builder {
    const args = checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked];
    return this.set('requireCheckbox', 'CHECKBOX', args);
  }
  requireDate(): Builder { return this.set('requireDate', 'DATE_IS_VALID_DATE', []); }
  requireDateAfter(d: Date): Builder { return this.set('requireDateAfter', 'DATE_AFTER', [d]); }
  requireDateBefore(d: Date): Builder { return this.set('requireDateBefore', 'DATE_BEFORE', [d]); }
  requireDateBetween(a: Date, b: Date): Builder { return this.set('requireDateBetween', 'DATE_BETWEEN', [a, b]); }
  requireDateOnOrAfter(d: Date): Builder { return this.set('requireDateOnOrAfter', 'DATE_ON_OR_AFTER', [d]); }
  requireDateOnOrBefore(d: Date): Builder { return this.set('requireDateOnOrBefore', 'DATE_ON_OR_BEFORE', [d]); }
  requireFormulaSatisfied(formula: string): Builder { return this.set('requireFormulaSatisfied', 'CUSTOM_FORMULA', [formula]); }
  requireNumberBetween(a: number, b: number): Builder { return this.set('requireNumberBetween', 'NUMBER_BETWEEN', [a, b]); }
  requireNumberEqualTo(n: number): Builder { return this.set('requireNumberEqualTo', 'NUMBER_EQUAL_TO', [n]); }
  requireNumberGreaterThan(n: number): Builder { return this.set('requireNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]); }
  requireNumberGreaterThanOrEqualTo(n: number): Builder { return this.set('requireNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  requireNumberLessThan(n: number): Builder { return this.set('requireNumberLessThan', 'NUMBER_LESS_THAN', [n]); }
  requireNumberLessThanOrEqualTo(n: number): Builder { return this.set('requireNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]); }
  requireNumberNotBetween(a: number, b: number): Builder { return this.set('requireNumberNotBetween', 'NUMBER_NOT_BETWEEN', [a, b]); }
  requireNumberNotEqualTo(n: number): Builder { return this.set('requireNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [n]); }
  requireTextContains(t: string): Builder { return this.set('requireTextContains', 'TEXT_CONTAINS', [t]); }
  requireTextDoesNotContain(t: string): Builder { return this.set('requireTextDoesNotContain', 'TEXT_DOES_NOT_CONTAIN', [t]); }
  requireTextEqualTo(t: string): Builder { return this.set('requireTextEqualTo', 'TEXT_EQUAL_TO', [t]); }
  requireTextIsEmail(): Builder { return this.set('requireTextIsEmail', 'TEXT_IS_VALID_EMAIL', []); }
  requireTextIsUrl(): Builder { return this.set('requireTextIsUrl', 'TEXT_IS_VALID_URL', []); }

  // https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInList(String,Boolean) — dropdown unless false.
  requireValueInList(values: string[], showDropdown = true): Builder {
    return this.set('requireValueInList', 'VALUE_IN_LIST', [values.map(String)], showDropdown);
  }

  requireValueInRange(range: GasRange, showDropdown = true): Builder {
    const g = gridRangeOf(this.ctx, range);
    this.ranges.set(g, range);
    return this.set('requireValueInRange', 'VALUE_IN_RANGE', [g], showDropdown);
  }

  setAllowInvalid(allow: boolean): Builder {
    this.step('setAllowInvalid');
    this.m = { ...this.m, allowInvalid: Boolean(allow) };
    return this as unknown as Builder;
  }

  setHelpText(text: string): Builder {
    this.step('setHelpText');
    this.m = { ...this.m, helpText: String(text) };
    return this as unknown as Builder;
  }

  withCriteria(criteria: CriteriaEnum, args: unknown[]): Builder {
    const name = String(criteria) as DataValidationCriteria;
    if (name === 'VALUE_IN_LIST') return this.requireValueInList(args[0] as string[], args[1] === undefined ? true : Boolean(args[1]));
    if (name === 'VALUE_IN_RANGE') return this.requireValueInRange(args[0] as GasRange, args[1] === undefined ? true : Boolean(args[1]));
    return this.set('withCriteria', name, [...args]);
  }
}

export class DataValidationFake implements Pick<Rule, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'> {
  constructor(private readonly ctx: Ctx, private readonly m: DataValidationModel, private readonly factory?: RangeFactory,
    private readonly ranges = new Map<GridRange, GasRange>()) {}

  private step(member: string): void {
    this.ctx.exec.call(`DataValidation.${member}`, { latency: 'local', access: 'none' });
  }

  copy(): Builder {
    this.step('copy');
    return guard(new DataValidationBuilderFake(this.ctx, this.m, this.factory), 'DataValidationBuilder') as unknown as Builder;
  }
  getAllowInvalid(): boolean { this.step('getAllowInvalid'); return this.m.allowInvalid; }
  getCriteriaType(): CriteriaEnum { this.step('getCriteriaType'); return this.m.criteria as unknown as CriteriaEnum; }
  getCriteriaValues(): unknown[] { this.step('getCriteriaValues'); return criteriaValues(this.m, this.ranges, this.factory); }
  // The docs say getHelpText() returns null when no help text is set.
  getHelpText(): string { this.step('getHelpText'); return this.m.helpText as string; }
}

/** SpreadsheetApp.newDataValidation(). */
export function newDataValidationBuilder(ctx: Ctx, factory?: RangeFactory): Builder {
  return guard(new DataValidationBuilderFake(ctx, undefined, factory), 'DataValidationBuilder') as unknown as Builder;
}

/** The rule a script gets back from Range.getDataValidation(s) for a stored model. */
export function newDataValidation(ctx: Ctx, model: DataValidationModel, factory?: RangeFactory, ranges?: Map<GridRange, GasRange>): Rule {
  const m = { ...model, args: [...model.args] };
  const fake = new DataValidationFake(ctx, m, factory, ranges);
  const handle = guard(fake, 'DataValidation');
  models.set(fake, m);
  models.set(handle, m);
  return handle as unknown as Rule;
}
