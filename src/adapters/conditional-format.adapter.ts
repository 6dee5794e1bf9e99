// A sheet's conditional-format rules: read as plain data once, written back once with OpsMind's rules in place.
import { ruleRange, type ObservedRule, type RulesPlan } from '../core/setup/hygiene-rules.js';
import { rangesOf } from './sheet.adapter.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type CfRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** The rules (one call) and what each one is: its custom formula if any, its ranges and background. */
export function readRules(sheet: Sheet): { rules: CfRule[]; observed: ObservedRule[] } {
  const rules = sheet.getConditionalFormatRules();
  const observed = rules.map((rule) => {
    const cond = rule.getBooleanCondition();
    const custom = cond !== null && String(cond.getCriteriaType()) === 'CUSTOM_FORMULA';
    return {
      formula: custom ? String(cond.getCriteriaValues()[0] ?? '') : null,
      ranges: rule.getRanges().map((r) => r.getA1Notation()),
      background: cond?.getBackground() ?? null,
    };
  });
  return { rules, observed };
}

/** Replaces the sheet's rules with `plan.order`: people's rules untouched, OpsMind's built anew (one call plus the range list). */
export function writeRules(sheet: Sheet, rules: readonly CfRule[], plan: Extract<RulesPlan, { changed: true }>, lastRow: number): void {
  // Every range OpsMind's rules cover, in one range list (2 calls, however many columns).
  const a1s = [...new Set(plan.order.flatMap((e) => ('ours' in e ? [ruleRange(e.ours, lastRow)] : [])))];
  const handles = rangesOf(sheet, a1s);
  const ranges = new Map(a1s.map((a1, i) => [a1, handles[i]] as const));
  const rangeOf = (a1: string) => ranges.get(a1)!;
  const next = plan.order.map((entry) => {
    if ('user' in entry) return rules[entry.user];
    const spec = entry.ours;
    return SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setBackground(spec.background)
      .setRanges([rangeOf(ruleRange(spec, lastRow))])
      .build();
  });
  sheet.setConditionalFormatRules(next);
}
