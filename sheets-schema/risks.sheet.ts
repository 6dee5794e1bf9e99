// The Risks tab: a risk register scored probability x impact on 1-5 scales (seed 002).
import { field, option } from './define.js';
import type { TabDef } from './types.js';

export const risksSheet = {
  key: 'risks',
  names: { en: 'Risks', de: 'Risiken' },
  description: { en: 'Risk register: score = probability x impact, each on a 1-5 scale.', de: 'Risikoregister: Score = Wahrscheinlichkeit x Auswirkung, jeweils auf einer Skala von 1-5.' },
  frozenRows: 1,
  fields: [
    field('riskId', 'Risk ID', 'Risiko-ID', 'id', 110, { derived: true, requiredHeader: true, aliases: ['id'] }),
    field('title', 'Title', 'Titel', 'text', 240, { requiredHeader: true, aliases: ['Risk', 'Risiko'] }),
    field('probability', 'Probability', 'Wahrscheinlichkeit', 'number', 110, { min: 1, max: 5, integer: true }),
    field('impact', 'Impact', 'Auswirkung', 'number', 100, { min: 1, max: 5, integer: true }),
    field('score', 'Score', 'Score', 'number', 80, { derived: true, min: 1, max: 25, integer: true }),
    field('strategy', 'Strategy', 'Strategie', 'enum', 110, {
      options: [
        option('avoid', 'Avoid', 'Vermeiden'),
        option('mitigate', 'Mitigate', 'Mindern'),
        option('transfer', 'Transfer', 'Übertragen'),
        option('accept', 'Accept', 'Akzeptieren'),
      ],
    }),
    field('mitigation', 'Mitigation', 'Gegenmaßnahme', 'text', 260),
    field('owner', 'Owner', 'Verantwortlich', 'email', 190),
    field('status', 'Status', 'Status', 'enum', 100, {
      options: [option('open', 'Open', 'Offen'), option('closed', 'Closed', 'Geschlossen')],
    }),
    field('reviewDate', 'Review Date', 'Überprüfung am', 'date', 120),
  ],
} as const satisfies TabDef;
