// The Touchpoints tab: every contact with a lead (seed 003 lead_touchpoints), feeding Last/First Contact and the count.
import { field, option } from './define.js';
import type { TabDef } from './types.js';

export const touchpointsSheet = {
  key: 'touchpoints',
  names: { en: 'Touchpoints', de: 'Kontaktpunkte' },
  description: { en: 'Every contact with a lead, outbound or inbound.', de: 'Jeder Kontakt mit einem Lead, ausgehend oder eingehend.' },
  frozenRows: 1,
  fields: [
    field('touchpointId', 'Touchpoint ID', 'Kontaktpunkt-ID', 'id', 120, { derived: true, requiredHeader: true, aliases: ['id'] }),
    field('leadId', 'Lead ID', 'Lead-ID', 'id', 110, { requiredHeader: true }),
    field('date', 'Date', 'Datum', 'date', 110, { requiredHeader: true }),
    field('type', 'Type', 'Art', 'enum', 110, {
      options: [
        option('email', 'Email', 'E-Mail', ['Mail']),
        option('call', 'Call', 'Anruf', ['Telefonat', 'Phone']),
        option('linkedin', 'LinkedIn', 'LinkedIn'),
        option('dm', 'DM', 'Direktnachricht', ['Direct Message']),
        option('meeting', 'Meeting', 'Meeting', ['Termin', 'Treffen']),
        option('other', 'Other', 'Sonstiges', ['Andere']),
      ],
      aliases: ['Typ', 'activity_type'],
    }),
    field('direction', 'Direction', 'Richtung', 'enum', 110, {
      requiredHeader: true,
      options: [option('outbound', 'Outbound', 'Ausgehend', ['Out']), option('inbound', 'Inbound', 'Eingehend', ['In'])],
    }),
    field('outcome', 'Outcome', 'Ergebnis', 'text', 180),
    field('owner', 'Owner', 'Verantwortlich', 'email', 190),
    field('note', 'Note', 'Notiz', 'text', 260, { aliases: ['Notes', 'Notizen'] }),
  ],
} as const satisfies TabDef;
