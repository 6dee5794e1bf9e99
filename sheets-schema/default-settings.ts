// The rows Set up writes into Settings: stable key, labels, value type, default and description in EN and DE.
import { option } from './define.js';
import type { EnumOption, FieldType, Labels } from './types.js';

export type SettingDef = {
  readonly key: string;
  readonly labels: Labels;
  readonly type: FieldType;
  readonly options?: readonly EnumOption[];
  /** A comma-separated list of values of `type`. */
  readonly list?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
  /** Stored value (enum: option value; percent: fraction); `fromLocale` = the spreadsheet's language. */
  readonly defaultValue: string | number | readonly string[] | { readonly fromLocale: true };
  readonly description: Labels;
};

const L = (en: string, de: string): Labels => ({ en, de });

const weekdays = [
  option('mon', 'Mon', 'Mo', ['Monday', 'Montag']),
  option('tue', 'Tue', 'Di', ['Tuesday', 'Dienstag']),
  option('wed', 'Wed', 'Mi', ['Wednesday', 'Mittwoch']),
  option('thu', 'Thu', 'Do', ['Thursday', 'Donnerstag']),
  option('fri', 'Fri', 'Fr', ['Friday', 'Freitag']),
  option('sat', 'Sat', 'Sa', ['Saturday', 'Samstag']),
  option('sun', 'Sun', 'So', ['Sunday', 'Sonntag']),
];
const onOff = [option('on', 'On', 'Ein', ['yes', 'ja', 'true', 'an']), option('off', 'Off', 'Aus', ['no', 'nein', 'false'])];

export const defaultSettings = [
  { key: 'enforcement', labels: L('Enforcement', 'Durchsetzung'), type: 'enum', options: [option('strict', 'Strict', 'Streng', ['Strikt']), option('soft', 'Soft', 'Weich', ['Locker'])], defaultValue: 'strict', description: L('Strict: a stage change that misses required fields is rolled back. Soft: it stands and the row is flagged.', 'Streng: Ein Phasenwechsel mit fehlenden Pflichtfeldern wird zurückgesetzt. Weich: Er bleibt bestehen und die Zeile wird markiert.') },
  { key: 'language', labels: L('Language', 'Sprache'), type: 'enum', options: [option('en', 'English', 'Englisch', ['en']), option('de', 'German', 'Deutsch', ['de'])], defaultValue: { fromLocale: true }, description: L('Language of row checks, their notes, emails and reports. Tab names, headers and the menu keep the language of the first Set up; OpsMind reads both.', 'Sprache der Zeilenprüfungen, ihrer Notizen, der E-Mails und Berichte. Tab-Namen, Überschriften und das Menü behalten die Sprache der ersten Einrichtung; OpsMind liest beide.') },
  { key: 'adminEmail', labels: L('Admin Email', 'Admin-E-Mail'), type: 'email', defaultValue: '', description: L('Receives escalations and budget alerts.', 'Erhält Eskalationen und Budgetwarnungen.') },
  { key: 'reportRecipients', labels: L('Report Recipients', 'Berichtsempfänger'), type: 'email', list: true, defaultValue: [], description: L('Comma-separated addresses that receive the weekly report.', 'Kommagetrennte Adressen, die den Wochenbericht erhalten.') },
  { key: 'digestHour', labels: L('Digest Hour', 'Digest-Uhrzeit'), type: 'number', min: 0, max: 23, integer: true, defaultValue: 8, description: L('Hour of day (0-23) the daily digest is sent.', 'Stunde (0-23), zu der der tägliche Digest versendet wird.') },
  { key: 'digestDays', labels: L('Digest Days', 'Digest-Tage'), type: 'enum', list: true, options: weekdays, defaultValue: ['mon', 'tue', 'wed', 'thu', 'fri'], description: L('Days the daily digest is sent.', 'Tage, an denen der tägliche Digest versendet wird.') },
  // Seed 000 sales dashboard: weekly targets 10 new leads, 3 calls booked, 2 offers sent, 1 deal won.
  { key: 'weeklyTargetNewLeads', labels: L('Weekly Target: New Leads', 'Wochenziel: Neue Leads'), type: 'number', min: 0, integer: true, defaultValue: 10, description: L('New leads per week.', 'Neue Leads pro Woche.') },
  { key: 'weeklyTargetCallsBooked', labels: L('Weekly Target: Calls Booked', 'Wochenziel: Calls gebucht'), type: 'number', min: 0, integer: true, defaultValue: 3, description: L('Calls booked per week.', 'Gebuchte Calls pro Woche.') },
  { key: 'weeklyTargetOffersSent', labels: L('Weekly Target: Offers Sent', 'Wochenziel: Angebote gesendet'), type: 'number', min: 0, integer: true, defaultValue: 2, description: L('Offers sent per week.', 'Gesendete Angebote pro Woche.') },
  { key: 'weeklyTargetDealsWon', labels: L('Weekly Target: Deals Won', 'Wochenziel: Deals gewonnen'), type: 'number', min: 0, integer: true, defaultValue: 1, description: L('Deals won per week.', 'Gewonnene Deals pro Woche.') },
  // Seed 000 conversion benchmarks: Lead → Call 20 %, Call → Offer 50 %, Offer → Won 30 %.
  { key: 'benchmarkLeadToCall', labels: L('Benchmark: Lead to Call', 'Benchmark: Lead zu Call'), type: 'percent', min: 0, max: 1, defaultValue: 0.2, description: L('Expected share of leads that book a call.', 'Erwarteter Anteil der Leads, die einen Call buchen.') },
  { key: 'benchmarkCallToOffer', labels: L('Benchmark: Call to Offer', 'Benchmark: Call zu Angebot'), type: 'percent', min: 0, max: 1, defaultValue: 0.5, description: L('Expected share of calls that lead to an offer.', 'Erwarteter Anteil der Calls, die zu einem Angebot führen.') },
  { key: 'benchmarkOfferToWon', labels: L('Benchmark: Offer to Won', 'Benchmark: Angebot zu Gewonnen'), type: 'percent', min: 0, max: 1, defaultValue: 0.3, description: L('Expected share of offers that are won.', 'Erwarteter Anteil der Angebote, die gewonnen werden.') },
  { key: 'bantMinimum', labels: L('BANT Minimum', 'BANT-Minimum'), type: 'number', min: 0, max: 4, integer: true, defaultValue: 3, description: L('BANT criteria (of 4) a lead must meet to count as qualified.', 'BANT-Kriterien (von 4), die ein Lead erfüllen muss, um als qualifiziert zu gelten.') },
  // Seed 001 follow-up automation: Email day 2, Call day 4, Email day 7, LinkedIn day 10, Break-up day 14.
  { key: 'followUpSequence', labels: L('Follow-up Sequence', 'Nachfass-Sequenz'), type: 'text', defaultValue: '2:Email, 4:Call, 7:Email, 10:LinkedIn, 14:Break-up', description: L('Day:channel steps after first contact while a Contacted lead has not replied.', 'Tag:Kanal-Schritte nach dem Erstkontakt, solange ein kontaktierter Lead nicht geantwortet hat.') },
  { key: 'currency', labels: L('Currency', 'Währung'), type: 'text', defaultValue: 'EUR', description: L('ISO currency code of all amounts.', 'ISO-Währungscode aller Beträge.') },
  { key: 'accountType', labels: L('Account Type', 'Kontotyp'), type: 'enum', options: [option('consumer', 'Consumer', 'Privat', ['gmail']), option('workspace', 'Workspace', 'Workspace', ['Google Workspace'])], defaultValue: 'consumer', description: L('Google account type; sets the daily email quota.', 'Google-Kontotyp; bestimmt das tägliche E-Mail-Kontingent.') },
  { key: 'autoAdvance', labels: L('Auto-advance', 'Automatisch weiterschalten'), type: 'enum', options: onOff, defaultValue: 'off', description: L('First outbound touchpoint moves New Lead to Contacted, first inbound moves Contacted to Response.', 'Erster ausgehender Kontakt schaltet Neuer Lead auf Kontaktiert, erster eingehender Kontaktiert auf Antwort erhalten.') },
  { key: 'slaHoursMode', labels: L('SLA Hours Mode', 'SLA-Stundenmodus'), type: 'enum', options: [option('calendar', 'Calendar', 'Kalender'), option('business', 'Business', 'Geschäftszeiten', ['Werktage'])], defaultValue: 'calendar', description: L('Count SLA hours on the calendar, or only within the business hours below.', 'SLA-Stunden nach Kalender zählen oder nur innerhalb der Geschäftszeiten unten.') },
  { key: 'businessHoursStart', labels: L('Business Hours Start', 'Geschäftszeit Beginn'), type: 'number', min: 0, max: 23, integer: true, defaultValue: 9, description: L('Hour (0-23) business hours begin, for SLA Hours Mode Business.', 'Stunde (0-23), zu der die Geschäftszeit beginnt (SLA-Stundenmodus Geschäftszeiten).') },
  { key: 'businessHoursEnd', labels: L('Business Hours End', 'Geschäftszeit Ende'), type: 'number', min: 1, max: 24, integer: true, defaultValue: 17, description: L('Hour (1-24) business hours end; later than the start.', 'Stunde (1-24), zu der die Geschäftszeit endet; nach dem Beginn.') },
  { key: 'businessDays', labels: L('Business Days', 'Geschäftstage'), type: 'enum', list: true, options: weekdays, defaultValue: ['mon', 'tue', 'wed', 'thu', 'fri'], description: L('Days with business hours.', 'Tage mit Geschäftszeiten.') },
  { key: 'escalationDays', labels: L('Escalation Days', 'Eskalation nach Tagen'), type: 'number', min: 1, integer: true, defaultValue: 2, description: L('SLA breaches older than this many days are copied to the admin.', 'SLA-Verstöße, die älter als so viele Tage sind, gehen in Kopie an den Admin.') },
] as const satisfies readonly SettingDef[];

export type SettingKey = (typeof defaultSettings)[number]['key'];
