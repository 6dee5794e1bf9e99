// The Incidents tab: delivery incidents with severity, resolution and post-mortem (seed 000 template 3).
import { field, option } from './define.js';
import type { TabDef } from './types.js';

export const incidentsSheet = {
  key: 'incidents',
  names: { en: 'Incidents', de: 'Vorfälle' },
  description: { en: 'Incidents by severity, open until resolved, with root cause and post-mortem.', de: 'Vorfälle nach Schweregrad, offen bis gelöst, mit Ursache und Post-Mortem.' },
  frozenRows: 1,
  fields: [
    field('incidentId', 'Incident ID', 'Vorfall-ID', 'id', 110, { derived: true, requiredHeader: true, aliases: ['id'] }),
    field('date', 'Date', 'Datum', 'date', 110, { requiredHeader: true }),
    field('projectId', 'Project ID', 'Projekt-ID', 'id', 110),
    field('client', 'Client', 'Kunde', 'text', 170),
    field('problem', 'Problem', 'Problem', 'text', 260),
    field('severity', 'Severity', 'Schweregrad', 'enum', 110, {
      requiredHeader: true,
      options: [
        option('critical', 'Critical', 'Kritisch'),
        option('high', 'High', 'Hoch', ['H']),
        option('medium', 'Medium', 'Mittel', ['M']),
        option('low', 'Low', 'Niedrig', ['L']),
      ],
    }),
    field('status', 'Status', 'Status', 'enum', 100, {
      requiredHeader: true,
      options: [option('open', 'Open', 'Offen'), option('resolved', 'Resolved', 'Gelöst')],
    }),
    field('resolvedAt', 'Resolved At', 'Gelöst am', 'datetime', 150),
    field('rootCause', 'Root Cause', 'Ursache', 'text', 240),
    field('postMortem', 'Post-Mortem', 'Post-Mortem', 'text', 220),
  ],
} as const satisfies TabDef;
