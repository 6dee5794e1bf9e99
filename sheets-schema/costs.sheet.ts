// The Costs tab: one row per cost item (seed 000 cost tracking: API calls, tokens, execution time, storage).
import { field } from './define.js';
import type { TabDef } from './types.js';

export const costsSheet = {
  key: 'costs',
  names: { en: 'Costs', de: 'Kosten' },
  description: { en: 'Cost items per service and project; summed month to date into Budgets.', de: 'Kostenposten je Dienst und Projekt; monatlich in den Budgets aufsummiert.' },
  frozenRows: 1,
  fields: [
    field('date', 'Date', 'Datum', 'date', 110, { requiredHeader: true }),
    field('service', 'Service', 'Dienst', 'text', 130, { requiredHeader: true }),
    field('projectId', 'Project ID', 'Projekt-ID', 'id', 110),
    field('client', 'Client', 'Kunde', 'text', 170),
    field('amount', 'Amount', 'Betrag', 'currency', 110, { requiredHeader: true, min: 0 }),
    field('tokens', 'Tokens', 'Tokens', 'number', 110, { min: 0, integer: true }),
    field('apiCalls', 'API Calls', 'API-Aufrufe', 'number', 100, { min: 0, integer: true }),
    field('executionSeconds', 'Execution Seconds', 'Ausführungssekunden', 'number', 120, { min: 0 }),
    field('storageGb', 'Storage GB', 'Speicher GB', 'number', 100, { min: 0 }),
    field('note', 'Note', 'Notiz', 'text', 240, { aliases: ['Notes', 'Notizen'] }),
  ],
} as const satisfies TabDef;
