// The hourly tick: under the document lock, read each needed tab once, plan in core, write tasks and budgets, send, record, log.
import { budgetsSheet } from '../../../sheets-schema/budgets.sheet.js';
import { costsSheet } from '../../../sheets-schema/costs.sheet.js';
import type { TabKey } from '../../../sheets-schema/index.js';
import { leadsSheet } from '../../../sheets-schema/leads.sheet.js';
import { tasksSheet } from '../../../sheets-schema/tasks.sheet.js';
import { touchpointsSheet } from '../../../sheets-schema/touchpoints.sheet.js';
import type { TabDef } from '../../../sheets-schema/types.js';
import { tryDocumentLock } from '../../adapters/lock.adapter.js';
import { remainingDailyQuota, sendEmail } from '../../adapters/mail.adapter.js';
import { documentProperties } from '../../adapters/properties.adapter.js';
import type { FieldEnv } from '../../core/field-types/index.js';
import { stageTableFromRows } from '../../core/hygiene/stage-table.js';
import { currentPeriods, deliver, dueJobs, markDone, planSends, planTick, pruneLedger, tickSettingsFrom, type Ledger, type OutgoingEmail } from '../../core/routines/index.js';
import { readSettings } from '../../core/settings.js';
import { decodeRecord, type SetupRecord } from '../../core/setup/record.js';
import { decodeOutbox, LOG_OUTBOX_KEY, tailSize, unwrittenEntries } from './log-outbox.js';
import { Tabs } from '../../adapters/tabs.adapter.js';
import { columnsOf, readBudgets, readCosts, readLeads, readTasks, readTouchpoints, type Table } from './tick-input.js';
import { deferredEntries, jobEntries, sendEntry, unconfirmedEntries } from './tick-log.js';
import { SPREADSHEET_ID_KEY, storedLedger, tickProperties } from './tick-store.js';
import { writeBudgets } from './write-budgets.js';
import { logRows, taskRows, changedBudgets, type LogEntry } from './writes.js';
import { at } from './texts.js';

/** The name of the entry function the hourly trigger calls. */
export const TICK_HANDLER = 'tick';
// Another tick holds the lock: it does the work, so this one leaves almost at once.
const LOCK_WAIT_MS = 1_000;
// Sending stops here and the rest waits for the next tick, well inside the 6-minute limit of
// https://developers.google.com/apps-script/guides/services/quotas#current_limitations.
const TIME_BUDGET_MS = 4.5 * 60_000;
const SENDER_NAME = 'OpsMind';

export type TickReport = {
  readonly status: 'busy' | 'notSetUp' | 'idle' | 'done';
  readonly jobs: string[];
  readonly tasks: string[];
  readonly sent: string[];
  readonly deferred: string[];
  readonly failed: string[];
  readonly unconfirmed: string[];
  readonly logRows: number;
};

const quiet = (status: TickReport['status']): TickReport => ({ status, jobs: [], tasks: [], sent: [], deferred: [], failed: [], unconfirmed: [], logRows: 0 });

function readTab(tabs: Tabs, record: SetupRecord, key: TabKey, def: TabDef, lang: 'en' | 'de', only?: readonly string[]): { table: Table; columns: Map<string, number> } {
  if (only) {
    // The few columns a big tab is needed for, when its headers are still where Set up left them.
    const span = tabs.readSpan(key, only);
    const columns = span ? (columnsOf(def, span, lang).columns as Map<string, number>) : null;
    if (span && columns && only.every((k) => columns.has(k))) return { table: span, columns };
  }
  const table = tabs.read(key);
  // Without its tab a job cannot run; the execution fails with a message naming the tab (Set up / repair recreates it).
  if (!table) throw new Error(`OpsMind: ${at(lang, 'log.missingTab', { tab: record.tabs[key]?.name ?? def.names[lang] })}`);
  const { columns, problems } = columnsOf(def, table, lang, record.tabs[key]?.columns);
  if (problems.length > 0) throw new Error(`OpsMind: ${problems[0]}`);
  return { table, columns };
}

/** The Log tab's columns as Set up recorded them (the tick appends to the Log without reading it). */
function logColumns(record: SetupRecord): { columns: Map<string, number>; width: number } {
  const recorded = record.tabs.log?.columns ?? [];
  const keys = recorded.length > 0 ? recorded : ['timestamp', 'job', 'key', 'result', 'detail'];
  return { columns: new Map(keys.map((k, i) => [k, i] as const).filter(([k]) => k !== '')), width: keys.length };
}

export function runTick(): TickReport {
  const started = Date.now();
  if (!tryDocumentLock(LOCK_WAIT_MS)) return quiet('busy');
  const ss = SpreadsheetApp.getActive();
  const props = documentProperties();
  const stored = props.getProperties();
  const record = decodeRecord(stored);
  if (!record) return quiet('notSetUp');
  const now = Date.now();
  const timeZone = ss.getSpreadsheetTimeZone();
  const tabs = new Tabs(ss, record);

  const settingsTable = tabs.read('settings') ?? [[]];
  const base: FieldEnv = { locale: record.locale, timeZone, lang: record.lang };
  const { values } = readSettings({ header: settingsTable[0] ?? [], rows: settingsTable.slice(1) }, base);
  const lang = values.language === 'de' || values.language === 'en' ? values.language : record.lang;
  const env: FieldEnv = { ...base, lang, currency: typeof values.currency === 'string' && values.currency ? values.currency : 'EUR' };
  const settings = tickSettingsFrom(values, lang);

  const stored0 = storedLedger(stored);
  const pruned = pruneLedger(stored0.ledger, currentPeriods(now, timeZone));
  const due = dueJobs({ now, timeZone, settings, ledger: pruned });
  if (due.length === 0 && pruned.deferred.length === 0 && pruned.pending.length === 0) return quiet('idle');
  // Read only what the due jobs need: most hours only the budget check runs.
  const pipeline = due.some((j) => j.job !== 'budgetCheck' && j.job !== 'monthly') || pruned.deferred.some((d) => !d.key.startsWith('budgetAlert:'));
  const budgets = due.some((j) => j.job === 'budgetCheck') || pruned.deferred.some((d) => d.key.startsWith('budgetAlert:'));

  const stagesTable = tabs.read('stages') ?? [[]];
  const stages = stageTableFromRows({ header: stagesTable[0] ?? [], rows: stagesTable.slice(1) }, env);
  const leads = pipeline ? readTab(tabs, record, 'leads', leadsSheet, lang) : null;
  const touch = pipeline ? readTab(tabs, record, 'touchpoints', touchpointsSheet, lang, ['leadId', 'date', 'direction']) : null;
  const tasks = pipeline ? readTab(tabs, record, 'tasks', tasksSheet, lang) : null;
  const costs = budgets ? readTab(tabs, record, 'costs', costsSheet, lang, ['date', 'service', 'amount']) : null;
  const budgetTab = budgets ? readTab(tabs, record, 'budgets', budgetsSheet, lang) : null;
  const budgetRows = budgetTab ? readBudgets(budgetTab.table, budgetTab.columns, env) : [];
  const spreadsheetId = stored[SPREADSHEET_ID_KEY] || ss.getId();

  const plan = planTick({
    now,
    timeZone,
    lang,
    settings,
    ledger: stored0.ledger,
    stages: stages.stages,
    sequenceStageKey: stages.byKey.has('contacted') ? 'contacted' : null,
    leads: leads ? readLeads(leads.table, leads.columns, env, stages, lang) : [],
    touchpoints: touch ? readTouchpoints(touch.table, touch.columns, env) : [],
    tasks: tasks ? readTasks(tasks.table, tasks.columns, env) : [],
    costs: costs ? readCosts(costs.table, costs.columns, env) : [],
    budgets: budgetRows,
    sheetIds: { leads: record.tabs.leads?.id ?? 0, tasks: record.tabs.tasks?.id ?? 0 },
    // https://developers.google.com/sheets/api/guides/concepts — a sheet is addressed by its gid in the spreadsheet's URL.
    rowUrl: (sheetId, row) => `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit#gid=${sheetId}&range=A${row}`,
  });

  // 1. Tasks, one append; their key is the Task ID, so a run cut off after this line never makes them twice.
  if (plan.tasks.length > 0 && tasks) {
    const rows = taskRows(plan.tasks, { columns: tasks.columns, width: tasks.table[0].length, lang, timeZone, now });
    tabs.write('tasks', tasks.table.length + 1, tasks.table.length, rows);
  }
  // 2. Budgets Month To Date and Status, only the cells that change.
  const changed = plan.budgetLines && budgetTab ? changedBudgets(budgetRows, plan.budgetLines, lang) : [];
  if (budgetTab && changed.length > 0) writeBudgets(tabs, budgetTab, changed);

  // 3. The Log rows a cut-off run left unwritten (found by reading the Log's last rows only).
  const log = logColumns(record);
  const previous = decodeOutbox(stored[LOG_OUTBOX_KEY]);
  let logLast = -1;
  let carried: readonly LogEntry[] = [];
  if (previous) {
    logLast = tabs.lastRow('log');
    carried = unwrittenEntries(previous, tabs.tail('log', logLast, tailSize(previous), log.width), log.columns);
  }

  // 4. Emails: most important first within the quota, each claimed in the ledger before it is sent (at most once).
  const ledger: Ledger = markDone(plan.ledger, ...plan.jobKeys);
  const waitingBefore = new Set(plan.ledger.deferred.map((d) => d.key));
  const sends = planSends(plan.emails, plan.emails.length > 0 ? remainingDailyQuota() : 0, ledger);
  // A ledger that could not be read starts afresh; the Log says so, since today's jobs may then run once more.
  const reset: LogEntry[] = stored0.problem
    ? [{ job: 'ledger', key: `ledger:${now}`, result: 'reset', detail: at(lang, 'log.ledgerReset', { problem: stored0.problem }) }]
    : [];
  const fixed: LogEntry[] = [
    ...reset,
    ...unconfirmedEntries(plan.ledger.pending, lang),
    ...jobEntries(plan.jobs, { lang, tasks: plan.tasks, emails: plan.emails, budgetsChanged: changed.map((c) => c.line) }),
    ...deferredEntries(sends.defer, waitingBefore, [], lang, 'quota'),
  ];
  const results: LogEntry[] = [];
  const entriesFor = (l: Ledger): LogEntry[] => {
    const logged = [...fixed, ...results];
    return [...logged, ...deferredEntries(l.deferred, waitingBefore, logged, lang, 'time')];
  };
  let parts = stored0.parts;
  const save = (l: Ledger) => {
    const all = [...carried, ...entriesFor(l)];
    const p = tickProperties(l, parts, all.length > 0 ? { at: now, count: all.length, entries: all } : null, spreadsheetId);
    parts = p.parts;
    props.setProperties(p.values);
  };
  const r = deliver<OutgoingEmail>({
    ledger,
    plan: sends,
    clock: () => Date.now(),
    deadline: started + TIME_BUDGET_MS,
    save,
    send: (m) => {
      const out = sendEmail(m.email, SENDER_NAME);
      results.push(sendEntry(m, out.result, out.error, lang));
      return out.result;
    },
  });

  // 5. The Log, one append after the record is saved (a run cut off here is completed by the next one, step 3).
  const current = entriesFor(r.ledger);
  if (carried.length + current.length > 0) {
    if (logLast < 0) logLast = tabs.lastRow('log');
    const rows = [...logRows(carried, log.columns, log.width, previous?.at ?? now), ...logRows(current, log.columns, log.width, now)];
    tabs.write('log', logLast + 1, logLast, rows);
  }
  return {
    status: 'done',
    jobs: plan.jobKeys,
    tasks: plan.tasks.map((t) => t.key),
    sent: r.sent,
    deferred: r.deferred,
    failed: r.failed,
    unconfirmed: r.unconfirmed,
    logRows: carried.length + current.length,
  };
}
