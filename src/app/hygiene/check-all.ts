// "Check all rows": every OpsMind tab read once, every derived column recomputed, written back once, then a summary.
import { leadsSheet, tabByKey, touchpointsSheet, type LeadFieldKey, type TabKey } from '../../../sheets-schema/index.js';
import type { TabDef } from '../../../sheets-schema/types.js';
import { documentProperties } from '../../adapters/properties.adapter.js';
import { Tabs, type Table } from '../../adapters/tabs.adapter.js';
import { alert, showModeless } from '../../adapters/ui.adapter.js';
import { escapeHtml } from '../../core/routines/index.js';
import { tryDocumentLock } from '../../adapters/lock.adapter.js';
import { applyTouchpoints, checkAllRows, deriveTabRows, hm, type HygieneContext, type LeadWrites, type OtherTab, type RowInput, type StageHistoryEntry } from '../../core/hygiene/index.js';
import { missingHeaders, resolveHeaders, type HeaderResolution } from '../../core/headers.js';
import { t } from '../../core/i18n.js';
import { decodeRecord, type SetupRecord } from '../../core/setup/record.js';
import type { Lang } from '../../../sheets-schema/types.js';
import { AcceptedStore, COUNTER_KEY } from './accepted-store.js';
import { counterKey, editor, hygieneContext, storedCounter } from './context.js';
import { noticesOf, prepareNotes } from './leads-edit.js';
import { keyedRows, prepareGuardedWrite, type RowWrites } from './rows.js';
import { plainTextKeys } from '../../core/field-types/text.js';
import { hygieneOf } from './snapshot.js';
import { prepareHistory } from './stage-history.js';

type Props = Record<string, string>;

const leadKeys: readonly LeadFieldKey[] = leadsSheet.fields.map((f) => f.key);

// A menu function may run 6 minutes (https://developers.google.com/apps-script/guides/services/quotas#current_limitations); an edit or tick holding the lock is done long before.
const LOCK_WAIT_MS = 30_000;
/** Problem lines shown in the summary dialog; the rest are counted (each lead names its own in the Hygiene column). */
const SHOWN_PROBLEMS = 15;
/** Row numbers named per tab in the "edited meanwhile" line. */
const ROW_NUMBERS_SHOWN = 10;
const otherTabs: readonly Exclude<OtherTab, 'touchpoints'>[] = ['projects', 'tasks', 'incidents', 'qaReviews', 'risks'];

export type CheckAllReport = {
  readonly rows: number;
  readonly tabs: number;
  readonly cells: number;
  readonly ids: number;
  readonly stageChanges: number;
  readonly summary: readonly string[];
  /** The first problem lines (the dialog shows no more), in row order, Leads first. */
  readonly problems: readonly string[];
  readonly problemCount: number;
  /** Per tab, the rows people edited while the pass ran (left as they were). */
  readonly changedMeanwhile: readonly string[];
  /** The sheet's language (Settings may have changed it since Set up). */
  readonly lang: Lang;
};

/** A tab's rows below its header as mutable lines (the write puts the changes into them). */
function linesOf(table: readonly (readonly unknown[])[] | null): unknown[][] {
  return table ? (table.slice(1) as unknown[][]) : [];
}

const cellsOf = (rows: readonly { readonly writes: object }[]) => rows.reduce((n, r) => n + Object.keys(r.writes).length, 0);

/** A tab's pass once computed: asked again just before the write (people type meanwhile), then written after the properties are saved. */
type Finish = () => { writes: (() => void)[]; history: StageHistoryEntry[]; changedMeanwhile: string[] };

type Computed = { report: Partial<Omit<CheckAllReport, 'lang' | 'changedMeanwhile'>>; problems: string[]; problemCount: number; finish: Finish };

/** The "edited meanwhile" line of a tab, or none (the first ROW_NUMBERS_SHOWN row numbers). */
function meanwhileLines(rows: ReadonlySet<number>, tab: string, lang: Lang): string[] {
  if (rows.size === 0) return [];
  const list = [...rows].slice(0, ROW_NUMBERS_SHOWN).join(', ') + (rows.size > ROW_NUMBERS_SHOWN ? ', …' : '');
  return [hm(lang, 'checkAll.changedMeanwhile', { tab, rows: list })];
}

/** Leads and Touchpoints together: touchpoints roll up (and may advance leads) first, then every lead is validated. */
function checkLeads(tabs: Tabs, store: AcceptedStore, props: Props, changes: Props, ctx: HygieneContext, lang: Lang, unchecked: string[]): Computed | null {
  const leadsTable = tabs.read('leads');
  const leadRes = resolveHeaders(leadsSheet, leadsTable?.[0] ?? [], tabs.recordedColumns('leads'));
  unchecked.push(...uncheckable(tabs, leadsSheet, leadsTable, leadRes, lang));
  const leadCols = leadRes.columns;
  const leadLines = linesOf(leadsTable);
  const leadRows: RowInput[] = keyedRows(leadLines, 2, leadCols, leadKeys);
  const stageCol = leadCols.get('stage');
  if (!leadsTable || leadCols.get('leadId') === undefined || stageCol === undefined) return null;
  const tpTable = tabs.read('touchpoints');
  const tpRes = resolveHeaders(touchpointsSheet, tpTable?.[0] ?? [], tabs.recordedColumns('touchpoints'));
  unchecked.push(...uncheckable(tabs, touchpointsSheet, tpTable, tpRes, lang));
  const tpCols = tpRes.columns;
  const tpLines = linesOf(tpTable);
  const tpCounter = storedCounter(props, counterKey('touchpoints'));
  const tp = tpCols.get('touchpointId') === undefined
    ? null
    : applyTouchpoints({ touchpoints: keyedRows(tpLines, 2, tpCols, touchpointsSheet.fields.map((f) => f.key)), leads: leadRows, lastAccepted: store.view(), existingIds: [], idCounter: tpCounter ?? 0, mode: 'full' }, ctx);
  const rolled = new Map<number, LeadWrites>();
  for (const u of tp?.leadUpdates ?? []) {
    const i = u.rowNumber - 2;
    leadRows[i] = { ...leadRows[i], values: { ...leadRows[i].values, ...u.writes } };
    rolled.set(u.rowNumber, u.writes);
  }
  // Stages the touchpoints advanced count as accepted for the leads' check; the memory keeps them once the rows are written.
  const advanced = new Map<string, string>();
  for (const a of tp?.advances ?? []) if (a.transition.accepted && a.transition.to) advanced.set(a.leadId, a.transition.to.key);
  const memory = store.view();
  const lastAccepted = { get: (id: string) => advanced.get(id) ?? memory.get(id), has: (id: string) => advanced.has(id) || memory.has(id) } as ReadonlyMap<string, string>;
  const counter = storedCounter(props, COUNTER_KEY);
  const batch = checkAllRows(leadRows, { lastAccepted, existingIds: [], idCounter: counter ?? 0 }, ctx);
  const leadWrites: RowWrites<LeadFieldKey>[] = batch.rows.map((r) => {
    const before = rolled.get(r.rowNumber);
    return before ? { rowNumber: r.rowNumber, writes: { ...before, ...r.writes }, textCells: r.textCells } : r;
  });
  for (const u of tp?.leadUpdates ?? []) if (batch.rows[u.rowNumber - 2]?.skipped) leadWrites[u.rowNumber - 2] = { rowNumber: u.rowNumber, writes: u.writes, textCells: [] };
  // The IDs are saved even for rows edited meanwhile (they are never issued again, on the sheet or not).
  if (counter === null || batch.idCounter !== counter) changes[COUNTER_KEY] = String(batch.idCounter);
  if (tp && (tpCounter === null || tp.idCounter !== tpCounter)) changes[counterKey('touchpoints')] = String(tp.idCounter);
  const touchpointsName = touchpointsSheet.names[lang];
  // Only the lines the dialog shows are written out: 100,000 leads may each have a problem.
  const problems = [
    ...batch.kpi.problems.slice(0, SHOWN_PROBLEMS).map((p) => hm(lang, 'kpi.problemLine', { row: p.rowNumber, id: p.leadId, problems: p.problems.map((q) => q.message).join(hm(lang, 'hygiene.separator')) })),
    ...(tp?.problems ?? []).slice(0, SHOWN_PROBLEMS).map((p) => hm(lang, 'checkAll.tabLine', { tab: touchpointsName, problem: p })),
  ];
  const finish: Finish = () => {
    const leads = tabs.sheet('leads')!;
    const leadsWrite = prepareGuardedWrite(leads, 2, leadLines, leadCols, leadWrites, plainTextKeys(leadsSheet));
    const tpWrite = tp ? prepareGuardedWrite<string>(tabs.sheet('touchpoints')!, 2, tpLines, tpCols, tp.touchpoints, plainTextKeys(touchpointsSheet)) : null;
    const edited = leadsWrite?.changedMeanwhile ?? new Set<number>();
    // A row someone edited meanwhile keeps everything: no rollback note, no memory, no Stage History of this pass.
    const leftAlone = new Set([...edited].map((n) => batch.rows[n - 2].leadId));
    const notices = new Map(batch.rows.map((r) => [r.rowNumber, noticesOf(r, false)] as const));
    const writeNotes = prepareNotes(leads, 2, stageCol, batch, store, notices, edited);
    for (const [id, stage] of advanced) if (!leftAlone.has(id)) store.set(id, stage);
    for (const [id, stage] of batch.lastAcceptedChanges) if (!leftAlone.has(id)) store.set(id, stage);
    const history = [...(tp?.advances ?? []).flatMap((a) => (a.transition.history ? [a.transition.history] : [])), ...batch.history].filter((h) => !leftAlone.has(h.leadId));
    return {
      writes: [leadsWrite?.write, tpWrite?.write, writeNotes ?? undefined].filter((w) => w !== undefined),
      history,
      changedMeanwhile: [...meanwhileLines(edited, leadsSheet.names[lang], lang), ...meanwhileLines(tpWrite?.changedMeanwhile ?? new Set(), touchpointsName, lang)],
    };
  };
  return {
    report: {
      rows: leadLines.length + tpLines.length,
      cells: cellsOf(leadWrites) + cellsOf(tp?.touchpoints ?? []),
      ids: batch.rows.filter((r) => r.isNew).length + (tp?.touchpoints ?? []).filter((t) => t.isNew).length,
      stageChanges: (tp?.advances ?? []).filter((a) => a.transition.history).length + batch.history.length,
      summary: batch.kpi.summary,
    },
    problems,
    problemCount: batch.kpi.problems.length + (tp?.problems.length ?? 0),
    finish,
  };
}

/** Why a tab cannot be checked (in full): it is gone, or headers the product needs are missing; each names tab and column. */
function uncheckable(tabs: Tabs, def: TabDef, table: Table | null, res: HeaderResolution<string>, lang: Lang): string[] {
  const key = def.key as TabKey;
  if (!table) return [t(lang, 'headers.tabMissing', { tab: tabs.nameOf(key) ?? def.names[lang] })];
  // The tab's name as it is now is asked for only when there is something to say (it may have been renamed since Set up).
  return res.missing.length === 0 ? [] : missingHeaders(def, res, lang, tabs.sheet(key)?.getName() ?? tabs.nameOf(key) ?? def.names[lang]);
}

/** One of the other tabs: IDs, typed values, Risk Score, Done At; its problems for the summary. */
function checkTab(tabs: Tabs, tab: Exclude<OtherTab, 'touchpoints'>, props: Props, changes: Props, ctx: HygieneContext, lang: Lang, unchecked: string[]): { rows: number; cells: number; ids: number; problems: string[]; finish: Finish } | null {
  const def: TabDef = tabByKey(tab);
  const table = tabs.read(tab);
  const res = resolveHeaders(def, table?.[0] ?? [], tabs.recordedColumns(tab));
  unchecked.push(...uncheckable(tabs, def, table, res, lang));
  if (!table) return null;
  const columns = res.columns;
  const idKey = def.fields.find((f) => f.type === 'id' && f.derived)!.key;
  if (columns.get(idKey) === undefined) return null;
  const lines = linesOf(table);
  const key = counterKey(tab);
  const counter = storedCounter(props, key);
  const result = deriveTabRows(tab, keyedRows(lines, 2, columns, def.fields.map((f) => f.key)), { existingIds: [], idCounter: counter ?? 0 }, ctx);
  if (counter === null || result.idCounter !== counter) changes[key] = String(result.idCounter);
  const name = def.names[lang];
  return {
    rows: lines.length,
    cells: cellsOf(result.rows),
    ids: result.rows.filter((r) => r.isNew).length,
    problems: result.rows.flatMap((r) => r.problems.map((p) => hm(lang, 'checkAll.tabLine', { tab: name, problem: p }))),
    finish: () => {
      const write = prepareGuardedWrite<string>(tabs.sheet(tab)!, 2, lines, columns, result.rows, plainTextKeys(def));
      return { writes: write ? [write.write] : [], history: [], changedMeanwhile: meanwhileLines(write?.changedMeanwhile ?? new Set(), name, lang) };
    },
  };
}

/**
 * Runs the whole pass under the document lock (IDs and the stage memory are shared with edits and the tick): every tab
 * is read and computed; then, just before writing, each written block is read again (rows people edited meanwhile are
 * left alone); the ID counters and the memory are saved; and all writes go out together.
 */
function checkAll(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, record: SetupRecord, properties: GoogleAppsScript.Properties.Properties, props: Props, now = new Date()): CheckAllReport {
  const hygiene = hygieneOf(ss, record, props);
  // The person is asked for (2 calls) only when a Stage History row or a new lead's Owner needs them.
  let user: string | null | undefined;
  const ctx: HygieneContext = {
    ...hygieneContext(record, hygiene, null, now),
    get user() {
      return user === undefined ? (user = editor()) : user;
    },
  };
  const lang = hygiene.lang;
  // Seven tabs are read whole: their sheets come from one call (positions checked by the headers), not seven.
  const tabs = new Tabs(ss, record, { byPosition: true });
  const store = new AcceptedStore(props);
  const changes: Props = {};
  // Tabs (or their key columns) missing: named first in the summary, never reported as "no problems".
  const unchecked: string[] = [];
  const leads = checkLeads(tabs, store, props, changes, ctx, lang, unchecked);
  const others = otherTabs.map((t) => checkTab(tabs, t, props, changes, ctx, lang, unchecked)).filter((r) => r !== null);
  const finished = [leads, ...others].flatMap((c) => (c ? [c.finish()] : []));
  const history = finished.flatMap((f) => f.history);
  const writeHistory = prepareHistory(ss, record, history, lang);
  Object.assign(changes, store.changes());
  // Saved before any row is written: an ID on the sheet is never issued again, even if the run ends mid-write.
  if (Object.keys(changes).length > 0) properties.setProperties(changes);
  for (const f of finished) for (const write of f.writes) write();
  writeHistory?.();
  const sum = (k: 'rows' | 'cells' | 'ids') => (leads?.report[k] ?? 0) + others.reduce((n, o) => n + o[k], 0);
  return {
    rows: sum('rows'),
    tabs: (leads ? 2 : 0) + others.length,
    cells: sum('cells'),
    ids: sum('ids'),
    stageChanges: history.length,
    summary: leads?.report.summary ?? [],
    problems: [...unchecked, ...(leads?.problems ?? []), ...others.flatMap((o) => o.problems)].slice(0, SHOWN_PROBLEMS),
    problemCount: unchecked.length + (leads?.problemCount ?? 0) + others.reduce((n, o) => n + o.problems.length, 0),
    changedMeanwhile: finished.flatMap((f) => f.changedMeanwhile),
    lang,
  };
}

/** The summary's lines: the KPI overall and per owner, what was updated, rows edited meanwhile, and the first problems. */
function summaryText(report: CheckAllReport): string {
  const lang = report.lang;
  const shown = report.problems;
  const more = report.problemCount - shown.length;
  return [
    ...report.summary,
    '',
    hm(lang, 'checkAll.counts', { rows: report.rows, tabs: report.tabs, cells: report.cells, ids: report.ids, changes: report.stageChanges }),
    ...(report.changedMeanwhile.length > 0 ? ['', ...report.changedMeanwhile] : []),
    '',
    ...(report.problemCount === 0 ? [hm(lang, 'checkAll.none')] : [hm(lang, 'checkAll.problems', { count: report.problemCount }), ...shown]),
    ...(more > 0 ? [hm(lang, 'checkAll.more', { count: more })] : []),
  ].join('\n');
}

/** The summary as the dialog shows it: every line escaped (lead names and values are people's text), and a Close button. */
function summaryHtml(report: CheckAllReport): string {
  const close = hm(report.lang, 'checkAll.close');
  return `<div style="font:13px/1.5 Arial,sans-serif;white-space:pre-wrap">${escapeHtml(summaryText(report))}</div>` +
    `<p><button onclick="google.script.host.close()">${escapeHtml(close)}</button></p>`;
}

/**
 * The menu item: Check all rows. The summary opens in a dialog that does not block, so the execution ends, and the
 * document lock is released with it (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()), while the
 * person reads; the writes are sent when the execution ends too, before any waiting edit reads the rows.
 */
export function runCheckAll(): void {
  const ss = SpreadsheetApp.getActive();
  const properties = documentProperties();
  // The lock first: the stage memory and ID counters are read under it, so an edit that ends meanwhile is not undone.
  const lock = tryDocumentLock(LOCK_WAIT_MS);
  const props = properties.getProperties();
  const record = decodeRecord(props);
  if (!record) {
    lock?.releaseLock();
    alert(hm('en', 'checkAll.title'), `${hm('en', 'checkAll.notSetUp')}\n\n${hm('de', 'checkAll.notSetUp')}`);
  } else if (!lock) alert(hm(record.lang, 'checkAll.title'), hm(record.lang, 'checkAll.busy'));
  else {
    const report = checkAll(ss, record, properties, props);
    showModeless(hm(report.lang, 'checkAll.title'), summaryHtml(report));
  }
}
