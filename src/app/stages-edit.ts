// A person edited the Stages tab: the Stage dropdown and the hygiene flags follow; problem cells get a note, nothing is deleted.
import { leadsSheet, stagesSheet } from '../../sheets-schema/index.js';
import { buildRule, ruleKeyOf } from '../adapters/sheet-rules.adapter.js';
import { readHeader } from '../adapters/sheet.adapter.js';
import { toast } from '../adapters/ui.adapter.js';
import type { FieldEnv } from '../core/field-types/index.js';
import { headerProblems, resolveHeaders } from '../core/headers.js';
import { t } from '../core/i18n.js';
import { columnLetter } from '../core/names.js';
import { validationKey } from '../core/setup/column-format.js';
import { problemNotes } from '../core/setup/notes.js';
import type { SetupRecord } from '../core/setup/record.js';
import { st } from '../core/setup/texts.js';
import { validationHelp } from '../core/setup/validation-help.js';
import { parseStagesTable } from '../core/stages.js';
import { tabLayout } from '../core/tab-layout.js';
import { refreshSnapshot } from './hygiene/snapshot.js';
import { syncFlags } from './setup/flags.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Re-points the Leads Stage column's dropdown at the Stages tab's Stage column, unless it already is (or is someone else's rule). */
function syncStageDropdown(leads: Sheet, stageCol: number, stages: Sheet, stagesStageCol: number, rows: number, env: FieldEnv, stagesName: string): void {
  const spec = tabLayout(leadsSheet, env).columns.find((c) => c.key === 'stage')!.validation!;
  const seen = ruleKeyOf(leads.getRange(2, stageCol + 1).getDataValidation());
  const wanted = validationKey(spec, stagesStageCol);
  if (seen === wanted || (seen !== null && seen.split('|')[0] !== wanted.split('|')[0])) return;
  const letter = columnLetter(stagesStageCol);
  const rule = buildRule(spec, { stagesRange: stages.getRange(`${letter}2:${letter}`), helpText: validationHelp(spec, env, env.lang ?? 'en', stagesName) });
  if (rule) leads.getRange(2, stageCol + 1, rows - 1, 1).setDataValidation(rule);
}

/**
 * Rebuilds what follows the Stages tab; returns the tab's values, and whether they hold any stage (`usable`). A tab
 * that yields none (its Stage header cleared, every row blank) rebuilds nothing: the flags, the dropdown and the Leads
 * checks keep the stages they had, and the toast says why. `read`: the tab's values when the caller has them already.
 */
function rebuildDropdownAndFlags(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, stages: Sheet, record: SetupRecord, read?: unknown[][]): { values: unknown[][]; usable: boolean } {
  const lang = record.lang;
  const env: FieldEnv = { locale: record.locale, timeZone: record.timeZone, lang };
  const stagesName = record.tabs.stages?.name ?? '';
  const range = stages.getDataRange();
  const values = read ?? range.getValues();
  const parsed = parseStagesTable({ header: values[0] ?? [], rows: values.slice(1) }, env);
  const notes = problemNotes(range.getNotes(), parsed.problems);
  if (notes) range.setNotes(notes);
  if (parsed.stages.length === 0) {
    const first = parsed.problems[0]?.message ?? '';
    toast(ss, st(lang, 'stages.unusable', { tab: stagesName, first }), 'OpsMind', 10);
    return { values, usable: false };
  }
  const leadsId = record.tabs.leads?.id;
  const leads = leadsId === undefined ? null : ss.getSheetById(leadsId);
  let trouble: string | null = null;
  const leadsName = record.tabs.leads?.name ?? leadsSheet.names[lang];
  if (!leads) trouble = t(lang, 'headers.tabMissing', { tab: leadsName });
  else {
    const res = resolveHeaders(leadsSheet, readHeader(leads), record.tabs.leads?.columns);
    const stageCol = res.columns.get('stage');
    const stagesStageCol = resolveHeaders(stagesSheet, values[0] ?? [], record.tabs.stages?.columns).columns.get('stage');
    if (stageCol === undefined || stagesStageCol === undefined) trouble = headerProblems(leadsSheet, res, lang, leadsName)[0] ?? null;
    else {
      const rows = leads.getMaxRows();
      syncFlags(leads, res.columns, parsed.stages, rows);
      syncStageDropdown(leads, stageCol, stages, stagesStageCol, rows, env, stagesName);
    }
  }
  const message = parsed.problems.length > 0
    ? st(lang, 'stages.problems', { count: parsed.problems.length, tab: stagesName, first: parsed.problems[0].message })
    : trouble ? st(lang, 'stages.noLeads', { problem: trouble }) : st(lang, 'stages.rebuilt', { count: parsed.stages.length });
  toast(ss, message, 'OpsMind', 10);
  return { values, usable: true };
}

/**
 * The Stages tab changed (a cell edited, or rows deleted or inserted): the dropdown and the flags follow, and the Leads
 * edits get the new copy to read the stages from (not the tab: it was just read). A tab that yields no stage is not
 * copied there, so the Leads checks keep the last stages that worked. `read` and `stored`: what the caller has read
 * already (the tab's values, the document properties), so neither is read twice.
 */
export function handleStagesChange(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, stages: Sheet, record: SetupRecord, read?: unknown[][], stored?: Readonly<Record<string, string>>): void {
  const { values, usable } = rebuildDropdownAndFlags(ss, stages, record, read);
  if (usable) refreshSnapshot(ss, record, { stages: values }, stored);
}
