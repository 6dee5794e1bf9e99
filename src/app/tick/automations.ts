// Menu "Turn on / Turn off automations": this person's one hourly trigger, who has it on in document properties, and the Settings row.
import { defaultSettings, type SettingDef } from '../../../sheets-schema/default-settings.js';
import { settingsSheet } from '../../../sheets-schema/settings.sheet.js';
import { tryDocumentLock } from '../../adapters/lock.adapter.js';
import { documentProperties } from '../../adapters/properties.adapter.js';
import { deleteTriggers, installHourly, installOnChange, userTriggers } from '../../adapters/trigger.adapter.js';
import { CHANGE_HANDLER } from '../stages-change.js';
import { alert } from '../../adapters/ui.adapter.js';
import { normalizeName } from '../../core/names.js';
import { readSettings } from '../../core/settings.js';
import { decodeRecord, type SetupRecord } from '../../core/setup/record.js';
import { tickSettingsFrom } from '../../core/routines/index.js';
import { AUTOMATIONS_KEY, decodeAutomations, encodeAutomations, othersOn, settingsCells, turnedOff, turnedOn, type AutomationState } from './automation-state.js';
import { TICK_HANDLER } from './run-tick.js';
import { Tabs } from '../../adapters/tabs.adapter.js';
import { columnsOf, type Table } from './tick-input.js';
import { at, settingsKeyNames } from './texts.js';

// Two people turning automations on at once must not lose one of them from the record.
const LOCK_WAIT_MS = 30_000;

function me(): string {
  return (Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail()).trim().toLowerCase();
}

/** Shows the state in the Settings tab: the row "Automations" is updated, or added below the others. */
function showInSettings(tabs: Tabs, table: Table | null, record: SetupRecord, state: AutomationState, timeZone: string): void {
  if (!table) return;
  const { columns, problems } = columnsOf(settingsSheet, table, record.lang);
  const keyCol = columns.get('key');
  const valueCol = columns.get('value');
  if (problems.length > 0 || keyCol === undefined || valueCol === undefined) return;
  const descCol = columns.get('description');
  const { value, description } = settingsCells(state, record.lang, timeZone);
  const names = new Set(settingsKeyNames.map(normalizeName));
  const index = table.findIndex((r, i) => i > 0 && names.has(normalizeName(r[keyCol])));
  if (index > 0) {
    const row = index + 1;
    if (descCol === valueCol + 1) tabs.writeBlock('settings', row, valueCol + 1, [[value, description]]);
    else {
      tabs.writeBlock('settings', row, valueCol + 1, [[value]]);
      if (descCol !== undefined) tabs.writeBlock('settings', row, descCol + 1, [[description]]);
    }
    return;
  }
  const width = Math.max(table[0].length, keyCol + 1, valueCol + 1, (descCol ?? 0) + 1);
  const line = new Array<string>(width).fill('');
  line[keyCol] = at(record.lang, 'settings.key');
  line[valueCol] = value;
  if (descCol !== undefined) line[descCol] = description;
  tabs.write('settings', table.length + 1, table.length, [line]);
}

const dayOptions = (defaultSettings as readonly SettingDef[]).find((d) => d.key === 'digestDays')?.options ?? [];

/** When digests go out, as the Settings tab says: "8" and "Mon, Tue, Wed, Thu, Fri". */
function digestWhen(table: Table | null, record: SetupRecord, timeZone: string): { hour: number; days: string } {
  const t = table ?? [[]];
  const env = { locale: record.locale, timeZone, lang: record.lang };
  const settings = tickSettingsFrom(readSettings({ header: t[0] ?? [], rows: t.slice(1) }, env).values, record.lang);
  const days = settings.digestDays.map((d) => dayOptions.find((o) => o.value === d)?.labels[record.lang] ?? d).join(', ');
  return { hour: settings.digestHour, days };
}

/**
 * Runs a trigger change and the state it leads to under the document lock, taken FIRST: a tick may hold the lock for
 * minutes, and a trigger installed or removed before a lock wait that then fails would leave the record (and the
 * Settings row) telling the wrong story. Returns null, having changed nothing, when the lock stays taken.
 */
function underLock<T>(work: (props: GoogleAppsScript.Properties.Properties) => T): T | null {
  const lock = tryDocumentLock(LOCK_WAIT_MS);
  if (!lock) return null;
  try {
    return work(documentProperties());
  } finally {
    lock.releaseLock();
  }
}

/** Saves `change` applied to the stored state; returns the new state. */
function saveState(props: GoogleAppsScript.Properties.Properties, change: (s: AutomationState) => AutomationState): AutomationState {
  const next = change(decodeAutomations(props.getProperty(AUTOMATIONS_KEY) ?? undefined));
  props.setProperty(AUTOMATIONS_KEY, encodeAutomations(next));
  return next;
}

function setUpRecord(): SetupRecord | null {
  const record = decodeRecord(documentProperties().getProperties());
  if (!record) alert(at('en', 'title'), `${at('en', 'notSetUp')}\n\n${at('de', 'notSetUp')}`);
  return record;
}

function busy(record: SetupRecord): string {
  const message = at(record.lang, 'busy');
  alert(at(record.lang, 'title'), message);
  return message;
}

/** The menu item: installs this person's hourly trigger unless they have one, and records who turned automations on. */
export function turnOnAutomations(): string {
  const record = setUpRecord();
  if (!record) return at('en', 'notSetUp');
  const ss = SpreadsheetApp.getActive();
  const user = me();
  const done = underLock((props) => {
    const mine = userTriggers(ss);
    const had = mine.of(TICK_HANDLER, 'CLOCK').length > 0;
    if (!had) installHourly(TICK_HANDLER);
    // Rows of the Stages tab deleted or inserted fire no onEdit: this person's change trigger rebuilds what follows them.
    if (mine.of(CHANGE_HANDLER, 'ON_CHANGE').length === 0) installOnChange(ss, CHANGE_HANDLER);
    return { had, state: saveState(props, (s) => turnedOn(s, user, Date.now())) };
  });
  if (!done) return busy(record);
  const { had, state } = done;
  const timeZone = ss.getSpreadsheetTimeZone();
  const tabs = new Tabs(ss, record);
  const table = tabs.read('settings');
  showInSettings(tabs, table, record, state, timeZone);
  const L = record.lang;
  const when = digestWhen(table, record, timeZone);
  const others = othersOn(state, user);
  const message = [had ? at(L, 'on.already', { user }) : at(L, 'on.done', { hour: when.hour, days: when.days, user }), others.length > 0 ? at(L, 'on.others', { users: others.join(', ') }) : '']
    .filter(Boolean)
    .join('\n\n');
  alert(at(L, 'title'), message);
  return message;
}

/** The menu item: removes this person's tick triggers (others' cannot be touched) and records it. */
export function turnOffAutomations(): string {
  const record = setUpRecord();
  if (!record) return at('en', 'notSetUp');
  const ss = SpreadsheetApp.getActive();
  const user = me();
  const done = underLock((props) => {
    const triggers = userTriggers(ss);
    const mine = triggers.of(TICK_HANDLER, 'CLOCK');
    deleteTriggers([...mine, ...triggers.of(CHANGE_HANDLER, 'ON_CHANGE')]);
    return { removed: mine.length, state: saveState(props, (s) => turnedOff(s, user, Date.now())) };
  });
  if (!done) return busy(record);
  const { removed, state } = done;
  const tabs = new Tabs(ss, record);
  showInSettings(tabs, tabs.read('settings'), record, state, ss.getSpreadsheetTimeZone());
  const L = record.lang;
  const others = othersOn(state, user);
  const message = [removed > 0 ? at(L, 'off.done', { user }) : at(L, 'off.none', { user }), others.length > 0 ? at(L, 'off.others', { users: others.join(', ') }) : '']
    .filter(Boolean)
    .join('\n\n');
  alert(at(L, 'title'), message);
  return message;
}
