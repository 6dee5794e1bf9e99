// Everything that outlives one execution: the documents, stores, outbox, triggers and what the person saw.
import { Clock } from './clock.js';
import { Faults } from './faults.js';
import type { ExecutionRecord } from './execution.js';
import type { SpreadsheetModel } from '../spreadsheet/model.js';

export type AccountType = 'consumer' | 'workspace';

export type MailRecord = {
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  attachments: { name: string; mimeType: string; size: number }[];
  at: string;
};

export type TriggerModel = {
  uid: string;
  handler: string;
  /** Who created it: the trigger runs as this user. */
  owner: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_CHANGE' | 'ON_FORM_SUBMIT';
  source: 'CLOCK' | 'SPREADSHEETS';
  sourceId: string | null;
  /** Time-driven only: period in ms, next due time, and the builder's shape. */
  everyMs: number | null;
  nextRunMs: number | null;
  atHour: number | null;
  weekDay: string | null;
  atMs: number | null;
};

export type DriveItem = {
  id: string;
  kind: 'file' | 'folder';
  name: string;
  mimeType: string;
  parentIds: string[];
  owner: string;
  content: string;
  description: string;
  trashed: boolean;
  createdMs: number;
  updatedMs: number;
};

export type DocElement =
  | { type: 'PARAGRAPH'; text: string; heading: string; attributes: Record<string, unknown> }
  | { type: 'LIST_ITEM'; text: string; nesting: number; glyph: string }
  | { type: 'TABLE'; cells: string[][] }
  | { type: 'HORIZONTAL_RULE' }
  | { type: 'PAGE_BREAK' };

export type DocumentModel = { id: string; name: string; body: DocElement[]; header: string | null; footer: string | null };

export type UiRecord = {
  menus: { name: string; addon: boolean; items: { label: string; functionName: string | null; separator?: boolean; submenu?: string }[] }[];
  toasts: { message: string; title: string; timeoutSeconds: number; at: string }[];
  dialogs: { kind: 'alert' | 'prompt' | 'modal' | 'modeless'; title: string; message: string; buttons: string; response: string | null; text: string | null; at: string }[];
  sidebars: { title: string; html: string; at: string }[];
  /** Scripted answers for the next alert/prompt dialogs, consumed in order. */
  responses: { button: string; text?: string }[];
};

export type CacheEntry = { value: string; expiresMs: number };

/** The whole emulated platform's persistent state. */
export type World = {
  clock: Clock;
  faults: Faults;
  /** The spreadsheet's time zone. */
  timeZone: string;
  /** The script's own time zone (appsscript.json): Session.getScriptTimeZone, trigger schedules, `new Date(y, m, d)`. */
  scriptTimeZone: string;
  locale: string;
  account: AccountType;
  /** The person at the keyboard (the active user of menu clicks, edits, sidebar calls). */
  activeUser: string;
  /** The script's project id (used by triggers and properties). */
  scriptId: string;
  /** The project's title: an add-on's menu appears under this name (Extensions > title). */
  projectName: string;
  /** The project runs as an editor add-on (add-on trigger rules apply) rather than a plain bound script. */
  isAddon: boolean;
  /** True once the add-on has been used (authorized) in this document; onOpen runs in LIMITED then, NONE before. */
  addonEnabledInDocument: boolean;
  /** The project's non-script files by name without extension (HTML templates for HtmlService.createTemplateFromFile). */
  projectFiles: Map<string, string>;
  /** Users who have authorized the script (FULL auth is possible for them). */
  authorizedUsers: Set<string>;
  spreadsheets: Map<string, SpreadsheetModel>;
  activeSpreadsheetId: string | null;
  properties: { script: Map<string, string>; document: Map<string, Map<string, string>>; user: Map<string, Map<string, string>> };
  cache: { script: Map<string, CacheEntry>; document: Map<string, Map<string, CacheEntry>>; user: Map<string, Map<string, CacheEntry>> };
  /** Lock holders by scope key ("script", "document:<id>", "user:<email>"): the execution id holding it. */
  locks: Map<string, number>;
  mail: { outbox: MailRecord[]; recipientsByDay: Map<string, number> };
  drive: { items: Map<string, DriveItem>; rootId: string };
  documents: Map<string, DocumentModel>;
  triggers: TriggerModel[];
  ui: UiRecord;
  logs: { level: string; message: string; at: string }[];
  executions: ExecutionRecord[];
  /** Deterministic id source: every fake that needs an id or a random number draws from it. */
  seq: number;
  random: () => number;
};

/** A small deterministic PRNG (mulberry32) so that ids and Math.random are stable across runs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type WorldOptions = {
  now?: string | number | Date;
  timeZone?: string;
  locale?: string;
  account?: AccountType;
  user?: string;
  seed?: number;
  isAddon?: boolean;
  projectName?: string;
  scriptTimeZone?: string;
};

export function createWorld(opts: WorldOptions = {}): World {
  const start = opts.now === undefined ? Date.parse('2026-11-16T08:00:00Z') : new Date(opts.now).getTime();
  const user = opts.user ?? 'owner@example.com';
  return {
    clock: new Clock(start),
    faults: new Faults(),
    timeZone: opts.timeZone ?? 'Europe/Berlin',
    scriptTimeZone: opts.scriptTimeZone ?? opts.timeZone ?? 'Europe/Berlin',
    locale: opts.locale ?? 'en_US',
    account: opts.account ?? 'consumer',
    activeUser: user,
    scriptId: 'emulated-script-id',
    projectName: opts.projectName ?? 'Untitled project',
    isAddon: opts.isAddon ?? true,
    addonEnabledInDocument: true,
    projectFiles: new Map(),
    authorizedUsers: new Set([user]),
    spreadsheets: new Map(),
    activeSpreadsheetId: null,
    properties: { script: new Map(), document: new Map(), user: new Map() },
    cache: { script: new Map(), document: new Map(), user: new Map() },
    locks: new Map(),
    mail: { outbox: [], recipientsByDay: new Map() },
    drive: { items: new Map(), rootId: 'root' },
    documents: new Map(),
    triggers: [],
    ui: { menus: [], toasts: [], dialogs: [], sidebars: [], responses: [] },
    logs: [],
    executions: [],
    seq: 0,
    random: seededRandom(opts.seed ?? 42),
  };
}

/** The next deterministic id with a prefix, e.g. nextId(world, 'file') → "file-000017". */
export function nextId(world: World, prefix: string): string {
  world.seq++;
  return `${prefix}-${String(world.seq).padStart(6, '0')}`;
}
