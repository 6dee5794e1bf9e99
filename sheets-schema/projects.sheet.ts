// The Projects tab: delivery after Closed Won (seed 000 delivery dashboard: status, progress, milestones, CSAT).
import { field, option } from './define.js';
import type { TabDef } from './types.js';

export const projectsSheet = {
  key: 'projects',
  names: { en: 'Projects', de: 'Projekte' },
  description: { en: 'Client projects from kickoff to delivery, with budget, revenue and satisfaction.', de: 'Kundenprojekte vom Kickoff bis zur Lieferung, mit Budget, Umsatz und Zufriedenheit.' },
  frozenRows: 1,
  fields: [
    field('projectId', 'Project ID', 'Projekt-ID', 'id', 110, { derived: true, requiredHeader: true, aliases: ['id'] }),
    field('leadId', 'Lead ID', 'Lead-ID', 'id', 110),
    field('client', 'Client', 'Kunde', 'text', 180, { requiredHeader: true, aliases: ['Customer', 'Company', 'Firma'] }),
    field('package', 'Package', 'Paket', 'text', 130),
    field('status', 'Status', 'Status', 'enum', 110, {
      requiredHeader: true,
      options: [
        option('planned', 'Planned', 'Geplant'),
        option('active', 'Active', 'Aktiv'),
        option('onHold', 'On Hold', 'Pausiert', ['on_hold']),
        option('delivered', 'Delivered', 'Geliefert'),
        option('closed', 'Closed', 'Abgeschlossen'),
      ],
    }),
    field('progress', 'Progress', 'Fortschritt', 'percent', 100, { min: 0, max: 1 }),
    field('nextMilestone', 'Next Milestone', 'Nächster Meilenstein', 'text', 200),
    field('milestoneDate', 'Milestone Date', 'Meilenstein-Datum', 'date', 120),
    field('startDate', 'Start Date', 'Startdatum', 'date', 110),
    field('dueDate', 'Due Date', 'Fällig am', 'date', 110, { aliases: ['Deadline'] }),
    field('deliveredDate', 'Delivered Date', 'Geliefert am', 'date', 110),
    field('owner', 'Owner', 'Verantwortlich', 'email', 190),
    field('budget', 'Budget', 'Budget', 'currency', 120, { min: 0 }),
    field('revenue', 'Revenue', 'Umsatz', 'currency', 120, { min: 0 }),
    // seed 000 delivery dashboard: "Client Satisfaction X/10"; NPS is the client's 0-10 recommendation answer.
    field('csat', 'CSAT', 'CSAT', 'number', 80, { min: 0, max: 10 }),
    field('nps', 'NPS', 'NPS', 'number', 80, { min: 0, max: 10, integer: true }),
    field('renewal', 'Renewal', 'Verlängerung', 'checkbox', 90),
  ],
} as const satisfies TabDef;
