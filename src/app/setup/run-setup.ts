// Set up / repair: reads each tab once, plans in core, writes only what is missing or broken, and ends with a summary.
import { defaultPresetKey, presetByKey, schemaVersion, tabs, type PresetKey, type TabKey } from '../../../sheets-schema/index.js';
import type { Lang } from '../../../sheets-schema/types.js';
import { alert, toast } from '../../adapters/ui.adapter.js';
import { documentProperties } from '../../adapters/properties.adapter.js';
import { encodeSnapshot, SNAPSHOT_KEY, snapshotOf } from '../hygiene/snapshot.js';
import type { FieldEnv } from '../../core/field-types/index.js';
import { t } from '../../core/i18n.js';
import { langOf } from '../../core/locale.js';
import { readSettings } from '../../core/settings.js';
import { languageOfTabs } from '../../core/setup/identify.js';
import { changedProperties, decodeRecord, type SetupRecord } from '../../core/setup/record.js';
import { newReport, renderSummary, type Report } from '../../core/setup/report.js';
import { st } from '../../core/setup/texts.js';
import { tabLayout } from '../../core/tab-layout.js';
import { askChoices } from './ask.js';
import type { RunContext, TabState } from './context.js';
import { createMissingTabs, removeBlankDefaultSheet } from './create-tabs.js';
import { ensureSettings, ensureStages, fillBudgets } from './data-tabs.js';
import { extendGrownTabs, syncLeadsFlags } from './leads-tab.js';
import { formatNewTab, layoutHeader, repairTabFormats } from './layout-tab.js';
import { migrateTabs } from './migrate.js';
import { foundTabs, observeTab, openWorkbook } from './observe.js';
import { syncProtections } from './protect.js';
import { nextRecord } from './record-state.js';

/** A tab's values as they stand after this run: its header as laid out, then its rows. */
const tableOf = (ts: TabState): unknown[][] => [ts.header, ...(ts.table ?? []).slice(1)];

type Choice = { lang: Lang; preset: PresetKey; first: boolean };

function choose(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, record: SetupRecord | null, anyTab: boolean, locale: string, report: Report, langOfFound: () => Lang): Choice | null {
  if (record) return { lang: record.lang, preset: record.preset, first: false };
  if (anyTab) return { lang: langOfFound(), preset: defaultPresetKey, first: false };
  const choices = askChoices(langOf(locale));
  if (!choices) {
    toast(ss, st(langOf(locale), 'cancelled'));
    return null;
  }
  report.problems.push(...choices.notes);
  return { lang: choices.lang, preset: choices.preset, first: true };
}

/** The use case behind the menu item; returns the summary it showed (tests and logs read it). */
export function runSetup(): string {
  const ss = SpreadsheetApp.getActive();
  const props = documentProperties();
  const stored = props.getProperties();
  const record = decodeRecord(stored);
  const fromVersion = record?.version ?? 0;
  const locale = record?.locale ?? ss.getSpreadsheetLocale();
  if (fromVersion > schemaVersion) {
    const message = t(record?.lang ?? langOf(locale), 'migration.newer', { found: fromVersion, known: schemaVersion });
    alert(st(record?.lang ?? langOf(locale), 'title'), message);
    return message;
  }
  const report = newReport();
  const workbook = openWorkbook(ss, record);
  const found = foundTabs(workbook);
  const choice = choose(ss, record, found.length > 0, locale, report, () => languageOfTabs(workbook.identified, langOf(locale)));
  if (!choice) return st(langOf(locale), 'cancelled');
  const { lang, preset } = choice;
  for (const r of workbook.identified.renamed) report.changes.push(st(lang, 'repair.renamed', { from: r.from, to: r.to }));
  if (fromVersion < schemaVersion && found.length > 0) {
    const refused = migrateTabs(ss, found, fromVersion, lang, report);
    if (refused) {
      alert(st(lang, 'title'), refused);
      return refused;
    }
  }
  const timeZone = record?.timeZone ?? ss.getSpreadsheetTimeZone();
  const base: FieldEnv = { locale, timeZone, lang };
  const seen = found.map((f) => {
    const def = tabs.find((x) => x.key === f.key)!;
    return { f, def, observed: observeTab(def, f.sheet) };
  });
  // The currency (Settings) shapes the number formats, so it is known before any tab is laid out.
  const settings = seen.find((s) => s.f.key === 'settings')?.observed.table;
  const read = settings ? readSettings({ header: settings[0] ?? [], rows: settings.slice(1) }, base) : null;
  const currency = String(read?.values.currency ?? 'EUR');
  // A value OpsMind cannot use is never changed by repair: the summary names its cell (rows that are missing get added).
  for (const p of read?.problems ?? []) if (p.cell !== '') report.problems.push(p.message);
  const env: FieldEnv = { ...base, currency };
  const states = new Map<TabKey, TabState>();
  for (const { f, def, observed } of seen) {
    states.set(f.key, { def, layout: tabLayout(def, env), sheet: f.sheet, name: f.name, id: f.id, created: false, ...observed, columns: new Map(), rows: null });
  }
  const ctx: RunContext = { ss, lang, preset, env, record, report, tabs: states };
  const created = createMissingTabs(ctx, workbook);
  const newKeys = new Map<TabKey, readonly string[]>();
  for (const tab of tabs) {
    const ts = states.get(tab.key);
    if (ts) newKeys.set(tab.key, layoutHeader(ctx, ts));
  }
  if (created.length > 0) toast(ss, st(lang, 'toast.filling'));
  const stages = ensureStages(ctx, states.get('stages')!);
  ensureSettings(ctx, states.get('settings')!);
  fillBudgets(ctx, states.get('budgets')!);
  if (created.length > 0) toast(ss, st(lang, 'toast.rules'));
  for (const tab of tabs) {
    const ts = states.get(tab.key)!;
    if (ts.created) formatNewTab(ctx, ts);
    else repairTabFormats(ctx, ts, newKeys.get(tab.key) ?? []);
  }
  // Tabs OpsMind keeps out of sight (the Log) are hidden again if a person showed them; new ones were hidden at creation.
  for (const ts of states.values()) {
    if (ts.created || !ts.layout.hidden || ts.sheet.isSheetHidden()) continue;
    ts.sheet.hideSheet();
    report.changes.push(st(lang, 'repair.hidden', { tab: ts.name }));
  }
  extendGrownTabs(ctx);
  syncLeadsFlags(ctx, stages);
  const protections = syncProtections(ctx);
  const removed = choice.first ? removeBlankDefaultSheet(ctx, workbook) : null;
  if (removed) report.changes.push(st(lang, 'repair.removedBlank', { name: removed }));
  if (choice.first) states.get('leads')!.sheet.activate();
  const next = nextRecord(ctx, workbook, created, removed, protections);
  const changed = changedProperties(stored, next);
  // The Leads edits' copy of Stages and Settings, from the tables this run read and wrote: stored with the record.
  const snapshot = encodeSnapshot(snapshotOf(next, tableOf(states.get('stages')!), tableOf(states.get('settings')!)));
  if (snapshot !== null && stored[SNAPSHOT_KEY] !== snapshot) changed[SNAPSHOT_KEY] = snapshot;
  if (Object.keys(changed).length > 0) props.setProperties(changed);
  if (snapshot === null && stored[SNAPSHOT_KEY] !== undefined) props.deleteProperty(SNAPSHOT_KEY);
  const pipeline = states.get('stages')!.created ? st(lang, 'summary.pipeline', { preset: presetByKey(preset).labels[lang], count: stages.length, lang: st(lang, lang === 'de' ? 'lang.de' : 'lang.en') }) : null;
  const summary = renderSummary(report, lang, states.size, pipeline);
  alert(st(lang, 'title'), summary);
  return summary;
}
