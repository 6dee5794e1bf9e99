// What Set up / repair makes of a tab declaration for one locale: name, headers, widths, formats, rules, protections.
import { budgetsSheet, defaultBudgets, totalBudgetService } from '../../sheets-schema/index.js';
import type { TabDef } from '../../sheets-schema/types.js';
import { handlerOf, type CellValue, type FieldEnv, type InvalidValueFormat, type ValidationSpec } from './field-types/index.js';
import { langOfEnv } from './locale.js';
import { normalizeName } from './names.js';

export type ColumnLayout = {
  readonly key: string;
  readonly header: string;
  readonly width: number;
  readonly numberFormat: string | null;
  readonly validation: ValidationSpec | null;
  readonly invalidValueFormat: InvalidValueFormat | null;
  /** Written by the product only: muted style, warning-only protection. */
  readonly derived: boolean;
};

export type TabLayout = {
  readonly key: string;
  readonly name: string;
  readonly columns: readonly ColumnLayout[];
  readonly frozenRows: number;
  readonly hidden: boolean;
  readonly protectedTab: boolean;
};

/** The tab as Set up lays it out in the sheet's language. */
export function tabLayout(tab: TabDef, env: FieldEnv): TabLayout {
  const lang = langOfEnv(env);
  return {
    key: tab.key,
    name: tab.names[lang],
    frozenRows: tab.frozenRows,
    hidden: tab.hidden === true,
    protectedTab: tab.protected === true,
    columns: tab.fields.map((f) => {
      const type = handlerOf(f.type);
      return {
        key: f.key,
        header: f.labels[lang],
        width: f.width,
        numberFormat: type.numberFormat(f, env),
        // Derived columns are written by OpsMind, so they get no input rule.
        validation: f.derived ? null : type.validation(f, env),
        invalidValueFormat: f.derived ? null : type.invalidValueFormat(f),
        derived: f.derived === true,
      };
    }),
  };
}

/** The Budgets tab's default data rows (seed 000), in the declared column order; derived cells left blank. */
export function budgetRows(env: FieldEnv): CellValue[][] {
  const lang = langOfEnv(env);
  return defaultBudgets.map((b) => {
    const values: Record<string, CellValue> = { service: b.labels[lang], monthlyLimit: b.monthlyLimit, alertAt: b.alertAt, hardStop: b.hardStop };
    return budgetsSheet.fields.map((f) => values[f.key] ?? '');
  });
}

/** Whether a Budgets row is the total over all services ("Total" or "Gesamt"). */
export function isTotalBudget(service: unknown): boolean {
  const total = defaultBudgets.find((b) => b.service === totalBudgetService)!;
  return [total.labels.en, total.labels.de].map(normalizeName).includes(normalizeName(service));
}
