// The Leads tab: one row per lead, the pipeline's source of truth (PRODUCT.md §2, seed 000 "CRM Structure").
import { field, option } from './define.js';
import type { TabDef } from './types.js';

export const forecastCategoryOptions = [
  option('pipeline', 'Pipeline', 'Pipeline'),
  option('bestCase', 'Best Case', 'Best Case', ['best_case', 'Bester Fall']),
  option('commit', 'Commit', 'Commit', ['Zusage']),
  option('closed', 'Closed', 'Abgeschlossen'),
  option('omitted', 'Omitted', 'Ausgeschlossen', ['Omit']),
] as const;

export const leadsSheet = {
  key: 'leads',
  names: { en: 'Leads', de: 'Leads' },
  description: { en: 'One row per lead, from first contact to won, lost or nurturing.', de: 'Eine Zeile je Lead, vom Erstkontakt bis gewonnen, verloren oder Nurturing.' },
  frozenRows: 1,
  fields: [
    field('leadId', 'Lead ID', 'Lead-ID', 'id', 110, { derived: true, requiredHeader: true, aliases: ['id', 'Lead Id'] }),
    field('name', 'Name', 'Name', 'text', 170, { requiredHeader: true, aliases: ['Contact', 'Kontakt'] }),
    field('company', 'Company', 'Firma', 'text', 180, { aliases: ['Unternehmen', 'company_name'] }),
    field('email', 'Email', 'E-Mail', 'email', 210, { aliases: ['Mail', 'E-Mail-Adresse', 'email_address'] }),
    field('stage', 'Stage', 'Phase', 'enum', 140, { optionsFrom: 'stages', requiredHeader: true, aliases: ['Status', 'Stufe'] }),
    field('owner', 'Owner', 'Verantwortlich', 'email', 190, { aliases: ['Besitzer', 'Zuständig'] }),
    field('lastContactDate', 'Last Contact Date', 'Letzter Kontakt', 'date', 120, { aliases: ['Last Contact'] }),
    field('source', 'Source', 'Quelle', 'text', 130, { aliases: ['Lead Source', 'Lead-Quelle'] }),
    field('firstContactDate', 'First Contact Date', 'Erstkontakt', 'date', 120, { aliases: ['First Contact', 'Datum Erstkontakt'] }),
    field('touchpointCount', 'Touchpoint Count', 'Anzahl Kontaktpunkte', 'number', 110, { min: 0, integer: true, aliases: ['Touchpoints', 'Kontaktpunkte'] }),
    field('callDate', 'Call Date', 'Gesprächstermin', 'date', 120, { aliases: ['Call', 'Termin'] }),
    field('callNotes', 'Call Notes', 'Gesprächsnotizen', 'text', 240),
    field('bantBudget', 'BANT Budget', 'BANT Budget', 'checkbox', 90),
    field('bantAuthority', 'BANT Authority', 'BANT Entscheider', 'checkbox', 90, { aliases: ['BANT Entscheidungsbefugnis'] }),
    field('bantNeed', 'BANT Need', 'BANT Bedarf', 'checkbox', 90),
    field('bantTimeline', 'BANT Timeline', 'BANT Zeitrahmen', 'checkbox', 90),
    field('bantScore', 'BANT Score', 'BANT-Score', 'number', 90, { derived: true, min: 0, max: 4, integer: true }),
    field('qualified', 'Qualified', 'Qualifiziert', 'checkbox', 90),
    field('offerAmount', 'Offer Amount', 'Angebotssumme', 'currency', 120, { min: 0, aliases: ['Angebotsbetrag'] }),
    field('offerSentDate', 'Offer Sent Date', 'Angebot gesendet am', 'date', 120),
    field('followUpDate', 'Follow-up Date', 'Nachfassdatum', 'date', 120, { aliases: ['Follow Up', 'Wiedervorlage'] }),
    field('closedDate', 'Closed Date', 'Abschlussdatum', 'date', 120, { aliases: ['Close Date'] }),
    field('actualAmount', 'Actual Amount', 'Tatsächlicher Betrag', 'currency', 120, { min: 0, aliases: ['Auftragswert'] }),
    field('paymentTerms', 'Payment Terms', 'Zahlungsbedingungen', 'text', 160),
    field('kickoffDate', 'Kickoff Date', 'Kickoff-Datum', 'date', 120),
    field('nextStep', 'Next Step', 'Nächster Schritt', 'text', 220, { aliases: ['next_action', 'Next Action'] }),
    field('nextStepDate', 'Next Step Date', 'Datum nächster Schritt', 'date', 120),
    field('lostReason', 'Lost Reason', 'Verlustgrund', 'text', 180, { aliases: ['Reason Lost'] }),
    field('reactivationDate', 'Reactivation Date', 'Reaktivierungsdatum', 'date', 120),
    field('package', 'Package', 'Paket', 'text', 130),
    field('expectedCloseDate', 'Expected Close Date', 'Erwarteter Abschluss', 'date', 120),
    field('probability', 'Probability', 'Wahrscheinlichkeit', 'percent', 100, { derived: true, min: 0, max: 1 }),
    field('forecastCategory', 'Forecast Category', 'Prognosekategorie', 'enum', 130, { derived: true, options: forecastCategoryOptions }),
    field('weightedValue', 'Weighted Value', 'Gewichteter Wert', 'currency', 120, { derived: true }),
    field('stageChangedAt', 'Stage Changed At', 'Phase geändert am', 'datetime', 150, { derived: true }),
    field('slaDue', 'SLA Due', 'SLA fällig', 'datetime', 150, { derived: true }),
    field('hygiene', 'Hygiene', 'Hygiene', 'text', 260, { derived: true, aliases: ['Datenqualität'] }),
    field('createdAt', 'Created At', 'Erstellt am', 'datetime', 150, { derived: true }),
  ],
} as const satisfies TabDef;

/** Every column key of the Leads tab: a stage's required fields must be one of these. */
export type LeadFieldKey = (typeof leadsSheet.fields)[number]['key'];
