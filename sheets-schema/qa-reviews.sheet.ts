// The QA Reviews tab: one row per review of a deliverable (seed 000 SOP 3: Pass, Conditional Pass, Fail).
import { field, option } from './define.js';
import type { TabDef } from './types.js';

export const qaReviewsSheet = {
  key: 'qaReviews',
  names: { en: 'QA Reviews', de: 'QA-Reviews' },
  description: { en: 'Quality reviews of deliverables; feeds QA Pass Rate and Rework Rate.', de: 'Qualitätsprüfungen von Lieferungen; Grundlage für QA-Pass-Rate und Nacharbeitsquote.' },
  frozenRows: 1,
  fields: [
    field('reviewId', 'Review ID', 'Review-ID', 'id', 110, { derived: true, requiredHeader: true, aliases: ['id'] }),
    field('projectId', 'Project ID', 'Projekt-ID', 'id', 110),
    field('date', 'Date', 'Datum', 'date', 110, { requiredHeader: true }),
    field('deliverable', 'Deliverable', 'Lieferobjekt', 'text', 220),
    field('result', 'Result', 'Ergebnis', 'enum', 140, {
      requiredHeader: true,
      options: [
        option('pass', 'Pass', 'Bestanden'),
        option('conditionalPass', 'Conditional Pass', 'Bedingt bestanden', ['conditional_pass']),
        option('fail', 'Fail', 'Nicht bestanden', ['Failed']),
      ],
    }),
    field('reworkNeeded', 'Rework Needed', 'Nacharbeit nötig', 'checkbox', 100, { aliases: ['Rework'] }),
    field('reviewer', 'Reviewer', 'Prüfer', 'email', 190),
    field('notes', 'Notes', 'Notizen', 'text', 260, { aliases: ['Note', 'Notiz'] }),
  ],
} as const satisfies TabDef;
