// The rows Set up writes into Budgets: seed 000 "Cost Control / Budget Limits" in EUR.
import type { Labels } from './types.js';

export type BudgetDefault = {
  readonly service: string;
  readonly labels: Labels;
  readonly monthlyLimit: number;
  readonly alertAt: number;
  readonly hardStop: number;
};

export const totalBudgetService = 'Total';

export const defaultBudgets = [
  { service: 'OpenAI', labels: { en: 'OpenAI', de: 'OpenAI' }, monthlyLimit: 500, alertAt: 400, hardStop: 600 },
  { service: 'Anthropic', labels: { en: 'Anthropic', de: 'Anthropic' }, monthlyLimit: 300, alertAt: 240, hardStop: 360 },
  { service: 'Hosting', labels: { en: 'Hosting', de: 'Hosting' }, monthlyLimit: 200, alertAt: 160, hardStop: 240 },
  { service: 'Tools', labels: { en: 'Tools', de: 'Tools' }, monthlyLimit: 200, alertAt: 160, hardStop: 240 },
  { service: totalBudgetService, labels: { en: 'Total', de: 'Gesamt' }, monthlyLimit: 1200, alertAt: 960, hardStop: 1440 },
] as const satisfies readonly BudgetDefault[];
