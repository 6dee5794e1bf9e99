// The routines' texts (tasks, digests, alerts, review) in English and German, with typed {placeholders}.
import { fillTemplate, type Placeholders } from '../i18n.js';
import type { Lang } from '../../../sheets-schema/types.js';

export type RoutineLang = Lang;

const en = {
  'task.followUp': 'Follow-up {n}/{of}: {channel} (day {day}) – {name}',
  'task.reactivation': 'Reactivate {name}',
  'digest.subject': 'OpsMind daily digest {date}: {count} item(s) for you',
  'digest.hello': 'Good morning {owner},',
  'digest.intro': 'here is what needs you today.',
  'digest.breaches': 'SLA breaches',
  'digest.breach': '{lead} – {stage}: {hours} h over the SLA',
  'digest.kickoff': '{lead} – {stage}: kickoff overdue by {hours} h',
  'digest.nextSteps': 'Overdue next steps',
  'digest.nextStep': '{lead}: “{step}” was due {date}',
  'digest.tasks': 'Tasks due or overdue',
  'digest.task': '{title} (due {date})',
  'digest.missing': 'Leads with missing fields',
  'digest.missingItem': '{lead}: {fields}',
  'digest.suggestions': 'Sequence finished without a reply',
  'digest.suggestion': '{lead}: move to Nurturing or Closed Lost',
  'digest.open': 'open row',
  'digest.escalated': 'You are in copy because breaches are older than {days} day(s).',
  'digest.footer': 'Sent by OpsMind. Turn off automations in the OpsMind menu.',
  'budget.subject.alert': 'OpsMind budget: {service} reached its alert level ({mtd} of {limit} {currency})',
  'budget.subject.limit': 'OpsMind budget: {service} reached its monthly limit ({mtd} of {limit} {currency})',
  'budget.subject.hardStop': 'OpsMind budget: {service} reached its HARD STOP ({mtd}, hard stop {hardStop} {currency})',
  'budget.body': '{service}: month to date {mtd} {currency} in {month}. Alert at {alertAt}, monthly limit {limit}, hard stop {hardStop}.',
  'review.subject': 'OpsMind: Friday pipeline review ({week})',
  'review.body': 'It is Friday: time for the pipeline review. {open} open lead(s), {breaches} SLA breach(es).',
  'review.stage': '{stage}: {count}',
} as const;

type Key = keyof typeof en;

const de: { readonly [K in Key]: string } = {
  'task.followUp': 'Nachfassen {n}/{of}: {channel} (Tag {day}) – {name}',
  'task.reactivation': '{name} reaktivieren',
  'digest.subject': 'OpsMind Tagesübersicht {date}: {count} Punkt(e) für dich',
  'digest.hello': 'Guten Morgen {owner},',
  'digest.intro': 'das braucht heute deine Aufmerksamkeit.',
  'digest.breaches': 'SLA-Verstöße',
  'digest.breach': '{lead} – {stage}: {hours} Std. über dem SLA',
  'digest.kickoff': '{lead} – {stage}: Kickoff seit {hours} Std. überfällig',
  'digest.nextSteps': 'Überfällige nächste Schritte',
  'digest.nextStep': '{lead}: „{step}“ war fällig am {date}',
  'digest.tasks': 'Fällige oder überfällige Aufgaben',
  'digest.task': '{title} (fällig {date})',
  'digest.missing': 'Leads mit fehlenden Feldern',
  'digest.missingItem': '{lead}: {fields}',
  'digest.suggestions': 'Sequenz ohne Antwort beendet',
  'digest.suggestion': '{lead}: nach Nurturing oder Verloren verschieben',
  'digest.open': 'Zeile öffnen',
  'digest.escalated': 'Du bist in Kopie, weil Verstöße älter als {days} Tag(e) sind.',
  'digest.footer': 'Gesendet von OpsMind. Automatisierungen schaltest du im OpsMind-Menü aus.',
  'budget.subject.alert': 'OpsMind Budget: {service} hat die Warnschwelle erreicht ({mtd} von {limit} {currency})',
  'budget.subject.limit': 'OpsMind Budget: {service} hat das Monatslimit erreicht ({mtd} von {limit} {currency})',
  'budget.subject.hardStop': 'OpsMind Budget: {service} hat den HARTEN STOPP erreicht ({mtd}, Stopp bei {hardStop} {currency})',
  'budget.body': '{service}: Monat bisher {mtd} {currency} im {month}. Warnung ab {alertAt}, Monatslimit {limit}, harter Stopp {hardStop}.',
  'review.subject': 'OpsMind: Pipeline-Review am Freitag ({week})',
  'review.body': 'Es ist Freitag: Zeit für das Pipeline-Review. {open} offene Leads, {breaches} SLA-Verstoß/Verstöße.',
  'review.stage': '{stage}: {count}',
};

export type RoutineTextKey = Key;

/** The text in the language with its placeholders filled in (values are not escaped: callers escape for HTML). */
export function routineText<K extends Key>(lang: Lang, key: K, params: Record<Placeholders<(typeof en)[K]>, string | number>): string {
  return fillTemplate((lang === 'de' ? de : en)[key], params);
}

/** A day key shown the way the language writes dates (16.11.2026 / 2026-11-16). */
export function showDay(day: string, lang: Lang): string {
  if (lang !== 'de') return day;
  const [y, m, d] = day.split('-');
  return `${d}.${m}.${y}`;
}
