// The whole OpsMind workbook declaration: every tab in setup order, presets, default settings and budgets.
import { budgetsSheet } from './budgets.sheet.js';
import { costsSheet } from './costs.sheet.js';
import { incidentsSheet } from './incidents.sheet.js';
import { leadsSheet } from './leads.sheet.js';
import { logSheet } from './log.sheet.js';
import { projectsSheet } from './projects.sheet.js';
import { qaReviewsSheet } from './qa-reviews.sheet.js';
import { risksSheet } from './risks.sheet.js';
import { settingsSheet } from './settings.sheet.js';
import { stageHistorySheet } from './stage-history.sheet.js';
import { stagesSheet } from './stages.sheet.js';
import { tasksSheet } from './tasks.sheet.js';
import { touchpointsSheet } from './touchpoints.sheet.js';
import type { TabDef } from './types.js';

/** Bumped with every migration in src/core/migrations.ts; kept in document properties by Set up. */
export const schemaVersion = 1;

export const tabs = [
  leadsSheet,
  touchpointsSheet,
  tasksSheet,
  stageHistorySheet,
  stagesSheet,
  settingsSheet,
  projectsSheet,
  qaReviewsSheet,
  incidentsSheet,
  costsSheet,
  budgetsSheet,
  risksSheet,
  logSheet,
] as const satisfies readonly TabDef[];

export type Tab = (typeof tabs)[number];
export type TabKey = Tab['key'];
/** The column keys of one tab. */
export type FieldKeyOf<K extends TabKey> = Extract<Tab, { key: K }>['fields'][number]['key'];

export const schema = { version: schemaVersion, tabs } as const;

/** The declaration of one tab. */
export function tabByKey<K extends TabKey>(key: K): Extract<Tab, { key: K }> {
  return tabs.find((t) => t.key === key) as Extract<Tab, { key: K }>;
}

export * from './types.js';
export { snakeCase } from './define.js';
export { leadsSheet, forecastCategoryOptions, type LeadFieldKey } from './leads.sheet.js';
export { stagesSheet, stageKindOptions } from './stages.sheet.js';
export {
  budgetsSheet,
  costsSheet,
  incidentsSheet,
  logSheet,
  projectsSheet,
  qaReviewsSheet,
  risksSheet,
  settingsSheet,
  stageHistorySheet,
  tasksSheet,
  touchpointsSheet,
};
export * from './stage-presets.js';
export * from './default-settings.js';
export * from './default-budgets.js';
