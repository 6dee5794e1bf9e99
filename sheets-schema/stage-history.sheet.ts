// The Stage History tab: an append-only audit of every stage change attempt (seed 000 data quality rule 2).
import { field, option } from './define.js';
import type { TabDef } from './types.js';

export const stageHistorySheet = {
  key: 'stageHistory',
  names: { en: 'Stage History', de: 'Phasenverlauf' },
  description: { en: 'Every stage change attempt, accepted or rejected; written by OpsMind only.', de: 'Jeder Versuch eines Phasenwechsels, angenommen oder abgelehnt; nur von OpsMind geschrieben.' },
  frozenRows: 1,
  protected: true,
  fields: [
    field('timestamp', 'Timestamp', 'Zeitstempel', 'datetime', 150, { requiredHeader: true }),
    field('leadId', 'Lead ID', 'Lead-ID', 'id', 110, { requiredHeader: true }),
    field('fromStage', 'From Stage', 'Von Phase', 'text', 130),
    field('toStage', 'To Stage', 'Nach Phase', 'text', 130, { requiredHeader: true }),
    field('changedBy', 'Changed By', 'Geändert von', 'email', 190),
    field('result', 'Result', 'Ergebnis', 'enum', 100, {
      requiredHeader: true,
      options: [option('accepted', 'Accepted', 'Angenommen'), option('rejected', 'Rejected', 'Abgelehnt')],
    }),
    field('missingFields', 'Missing Fields', 'Fehlende Felder', 'text', 240),
    field('reason', 'Reason', 'Grund', 'text', 220),
    field('daysInPreviousStage', 'Days In Previous Stage', 'Tage in vorheriger Phase', 'number', 110, { min: 0 }),
  ],
} as const satisfies TabDef;
