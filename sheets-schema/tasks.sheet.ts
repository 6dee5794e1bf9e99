// The Tasks tab: follow-ups, SOP steps and reactivations, created by people or by the routines.
import { field, option } from './define.js';
import type { TabDef } from './types.js';

export const tasksSheet = {
  key: 'tasks',
  names: { en: 'Tasks', de: 'Aufgaben' },
  description: { en: 'Follow-ups, SOP steps, reactivations and reviews, each with an owner and a due date.', de: 'Nachfassaktionen, SOP-Schritte, Reaktivierungen und Reviews, jeweils mit Verantwortlichem und Fälligkeit.' },
  frozenRows: 1,
  fields: [
    field('taskId', 'Task ID', 'Aufgaben-ID', 'id', 110, { derived: true, requiredHeader: true, aliases: ['id'] }),
    field('relatedId', 'Related ID', 'Bezugs-ID', 'id', 110, { aliases: ['lead_id', 'Lead ID'] }),
    field('title', 'Title', 'Titel', 'text', 260, { requiredHeader: true, aliases: ['Task', 'Aufgabe'] }),
    field('type', 'Type', 'Art', 'enum', 120, {
      options: [
        option('followUp', 'Follow-up', 'Nachfassen', ['follow_up', 'Follow up']),
        option('sop', 'SOP', 'SOP'),
        option('reactivation', 'Reactivation', 'Reaktivierung'),
        option('review', 'Review', 'Review', ['Überprüfung']),
        option('other', 'Other', 'Sonstiges', ['Andere']),
      ],
      aliases: ['Typ'],
    }),
    field('dueDate', 'Due Date', 'Fällig am', 'date', 110, { requiredHeader: true, aliases: ['Due', 'Fälligkeit'] }),
    field('owner', 'Owner', 'Verantwortlich', 'email', 190),
    field('status', 'Status', 'Status', 'enum', 100, {
      requiredHeader: true,
      options: [option('open', 'Open', 'Offen'), option('done', 'Done', 'Erledigt'), option('skipped', 'Skipped', 'Übersprungen')],
    }),
    field('source', 'Source', 'Quelle', 'enum', 110, {
      options: [
        option('manual', 'Manual', 'Manuell'),
        option('sequence', 'Sequence', 'Sequenz'),
        option('sop', 'SOP', 'SOP'),
        option('system', 'System', 'System'),
      ],
    }),
    field('createdAt', 'Created At', 'Erstellt am', 'datetime', 150, { derived: true }),
    field('doneAt', 'Done At', 'Erledigt am', 'datetime', 150, { derived: true }),
  ],
} as const satisfies TabDef;
