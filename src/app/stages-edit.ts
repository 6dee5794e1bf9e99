// A person edited the Stages tab: the Stage dropdown and the hygiene flags follow; problem cells get a note, nothing is deleted.
import { leadsSheet, stagesSheet } from '../../sheets-schema/index.js';
import type { Lang } from '../../sheets-schema/types.js';
import { buildRule, ruleKeyOf } from '../adapters/sheet-rules.adapter.js';
import { tryDocumentLock } from '../adapters/lock.adapter.js';
import { documentProperties } from '../adapters/properties.adapter.js';
import { readHeader, setValueInRows } from '../adapters/sheet.adapter.js';
import { toast } from '../adapters/ui.adapter.js';
import type { FieldEnv } from '../core/field-types/index.js';
import { headerProblems, resolveHeaders } from '../core/headers.js';
import { rowsToRename, stageRenamed, type StageRename, type TypedCell } from '../core/hygiene/stage-rename.js';
import { t } from '../core/i18n.js';
import { columnLetter } from '../core/names.js';
import { validationKey } from '../core/setup/column-format.js';
import { problemNotes } from '../core/setup/notes.js';
import type { SetupRecord } from '../core/setup/record.js';
import { st } from '../core/setup/texts.js';
import { validationHelp } from '../core/setup/validation-help.js';
import { stageTableFromRows } from '../core/hygiene/stage-table.js';
import { tabLayout } from '../core/tab-layout.js';
import { AcceptedStore } from './hygiene/accepted-store.js';
import { LOCK_WAIT_MS } from './hygiene/edit-start.js';
import { refreshSnapshot, storedLang } from './hygiene/snapshot.js';
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

type Leads = { readonly sheet: Sheet; readonly stageCol: number; readonly rows: number };
type Rebuilt = { values: unknown[][]; usable: boolean; message: string; leads: Leads | null };

/**
 * Rebuilds what follows the Stages tab; returns the tab's values, whether they hold any stage (`usable`), the message
 * to show and the Leads tab it rebuilt. A tab that yields none (its Stage header cleared, every row blank) rebuilds
 * nothing: the flags, the dropdown and the Leads checks keep the stages they had, and the message says why. `read`: the
 * tab's values when the caller has them already.
 */
function rebuildDropdownAndFlags(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, stages: Sheet, record: SetupRecord, env: FieldEnv, read?: unknown[][]): Rebuilt {
  const lang = env.lang ?? record.lang;
  const stagesName = record.tabs.stages?.name ?? '';
  const range = stages.getDataRange();
  const values = read ?? range.getValues();
  // The table as the Leads checks read it: two rows naming one stage are reported here too.
  const parsed = stageTableFromRows({ header: values[0] ?? [], rows: values.slice(1) }, env);
  const notes = problemNotes(range.getNotes(), parsed.problems);
  if (notes) range.setNotes(notes);
  if (parsed.stages.length === 0) {
    const first = parsed.problems[0]?.message ?? '';
    return { values, usable: false, message: st(lang, 'stages.unusable', { tab: stagesName, first }), leads: null };
  }
  const leadsId = record.tabs.leads?.id;
  const sheet = leadsId === undefined ? null : ss.getSheetById(leadsId);
  let trouble: string | null = null;
  let leads: Leads | null = null;
  const leadsName = record.tabs.leads?.name ?? leadsSheet.names[lang];
  if (!sheet) trouble = t(lang, 'headers.tabMissing', { tab: leadsName });
  else {
    const res = resolveHeaders(leadsSheet, readHeader(sheet), record.tabs.leads?.columns);
    const stageCol = res.columns.get('stage');
    const stagesStageCol = resolveHeaders(stagesSheet, values[0] ?? [], record.tabs.stages?.columns).columns.get('stage');
    if (stageCol === undefined || stagesStageCol === undefined) trouble = headerProblems(leadsSheet, res, lang, leadsName)[0] ?? null;
    else {
      const rows = sheet.getMaxRows();
      syncFlags(sheet, res.columns, parsed.stages, rows);
      // The dropdown's help text is part of the sheet's layout: in the language Set up laid it out in.
      syncStageDropdown(sheet, stageCol, stages, stagesStageCol, rows, { ...env, lang: record.lang }, stagesName);
      leads = { sheet, stageCol, rows };
    }
  }
  const message = parsed.problems.length > 0
    ? st(lang, 'stages.problems', { count: parsed.problems.length, tab: stagesName, first: parsed.problems[0].message })
    : trouble ? st(lang, 'stages.noLeads', { problem: trouble }) : st(lang, 'stages.rebuilt', { count: parsed.stages.length });
  return { values, usable: true, message, leads };
}

/**
 * A stage renamed in the Stages tab is renamed on the leads: every Stage cell that named it shows the new name, and the
 * stage memory remembers those leads in the new stage. The caller holds the document lock the Leads edits take. 2 calls
 * to read the Stage column and write the cells (a range list of runs), 2 for the memory when the stage's key changed.
 * Returns the message. Stage History keeps the names as they were: it is a record of what happened.
 */
function renameOnLeads(leads: Leads, rename: StageRename, lang: Lang): string {
  const column = leads.rows < 2 ? [] : leads.sheet.getSheetValues(2, leads.stageCol + 1, leads.rows - 1, 1).map((r) => r[0]);
  const hit = rowsToRename(column, rename);
  setValueInRows(leads.sheet, leads.stageCol, hit.map((i) => i + 2), rename.to.name);
  if (rename.from.key !== rename.to.key) {
    // Read under the lock: a Leads edit that finished a moment ago may have changed the memory.
    const props = documentProperties();
    const store = new AcceptedStore(props.getProperties());
    store.renameStage(rename.from.key, rename.to.key);
    const changes = store.changes();
    if (Object.keys(changes).length > 0) props.setProperties(changes);
  }
  return st(lang, 'stages.renamed', { from: rename.from.name, to: rename.to.name, count: hit.length });
}

/**
 * The Stages tab changed (a cell edited, or rows deleted or inserted): the dropdown and the flags follow, and the Leads
 * edits get the new copy to read the stages from (not the tab: it was just read). A tab that yields no stage is not
 * copied there, so the Leads checks keep the last stages that worked. `read` and `stored`: what the caller has read
 * already (the tab's values, the document properties), so neither is read twice. `typed`: the one cell a person typed
 * over, with its old text (a stage renamed there is renamed on the leads).
 */
export function handleStagesChange(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  stages: Sheet,
  record: SetupRecord,
  read?: unknown[][],
  stored?: Readonly<Record<string, string>>,
  typed?: TypedCell,
): void {
  // Messages and notes in the Settings "Language" (the Leads edits' copy holds it), as the row checks speak.
  const lang = (stored && storedLang(stored)) ?? record.lang;
  const env: FieldEnv = { locale: record.locale, timeZone: record.timeZone, lang };
  const { values, usable, message, leads } = rebuildDropdownAndFlags(ss, stages, record, env, read);
  const rename = usable && typed ? stageRenamed(values, typed, env) : null;
  // The leads follow under the lock the Leads edits take; the copy is refreshed under it too, so a Leads edit waiting
  // for it finds the renamed memory and the renamed stages together.
  const lock = rename && leads ? tryDocumentLock(LOCK_WAIT_MS) : null;
  try {
    // Busy, or no usable Leads tab: the stage is renamed in Stages only, and the toast says how to carry it over later.
    let before = '';
    let after = '';
    if (rename) {
      const names = { from: rename.from.name, to: rename.to.name };
      if (!leads) after = st(lang, 'stages.renameNoLeads', names);
      else before = lock ? renameOnLeads(leads, rename, lang) : st(lang, 'stages.renameBusy', names);
    }
    // Even with the leads not renamed, the dropdown offers the new name: the Leads checks must know it too.
    if (usable) refreshSnapshot(ss, record, { stages: values }, stored);
    toast(ss, [before, message, after].filter((m) => m !== '').join(' '), 'OpsMind', 10);
  } finally {
    lock?.releaseLock();
  }
}

/** A cell edit on the Stages tab: one typed cell carries its old text, so a renamed stage can follow on the leads. */
export function handleStagesEdit(
  e: GoogleAppsScript.Events.SheetsOnEdit,
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  stages: Sheet,
  record: SetupRecord,
  stored: Readonly<Record<string, string>>,
): void {
  const single = e.range.getNumRows() === 1 && e.range.getNumColumns() === 1;
  // https://developers.google.com/apps-script/guides/triggers/events#edit — oldValue only for a single-cell edit.
  const typed = single && e.oldValue !== undefined ? { row: e.range.getRow() - 1, col: e.range.getColumn() - 1, oldValue: String(e.oldValue) } : undefined;
  handleStagesChange(ss, stages, record, undefined, stored, typed);
}
