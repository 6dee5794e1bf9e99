// SpreadsheetApp.newConditionalFormatRule(): the rule builder, the built ConditionalFormatRule and its BooleanCondition.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { PlatformError } from '../runtime/errors.js';
import type { BooleanConditionType, CellFormat, ConditionalFormatModel, GridRange } from './model.js';
import { normalizeColor } from './colors.js';
import { gridRangeOf, type RangeFactory } from './data-validation.fake.js';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type Builder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type Condition = GoogleAppsScript.Spreadsheet.BooleanCondition;
type Criteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;
type RelativeDate = GoogleAppsScript.Spreadsheet.RelativeDate;

// The model's short names for the two criteria whose Apps Script enum names differ.
const toModel: Record<string, BooleanConditionType> = { TEXT_EQUAL_TO: 'TEXT_EQ', TEXT_DOES_NOT_CONTAIN: 'TEXT_NOT_CONTAINS' };
const fromModel: Record<string, string> = { TEXT_EQ: 'TEXT_EQUAL_TO', TEXT_NOT_CONTAINS: 'TEXT_DOES_NOT_CONTAIN' };

/** The Apps Script BooleanCriteria name of a stored condition (relative dates report the *_RELATIVE criteria). */
function criteriaName(c: ConditionalFormatModel['condition']): string {
  const base = fromModel[c.type] ?? c.type;
  return c.type.startsWith('DATE_') && typeof c.values[0] === 'string' ? `${base}_RELATIVE` : base;
}

const models = new WeakMap<object, ConditionalFormatModel>();

function cloneModel(m: ConditionalFormatModel): ConditionalFormatModel {
  return { ranges: m.ranges.map((g) => ({ ...g })), condition: { type: m.condition.type, values: [...m.condition.values] }, format: { ...m.format } };
}

/** The model behind a rule built by this emulator (what Sheet.setConditionalFormatRules stores). */
export function conditionalFormatModelOf(rule: unknown): ConditionalFormatModel {
  const m = typeof rule === 'object' && rule !== null ? models.get(rule) : undefined;
  // https://developers.google.com/apps-script/reference/spreadsheet/sheet#setConditionalFormatRules(ConditionalFormatRule) takes built rules.
  if (!m) throw new PlatformError("The parameters (Object) don't match the method signature for SpreadsheetApp.Sheet.setConditionalFormatRules.");
  return cloneModel(m);
}

type Shared = { ctx: Ctx; factory?: RangeFactory; known: Map<string, GasRange> };
const key = (g: GridRange) => `${g.sheetId}:${g.r1}:${g.c1}:${g.r2}:${g.c2}`;

function rangesOf(s: Shared, m: ConditionalFormatModel): GasRange[] {
  return m.ranges.map((g) => {
    const known = s.known.get(key(g));
    if (known) return known;
    if (!s.factory) throw new PlatformError('Range handles are not available for this rule.');
    return s.factory(g);
  });
}

export class BooleanConditionFake implements Pick<Condition, 'getBackground' | 'getBold' | 'getCriteriaType' | 'getCriteriaValues' | 'getFontColor' | 'getItalic' | 'getStrikethrough' | 'getUnderline'> {
  constructor(private readonly ctx: Ctx, private readonly m: ConditionalFormatModel) {}
  private step(member: string): void { this.ctx.exec.call(`BooleanCondition.${member}`, { latency: 'local', access: 'none' }); }
  getBackground(): string | null { this.step('getBackground'); return this.m.format.background ?? null; }
  getBold(): boolean | null { this.step('getBold'); return this.m.format.bold ?? null; }
  getCriteriaType(): Criteria { this.step('getCriteriaType'); return criteriaName(this.m.condition) as unknown as Criteria; }
  getCriteriaValues(): unknown[] { this.step('getCriteriaValues'); return [...this.m.condition.values]; }
  getFontColor(): string | null { this.step('getFontColor'); return this.m.format.fontColor ?? null; }
  getItalic(): boolean | null { this.step('getItalic'); return this.m.format.italic ?? null; }
  getStrikethrough(): boolean | null { this.step('getStrikethrough'); return this.m.format.strikethrough ?? null; }
  getUnderline(): boolean | null { this.step('getUnderline'); return this.m.format.underline ?? null; }
}

export class ConditionalFormatRuleBuilderFake implements Pick<Builder,
  'build' | 'copy' | 'getBooleanCondition' | 'getRanges' | 'setBackground' | 'setBold' | 'setFontColor' | 'setItalic' |
  'setRanges' | 'setStrikethrough' | 'setUnderline' | 'whenCellEmpty' | 'whenCellNotEmpty' | 'whenDateAfter' |
  'whenDateBefore' | 'whenDateEqualTo' | 'whenFormulaSatisfied' | 'whenNumberBetween' | 'whenNumberEqualTo' |
  'whenNumberGreaterThan' | 'whenNumberGreaterThanOrEqualTo' | 'whenNumberLessThan' | 'whenNumberLessThanOrEqualTo' |
  'whenNumberNotBetween' | 'whenNumberNotEqualTo' | 'whenTextContains' | 'whenTextDoesNotContain' | 'whenTextEndsWith' |
  'whenTextEqualTo' | 'whenTextStartsWith' | 'withCriteria'> {
  private m: ConditionalFormatModel;

  constructor(private readonly s: Shared, from?: ConditionalFormatModel) {
    this.m = from ? cloneModel(from) : { ranges: [], condition: { type: 'CELL_NOT_EMPTY', values: [] }, format: {} };
  }

  private step(member: string): Builder {
    this.s.ctx.exec.call(`ConditionalFormatRuleBuilder.${member}`, { latency: 'local', access: 'none' });
    return this as unknown as Builder;
  }
  private when(member: string, type: BooleanConditionType, values: unknown[]): Builder {
    this.m.condition = { type, values };
    return this.step(member);
  }
  private fmt(member: string, patch: CellFormat): Builder {
    this.m.format = { ...this.m.format, ...patch };
    return this.step(member);
  }

  build(): Rule {
    this.step('build');
    return newConditionalFormatRule(this.s.ctx, this.m, this.s.factory, this.s.known);
  }
  copy(): Builder {
    this.step('copy');
    return guard(new ConditionalFormatRuleBuilderFake({ ...this.s, known: new Map(this.s.known) }, this.m), 'ConditionalFormatRuleBuilder') as unknown as Builder;
  }
  getBooleanCondition(): Condition | null {
    this.step('getBooleanCondition');
    return guard(new BooleanConditionFake(this.s.ctx, cloneModel(this.m)), 'BooleanCondition') as unknown as Condition;
  }
  getRanges(): GasRange[] { this.step('getRanges'); return rangesOf(this.s, this.m); }
  setRanges(ranges: GasRange[]): Builder {
    this.m.ranges = ranges.map((r) => {
      const g = gridRangeOf(this.s.ctx, r);
      this.s.known.set(key(g), r);
      return g;
    });
    return this.step('setRanges');
  }
  setBackground(color: string | null): Builder { return this.fmt('setBackground', { background: normalizeColor(color) }); }
  setFontColor(color: string | null): Builder { return this.fmt('setFontColor', { fontColor: normalizeColor(color) }); }
  setBold(v: boolean | null): Builder { return this.fmt('setBold', { bold: v }); }
  setItalic(v: boolean | null): Builder { return this.fmt('setItalic', { italic: v }); }
  setStrikethrough(v: boolean | null): Builder { return this.fmt('setStrikethrough', { strikethrough: v }); }
  setUnderline(v: boolean | null): Builder { return this.fmt('setUnderline', { underline: v }); }

  whenCellEmpty(): Builder { return this.when('whenCellEmpty', 'CELL_EMPTY', []); }
  whenCellNotEmpty(): Builder { return this.when('whenCellNotEmpty', 'CELL_NOT_EMPTY', []); }
  // https://developers.google.com/apps-script/reference/spreadsheet/conditional-format-rule-builder#whenDateAfter(RelativeDate) — dates or relative dates.
  whenDateAfter(d: GoogleAppsScript.Base.Date | RelativeDate): Builder { return this.when('whenDateAfter', 'DATE_AFTER', [d instanceof Date ? d : String(d)]); }
  whenDateBefore(d: GoogleAppsScript.Base.Date | RelativeDate): Builder { return this.when('whenDateBefore', 'DATE_BEFORE', [d instanceof Date ? d : String(d)]); }
  whenDateEqualTo(d: GoogleAppsScript.Base.Date | RelativeDate): Builder { return this.when('whenDateEqualTo', 'DATE_EQUAL_TO', [d instanceof Date ? d : String(d)]); }
  whenFormulaSatisfied(f: string): Builder { return this.when('whenFormulaSatisfied', 'CUSTOM_FORMULA', [f]); }
  whenNumberBetween(a: number, b: number): Builder { return this.when('whenNumberBetween', 'NUMBER_BETWEEN', [a, b]); }
  whenNumberEqualTo(n: number): Builder { return this.when('whenNumberEqualTo', 'NUMBER_EQUAL_TO', [n]); }
  whenNumberGreaterThan(n: number): Builder { return this.when('whenNumberGreaterThan', 'NUMBER_GREATER_THAN', [n]); }
  whenNumberGreaterThanOrEqualTo(n: number): Builder { return this.when('whenNumberGreaterThanOrEqualTo', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]); }
  whenNumberLessThan(n: number): Builder { return this.when('whenNumberLessThan', 'NUMBER_LESS_THAN', [n]); }
  whenNumberLessThanOrEqualTo(n: number): Builder { return this.when('whenNumberLessThanOrEqualTo', 'NUMBER_LESS_THAN_OR_EQUAL_TO', [n]); }
  whenNumberNotBetween(a: number, b: number): Builder { return this.when('whenNumberNotBetween', 'NUMBER_NOT_BETWEEN', [a, b]); }
  whenNumberNotEqualTo(n: number): Builder { return this.when('whenNumberNotEqualTo', 'NUMBER_NOT_EQUAL_TO', [n]); }
  whenTextContains(t: string): Builder { return this.when('whenTextContains', 'TEXT_CONTAINS', [t]); }
  whenTextDoesNotContain(t: string): Builder { return this.when('whenTextDoesNotContain', 'TEXT_NOT_CONTAINS', [t]); }
  whenTextEndsWith(t: string): Builder { return this.when('whenTextEndsWith', 'TEXT_ENDS_WITH', [t]); }
  whenTextEqualTo(t: string): Builder { return this.when('whenTextEqualTo', 'TEXT_EQ', [t]); }
  whenTextStartsWith(t: string): Builder { return this.when('whenTextStartsWith', 'TEXT_STARTS_WITH', [t]); }
  withCriteria(criteria: Criteria, args: unknown[]): Builder {
    const name = String(criteria).replace(/_RELATIVE$/, '');
    return this.when('withCriteria', toModel[name] ?? (name as BooleanConditionType), [...args]);
  }
}

export class ConditionalFormatRuleFake implements Pick<Rule, 'copy' | 'getBooleanCondition' | 'getRanges'> {
  constructor(private readonly s: Shared, private readonly m: ConditionalFormatModel) {}
  private step(member: string): void { this.s.ctx.exec.call(`ConditionalFormatRule.${member}`, { latency: 'local', access: 'none' }); }
  copy(): Builder {
    this.step('copy');
    return guard(new ConditionalFormatRuleBuilderFake({ ...this.s, known: new Map(this.s.known) }, this.m), 'ConditionalFormatRuleBuilder') as unknown as Builder;
  }
  getBooleanCondition(): Condition | null {
    this.step('getBooleanCondition');
    return guard(new BooleanConditionFake(this.s.ctx, this.m), 'BooleanCondition') as unknown as Condition;
  }
  getRanges(): GasRange[] { this.step('getRanges'); return rangesOf(this.s, this.m); }
}

/** SpreadsheetApp.newConditionalFormatRule(); `factory` rebuilds Range handles for getRanges() of stored rules. */
export function newConditionalFormatRuleBuilder(ctx: Ctx, factory?: RangeFactory): Builder {
  return guard(new ConditionalFormatRuleBuilderFake({ ctx, factory, known: new Map() }), 'ConditionalFormatRuleBuilder') as unknown as Builder;
}

/** The rule a script gets back from Sheet.getConditionalFormatRules() for a stored model. */
export function newConditionalFormatRule(ctx: Ctx, model: ConditionalFormatModel, factory?: RangeFactory, known?: Map<string, GasRange>): Rule {
  const m = cloneModel(model);
  const fake = new ConditionalFormatRuleFake({ ctx, factory, known: new Map(known ?? []) }, m);
  const handle = guard(fake, 'ConditionalFormatRule');
  models.set(fake, m);
  models.set(handle, m);
  return handle as unknown as Rule;
}
