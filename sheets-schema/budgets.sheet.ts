// The Budgets tab: monthly limit, alert level and hard stop per service (seed 000 "Cost Control").
import { field, option } from './define.js';
import type { TabDef } from './types.js';

export const budgetsSheet = {
  key: 'budgets',
  names: { en: 'Budgets', de: 'Budgets' },
  description: { en: 'Monthly budget per service and in total, with alert level and hard stop.', de: 'Monatsbudget je Dienst und gesamt, mit Warnschwelle und hartem Stopp.' },
  frozenRows: 1,
  fields: [
    field('service', 'Service', 'Dienst', 'text', 130, { requiredHeader: true }),
    field('monthlyLimit', 'Monthly Limit', 'Monatslimit', 'currency', 120, { requiredHeader: true, min: 0 }),
    field('alertAt', 'Alert At', 'Warnung ab', 'currency', 120, { min: 0, aliases: ['Alert'] }),
    field('hardStop', 'Hard Stop', 'Harter Stopp', 'currency', 120, { min: 0 }),
    field('monthToDate', 'Month To Date', 'Monat bisher', 'currency', 120, { derived: true, aliases: ['MTD'] }),
    field('status', 'Status', 'Status', 'enum', 110, {
      derived: true,
      options: [
        option('ok', 'OK', 'OK'),
        option('warning', 'Warning', 'Warnung'),
        option('exceeded', 'Exceeded', 'Überschritten'),
        option('hardStop', 'Hard Stop', 'Harter Stopp', ['hard_stop']),
      ],
    }),
  ],
} as const satisfies TabDef;
