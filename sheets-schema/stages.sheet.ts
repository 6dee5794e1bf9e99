// The Stages tab: the pipeline's user-editable configuration; editing it rebuilds the dropdown and the flags.
import { field, option } from './define.js';
import { forecastCategoryOptions } from './leads.sheet.js';
import type { TabDef } from './types.js';

export const stageKindOptions = [
  option('open', 'Open', 'Offen'),
  option('won', 'Won', 'Gewonnen'),
  option('lost', 'Lost', 'Verloren'),
  option('parked', 'Parked', 'Geparkt'),
] as const;

export const stagesSheet = {
  key: 'stages',
  names: { en: 'Stages', de: 'Phasen' },
  description: { en: 'The pipeline: stages in order with SLA, probability, forecast category and required fields.', de: 'Die Pipeline: Phasen in Reihenfolge mit SLA, Wahrscheinlichkeit, Prognosekategorie und Pflichtfeldern.' },
  frozenRows: 1,
  fields: [
    field('stage', 'Stage', 'Phase', 'text', 150, { requiredHeader: true }),
    field('order', 'Order', 'Reihenfolge', 'number', 80, { min: 1, integer: true }),
    field('definition', 'Definition', 'Definition', 'text', 260),
    field('exitCriteria', 'Exit Criteria', 'Austrittskriterien', 'text', 240, { aliases: ['Exit Criterion', 'Ausstiegskriterium'] }),
    field('slaHours', 'SLA Hours', 'SLA-Stunden', 'number', 90, { min: 0, aliases: ['SLA', 'SLA (h)'] }),
    field('probability', 'Probability', 'Wahrscheinlichkeit', 'percent', 100, { min: 0, max: 1 }),
    field('forecastCategory', 'Forecast Category', 'Prognosekategorie', 'enum', 130, { options: forecastCategoryOptions }),
    field('requiredFields', 'Required Fields', 'Pflichtfelder', 'text', 360, { requiredHeader: true }),
    field('kind', 'Kind', 'Art', 'enum', 90, { requiredHeader: true, options: stageKindOptions, aliases: ['Typ'] }),
  ],
} as const satisfies TabDef;
