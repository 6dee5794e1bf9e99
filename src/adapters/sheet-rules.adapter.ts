// Input rules (data validation) as OpsMind describes them, to and from SpreadsheetApp's DataValidation.
import type { ValidationSpec } from '../core/field-types/index.js';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** Where the Stage dropdown reads its choices, and the text shown beside the rule. */
export type RuleContext = { readonly stagesRange: Range | null; readonly helpText: string };

/** The built DataValidation for a spec; null when the spec needs a Stages range that does not exist. */
export function buildRule(spec: ValidationSpec, ctx: RuleContext): Rule | null {
  const b = SpreadsheetApp.newDataValidation();
  switch (spec.kind) {
    case 'list': b.requireValueInList([...spec.values], true); break;
    case 'listFromField':
      if (!ctx.stagesRange) return null;
      b.requireValueInRange(ctx.stagesRange, true);
      break;
    case 'date': b.requireDate(); break;
    case 'email': b.requireTextIsEmail(); break;
    case 'numberMin': b.requireNumberGreaterThanOrEqualTo(spec.min); break;
    case 'numberBetween': b.requireNumberBetween(spec.min, spec.max); break;
    case 'checkbox': b.requireCheckbox(); break;
  }
  // Warn, do not reject: OpsMind normalises what people type (the other language, another case) and never loses it.
  b.setAllowInvalid(!('reject' in spec && spec.reject));
  if (ctx.helpText !== '') b.setHelpText(ctx.helpText);
  return b.build();
}

function valueKey(v: unknown): string {
  if (v && typeof v === 'object' && 'getA1Notation' in v) {
    const a1 = (v as Range).getA1Notation();
    return a1.replace(/^'?[^!]*'?!/, '').split(':')[0];
  }
  return Array.isArray(v) ? JSON.stringify(v.map(String)) : String(v);
}

/** A rule found on the sheet as the text core/setup/column-format.ts validationKey() writes for OpsMind's rules. */
export function ruleKeyOf(rule: Rule | null): string | null {
  if (!rule) return null;
  const criteria = String(rule.getCriteriaType());
  let values: unknown[];
  try {
    values = rule.getCriteriaValues();
  } catch {
    // A dropdown whose source tab was deleted: the same kind of rule, pointing nowhere, so repair renews it.
    return `${criteria}|#REF!|${rule.getAllowInvalid() ? 'warn' : 'reject'}`;
  }
  // Lists and ranges carry "show dropdown" as their last value; the key keeps only the choices or the range's first cell.
  const kept = criteria === 'VALUE_IN_LIST' || criteria === 'VALUE_IN_RANGE' ? values.slice(0, 1) : values;
  const mode = rule.getAllowInvalid() ? 'warn' : 'reject';
  return [criteria, ...kept.map(valueKey), mode].join('|');
}
