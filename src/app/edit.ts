// The simple onEdit trigger, dispatched by tab: the Stages tab rebuilds the dropdown and flags; other tabs plug in here.
import type { TabKey } from '../../sheets-schema/index.js';
import { documentProperties } from '../adapters/properties.adapter.js';
import { decodeRecord, type SetupRecord } from '../core/setup/record.js';
import { handleLeadsEdit } from './hygiene/leads-edit.js';
import { handleSettingsEdit } from './settings-edit.js';
import { handleStagesEdit } from './stages-edit.js';
import { tabEditHandler } from './hygiene/tab-edit.js';
import { handleTouchpointsEdit } from './hygiene/touchpoints-edit.js';

/** `stored`: the document properties as read to find the record (before any lock: what changes under one is read again there). */
type Handler = (e: GoogleAppsScript.Events.SheetsOnEdit, ss: GoogleAppsScript.Spreadsheet.Spreadsheet, sheet: GoogleAppsScript.Spreadsheet.Sheet, record: SetupRecord, stored: Readonly<Record<string, string>>) => void;

/** One handler per tab; the Leads hygiene (and others) register theirs here. */
export const editHandlers: Partial<Record<TabKey, Handler>> = {
  stages: handleStagesEdit,
  settings: (_e, ss, sheet, record) => handleSettingsEdit(ss, sheet, record),
  leads: handleLeadsEdit,
  touchpoints: handleTouchpointsEdit,
  projects: tabEditHandler('projects'),
  tasks: tabEditHandler('tasks'),
  incidents: tabEditHandler('incidents'),
  qaReviews: tabEditHandler('qaReviews'),
  risks: tabEditHandler('risks'),
};

/** Finds the edited tab by the sheet id Set up recorded (so renamed tabs keep working) and runs its handler. */
export function handleEdit(e: GoogleAppsScript.Events.SheetsOnEdit | undefined): void {
  // In AuthMode.NONE (add-on not yet used in this document) nothing of the document may be read.
  if (!e || !e.range || String(e.authMode) === 'NONE') return;
  const sheet = e.range.getSheet();
  const stored = documentProperties().getProperties();
  const record = decodeRecord(stored);
  if (!record) return;
  const id = sheet.getSheetId();
  const key = (Object.keys(record.tabs) as TabKey[]).find((k) => record.tabs[k]?.id === id);
  const handler = key ? editHandlers[key] : undefined;
  if (handler) handler(e, e.source, sheet, record, stored);
}
