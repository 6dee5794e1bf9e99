// The Log tab: hidden, append-only record of job runs, emails sent and errors.
import { field } from './define.js';
import type { TabDef } from './types.js';

export const logSheet = {
  key: 'log',
  names: { en: 'Log', de: 'Protokoll' },
  description: { en: 'Hidden, append-only: job runs, emails sent, errors.', de: 'Versteckt, nur anhängend: Jobläufe, gesendete E-Mails, Fehler.' },
  frozenRows: 1,
  hidden: true,
  protected: true,
  fields: [
    field('timestamp', 'Timestamp', 'Zeitstempel', 'datetime', 150, { requiredHeader: true }),
    field('job', 'Job', 'Job', 'text', 140, { requiredHeader: true }),
    field('key', 'Key', 'Schlüssel', 'text', 200, { requiredHeader: true }),
    field('result', 'Result', 'Ergebnis', 'text', 100),
    field('detail', 'Detail', 'Details', 'text', 400),
  ],
} as const satisfies TabDef;
