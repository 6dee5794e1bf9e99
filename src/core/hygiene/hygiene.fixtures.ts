// Test fixtures for the hygiene rules: a context on the OpsMind preset and leads complete for any stage.
import { opsmindPreset } from '../../../sheets-schema/stage-presets.js';
import type { LeadFieldKey } from '../../../sheets-schema/leads.sheet.js';
import type { Lang } from '../../../sheets-schema/types.js';
import { requiredOf } from './requirements.js';
import { defaultHygieneSettings } from './settings.js';
import { stageTableFromPreset, type StageTable } from './stage-table.js';
import type { HygieneContext, HygieneSettings, LeadRow } from './types.js';

/** Monday 16 November 2026, 09:00 in Berlin. */
export const monday = new Date('2026-11-16T08:00:00Z');

export function hygieneCtx(over: Partial<Omit<HygieneContext, 'settings'>> & { settings?: Partial<HygieneSettings>; lang?: Lang } = {}): HygieneContext {
  const lang = over.lang ?? (over.locale?.startsWith('de') ? 'de' : 'en');
  const stages: StageTable = over.stages ?? stageTableFromPreset(opsmindPreset, lang);
  return {
    now: monday,
    user: 'anna@example.com',
    locale: lang === 'de' ? 'de_DE' : 'en_US',
    timeZone: 'Europe/Berlin',
    ...over,
    lang,
    stages,
    settings: { ...defaultHygieneSettings, ...over.settings },
  };
}

const day = (iso: string) => new Date(`${iso}T00:00:00+01:00`);

/** A value for each field that satisfies it. */
const sample: { [K in LeadFieldKey]?: unknown } = {
  leadId: 'L-000001',
  name: 'Jana Köhler',
  company: 'Köhler Bau GmbH',
  email: 'jana@koehler-bau.de',
  owner: 'anna@example.com',
  lastContactDate: day('2026-11-13'),
  source: 'Referral',
  firstContactDate: day('2026-11-02'),
  touchpointCount: 3,
  callDate: day('2026-11-10'),
  callNotes: 'Needs a CRM cleanup',
  bantBudget: true,
  bantAuthority: true,
  bantNeed: true,
  bantTimeline: false,
  qualified: true,
  offerAmount: 4800,
  offerSentDate: day('2026-11-12'),
  followUpDate: day('2026-11-19'),
  closedDate: day('2026-11-15'),
  actualAmount: 4500,
  paymentTerms: '50/50',
  kickoffDate: day('2026-11-18'),
  nextStep: 'Send the proposal',
  nextStepDate: day('2026-11-18'),
  lostReason: 'Budget',
  reactivationDate: day('2027-02-15'),
  stageChangedAt: new Date('2026-11-16T07:00:00+01:00'),
  createdAt: new Date('2026-11-01T10:00:00+01:00'),
};

/** A lead complete for the stage (by key, OpsMind preset), named in the language; `over` replaces fields. */
export function leadAt(stageKey: string, over: LeadRow = {}, lang: Lang = 'en'): LeadRow {
  const stage = opsmindPreset.stages.find((s) => s.key === stageKey)!;
  const cfg = stageTableFromPreset(opsmindPreset, lang).byKey.get(stageKey)!;
  const row: { [K in LeadFieldKey]?: unknown } = { leadId: sample.leadId, stageChangedAt: sample.stageChangedAt, createdAt: sample.createdAt };
  for (const key of requiredOf(cfg)) row[key] = sample[key];
  if (requiredOf(cfg).includes('bantScore')) for (const k of ['bantBudget', 'bantAuthority', 'bantNeed', 'bantTimeline'] as const) row[k] = sample[k];
  row.stage = stage.labels[lang];
  return { ...row, ...over };
}
