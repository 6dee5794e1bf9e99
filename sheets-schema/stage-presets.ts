// The three pipeline presets Set up offers: OpsMind (default, seed 000), Sales-Ops (seed 001), Roadmap (seed 003).
import type { LeadFieldKey } from './leads.sheet.js';
import type { ForecastCategory, Labels, StageKind } from './types.js';

/** One stage: stored key separate from its labels; required fields are checked against Leads at compile time. */
export type StageDef = {
  readonly key: string;
  readonly labels: Labels;
  readonly order: number;
  readonly definition: Labels;
  readonly exitCriteria: Labels;
  /** Hours a lead may stay in the stage; null = no SLA. */
  readonly slaHours: number | null;
  /** Win probability in percent points (0-100). */
  readonly probability: number;
  readonly forecastCategory: ForecastCategory;
  readonly kind: StageKind;
  readonly requiredFields: readonly LeadFieldKey[];
  /** Seed 000 data quality rule 1: an active deal needs Next Step and Next Step Date. */
  readonly nextStepRule: boolean;
};

export type PresetKey = 'opsmind' | 'salesOps' | 'roadmap';

export type StagePreset = {
  readonly key: PresetKey;
  readonly labels: Labels;
  readonly description: Labels;
  readonly stages: readonly StageDef[];
};

const L = (en: string, de: string): Labels => ({ en, de });

// Seed 000 "Required Fields (by Stage)", cumulative along the main path (PRODUCT.md §3).
const base = ['name', 'company', 'email', 'stage', 'owner', 'lastContactDate'] as const satisfies readonly LeadFieldKey[];
const fromContacted = [...base, 'source', 'firstContactDate', 'touchpointCount'] as const satisfies readonly LeadFieldKey[];
const fromCallBooked = [...fromContacted, 'callDate', 'callNotes', 'bantScore', 'qualified'] as const satisfies readonly LeadFieldKey[];
const fromOfferSent = [...fromCallBooked, 'offerAmount', 'offerSentDate', 'followUpDate'] as const satisfies readonly LeadFieldKey[];
const closedWon = [...fromOfferSent, 'closedDate', 'actualAmount', 'paymentTerms', 'kickoffDate'] as const satisfies readonly LeadFieldKey[];
const closedLost = [...base, 'lostReason', 'closedDate'] as const satisfies readonly LeadFieldKey[];
const nurturing = [...base, 'reactivationDate'] as const satisfies readonly LeadFieldKey[];

export const opsmindPreset = {
  key: 'opsmind',
  labels: L('OpsMind', 'OpsMind'),
  description: L('The agency pipeline of seed 000 with SLAs and cumulative required fields (default).', 'Die Agentur-Pipeline aus Seed 000 mit SLAs und kumulativen Pflichtfeldern (Standard).'),
  stages: [
    { key: 'newLead', labels: L('New Lead', 'Neuer Lead'), order: 1, definition: L('Contact captured, not yet contacted', 'Kontakt erfasst, noch nicht kontaktiert'), exitCriteria: L('First message sent', 'Erste Nachricht gesendet'), slaHours: 24, probability: 5, forecastCategory: 'pipeline', kind: 'open', requiredFields: base, nextStepRule: true },
    { key: 'contacted', labels: L('Contacted', 'Kontaktiert'), order: 2, definition: L('First message sent', 'Erste Nachricht gesendet'), exitCriteria: L('Reply received', 'Antwort erhalten'), slaHours: 72, probability: 10, forecastCategory: 'pipeline', kind: 'open', requiredFields: fromContacted, nextStepRule: true },
    { key: 'response', labels: L('Response', 'Antwort erhalten'), order: 3, definition: L('The lead has replied', 'Lead hat geantwortet'), exitCriteria: L('Call booked or disqualified', 'Call gebucht oder disqualifiziert'), slaHours: 48, probability: 20, forecastCategory: 'pipeline', kind: 'open', requiredFields: fromContacted, nextStepRule: true },
    { key: 'callBooked', labels: L('Call Booked', 'Call gebucht'), order: 4, definition: L('Meeting scheduled', 'Termin vereinbart'), exitCriteria: L('Call held', 'Call durchgeführt'), slaHours: null, probability: 30, forecastCategory: 'pipeline', kind: 'open', requiredFields: fromCallBooked, nextStepRule: true },
    { key: 'offerSent', labels: L('Offer Sent', 'Angebot gesendet'), order: 5, definition: L('Written offer delivered', 'Schriftliches Angebot übermittelt'), exitCriteria: L('Reply received', 'Antwort erhalten'), slaHours: 168, probability: 50, forecastCategory: 'bestCase', kind: 'open', requiredFields: fromOfferSent, nextStepRule: true },
    { key: 'negotiation', labels: L('Negotiation', 'Verhandlung'), order: 6, definition: L('Price and scope under discussion', 'Preis/Scope diskutiert'), exitCriteria: L('Deal won or lost', 'Deal oder Lost'), slaHours: 336, probability: 70, forecastCategory: 'commit', kind: 'open', requiredFields: fromOfferSent, nextStepRule: true },
    // The Closed Won SLA is the 7 days until the kickoff is held.
    { key: 'closedWon', labels: L('Closed Won', 'Gewonnen'), order: 7, definition: L('Deal closed', 'Deal abgeschlossen'), exitCriteria: L('Kickoff held', 'Kickoff durchgeführt'), slaHours: 168, probability: 100, forecastCategory: 'closed', kind: 'won', requiredFields: closedWon, nextStepRule: false },
    { key: 'closedLost', labels: L('Closed Lost', 'Verloren'), order: 8, definition: L('The deal did not happen', 'Deal nicht zustande'), exitCriteria: L('Archive', 'Archivieren'), slaHours: null, probability: 0, forecastCategory: 'omitted', kind: 'lost', requiredFields: closedLost, nextStepRule: false },
    { key: 'nurturing', labels: L('Nurturing', 'Nurturing'), order: 9, definition: L('Not relevant right now', 'Nicht jetzt relevant'), exitCriteria: L('Wait 90 days, then reactivate', '90 Tage warten, dann reaktivieren'), slaHours: 2160, probability: 5, forecastCategory: 'omitted', kind: 'parked', requiredFields: nurturing, nextStepRule: false },
  ],
} as const satisfies StagePreset;

// Seed 001 gives stages, exit criteria and probabilities only. Our choices: required fields follow the
// OpsMind path (qualification data from Qualified, call data from Discovery, offer data from Proposal),
// and SLAs are 24 h to first contact, 3 days to qualify, a week each for discovery and proposal, two weeks
// to negotiate, a week from won to kickoff; Closed Lost has none.
const soQualified = [...fromContacted, 'bantScore', 'qualified'] as const satisfies readonly LeadFieldKey[];
const soDiscovery = [...soQualified, 'callDate', 'callNotes'] as const satisfies readonly LeadFieldKey[];
const soProposal = [...soDiscovery, 'offerAmount', 'offerSentDate', 'followUpDate'] as const satisfies readonly LeadFieldKey[];
const soNegotiation = [...soProposal, 'expectedCloseDate'] as const satisfies readonly LeadFieldKey[];
const soWon = [...soNegotiation, 'closedDate', 'actualAmount', 'paymentTerms', 'kickoffDate'] as const satisfies readonly LeadFieldKey[];

export const salesOpsPreset = {
  key: 'salesOps',
  labels: L('Sales-Ops', 'Sales-Ops'),
  description: L('The BANT-qualified pipeline of seed 001 with its stage probabilities.', 'Die BANT-qualifizierte Pipeline aus Seed 001 mit ihren Phasen-Wahrscheinlichkeiten.'),
  stages: [
    { key: 'lead', labels: L('Lead', 'Lead'), order: 1, definition: L('New contact, not yet reached', 'Neuer Kontakt, noch nicht erreicht'), exitCriteria: L('Contact made', 'Kontakt hergestellt'), slaHours: 24, probability: 10, forecastCategory: 'pipeline', kind: 'open', requiredFields: base, nextStepRule: true },
    { key: 'qualified', labels: L('Qualified', 'Qualifiziert'), order: 2, definition: L('Contact made, qualification under way', 'Kontakt hergestellt, Qualifizierung läuft'), exitCriteria: L('BANT confirmed', 'BANT bestätigt'), slaHours: 72, probability: 25, forecastCategory: 'pipeline', kind: 'open', requiredFields: soQualified, nextStepRule: true },
    { key: 'discovery', labels: L('Discovery', 'Bedarfsanalyse'), order: 3, definition: L('Qualified; mapping the pain', 'Qualifiziert; Bedarf wird analysiert'), exitCriteria: L('Pain mapped', 'Schmerzpunkte erfasst'), slaHours: 168, probability: 40, forecastCategory: 'pipeline', kind: 'open', requiredFields: soDiscovery, nextStepRule: true },
    { key: 'proposal', labels: L('Proposal', 'Angebot'), order: 4, definition: L('Preparing and sending the quote', 'Angebot wird erstellt und gesendet'), exitCriteria: L('Quote sent', 'Angebot gesendet'), slaHours: 168, probability: 60, forecastCategory: 'bestCase', kind: 'open', requiredFields: soProposal, nextStepRule: true },
    { key: 'negotiation', labels: L('Negotiation', 'Verhandlung'), order: 5, definition: L('Terms under discussion', 'Konditionen werden verhandelt'), exitCriteria: L('Terms agreed', 'Konditionen vereinbart'), slaHours: 336, probability: 80, forecastCategory: 'commit', kind: 'open', requiredFields: soNegotiation, nextStepRule: true },
    { key: 'closedWon', labels: L('Closed Won', 'Gewonnen'), order: 6, definition: L('Contract signed', 'Vertrag unterschrieben'), exitCriteria: L('Kickoff held', 'Kickoff durchgeführt'), slaHours: 168, probability: 100, forecastCategory: 'closed', kind: 'won', requiredFields: soWon, nextStepRule: false },
    { key: 'closedLost', labels: L('Closed Lost', 'Verloren'), order: 7, definition: L('The deal did not happen', 'Deal nicht zustande'), exitCriteria: L('Archive', 'Archivieren'), slaHours: null, probability: 0, forecastCategory: 'omitted', kind: 'lost', requiredFields: closedLost, nextStepRule: false },
  ],
} as const satisfies StagePreset;

// Seed 003 names the stages only (NEW → CONTACTED → REPLIED → QUALIFIED → CALL_BOOKED → WON/LOST). Our
// choices: probabilities on the OpsMind scale, the OpsMind SLAs for the matching steps, and required
// fields that grow the same way (contact data from Contacted, BANT from Qualified, the call from Call Booked).
const rmQualified = [...fromContacted, 'bantScore', 'qualified'] as const satisfies readonly LeadFieldKey[];
const rmCallBooked = [...rmQualified, 'callDate'] as const satisfies readonly LeadFieldKey[];
const rmWon = [...rmCallBooked, 'closedDate', 'actualAmount', 'package'] as const satisfies readonly LeadFieldKey[];

export const roadmapPreset = {
  key: 'roadmap',
  labels: L('Roadmap', 'Roadmap'),
  description: L('The short 14-day-roadmap pipeline of seed 003.', 'Die kurze Pipeline der 14-Tage-Roadmap aus Seed 003.'),
  stages: [
    { key: 'new', labels: L('New', 'Neu'), order: 1, definition: L('Lead captured', 'Lead erfasst'), exitCriteria: L('First message sent', 'Erste Nachricht gesendet'), slaHours: 24, probability: 5, forecastCategory: 'pipeline', kind: 'open', requiredFields: base, nextStepRule: true },
    { key: 'contacted', labels: L('Contacted', 'Kontaktiert'), order: 2, definition: L('First message sent', 'Erste Nachricht gesendet'), exitCriteria: L('Reply received', 'Antwort erhalten'), slaHours: 72, probability: 10, forecastCategory: 'pipeline', kind: 'open', requiredFields: fromContacted, nextStepRule: true },
    { key: 'replied', labels: L('Replied', 'Geantwortet'), order: 3, definition: L('The lead has replied', 'Lead hat geantwortet'), exitCriteria: L('Qualified or disqualified', 'Qualifiziert oder disqualifiziert'), slaHours: 48, probability: 20, forecastCategory: 'pipeline', kind: 'open', requiredFields: fromContacted, nextStepRule: true },
    { key: 'qualified', labels: L('Qualified', 'Qualifiziert'), order: 4, definition: L('Fit confirmed (BANT)', 'Passung bestätigt (BANT)'), exitCriteria: L('Call booked', 'Call gebucht'), slaHours: 48, probability: 30, forecastCategory: 'pipeline', kind: 'open', requiredFields: rmQualified, nextStepRule: true },
    { key: 'callBooked', labels: L('Call Booked', 'Call gebucht'), order: 5, definition: L('Qualification call scheduled', 'Qualifizierungs-Call vereinbart'), exitCriteria: L('Won or lost', 'Gewonnen oder verloren'), slaHours: null, probability: 50, forecastCategory: 'bestCase', kind: 'open', requiredFields: rmCallBooked, nextStepRule: true },
    { key: 'won', labels: L('Won', 'Gewonnen'), order: 6, definition: L('Setup sold', 'Setup verkauft'), exitCriteria: L('Setup delivered', 'Setup geliefert'), slaHours: null, probability: 100, forecastCategory: 'closed', kind: 'won', requiredFields: rmWon, nextStepRule: false },
    { key: 'lost', labels: L('Lost', 'Verloren'), order: 7, definition: L('No deal', 'Kein Abschluss'), exitCriteria: L('Archive', 'Archivieren'), slaHours: null, probability: 0, forecastCategory: 'omitted', kind: 'lost', requiredFields: closedLost, nextStepRule: false },
  ],
} as const satisfies StagePreset;

export const stagePresets = [opsmindPreset, salesOpsPreset, roadmapPreset] as const satisfies readonly StagePreset[];

export const defaultPresetKey: PresetKey = 'opsmind';

/** The preset with this key, or the default one. */
export function presetByKey(key: PresetKey): StagePreset {
  return stagePresets.find((p) => p.key === key) ?? opsmindPreset;
}
