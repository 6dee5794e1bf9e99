// The emulated platform as a person and Google would drive it: executions, simple and installable triggers, the clock.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type vm from 'node:vm';
import type { CellSpec, EditOutcome, EmulatorApi, EmulatorOptions, RunOptions, RunResult } from './api.js';
import type { Ctx } from './runtime/context.js';
import { PlatformError, PlatformErrors } from './runtime/errors.js';
import { serviceClock } from './runtime/guard.js';
import { Execution, type AuthModeName, type ExecutionKind, type ExecutionRecord } from './runtime/execution.js';
import { loadProject } from './runtime/sandbox.js';
import { createWorld, type TriggerModel, type World } from './runtime/world.js';
import { acrossBoundary, prohibitedPath } from './runtime/json-boundary.js';
import { eventValueString, timeDrivenEvent, type ChangeType } from './runtime/events.js';
import { columnToLetters, parseA1 } from './spreadsheet/a1.js';
import { formatForDisplay } from './spreadsheet/display.js';
import { zonedParts } from './utilities/tz.js';
import type { GridRange, SheetModel, SpreadsheetModel } from './spreadsheet/model.js';
import { createSpreadsheetModel, findSheet, lastColumn, lastRow, readValues } from './spreadsheet/spreadsheet-store.js';
import { dateToSerial } from './spreadsheet/zoned-time.js';
import { createSpreadsheetApp } from './spreadsheet/index.js';
import { nextRunAfter } from './script/schedule.js';
import { releaseLocksOf } from './lock/index.js';
import { clearValues, currentValue, interpret, refusal, writeTyped } from './person/typing.js';
import { moveColumn as moveColumnModel } from './person/structure.js';

type Manifest = { timeZone?: string; oauthScopes?: string[]; webapp?: { executeAs?: 'USER_DEPLOYING' | 'USER_ACCESSING'; access?: string } };
type Body = (ctx: Ctx, context: vm.Context) => unknown;
const SKIP = Symbol('skip');

export class Emulator implements EmulatorApi {
  readonly world: World;
  readonly projectDir: string;
  readonly manifest: Manifest;

  constructor(opts: EmulatorOptions) {
    this.world = createWorld(opts);
    this.projectDir = resolve(opts.projectDir);
    if (!existsSync(this.projectDir)) throw new Error(`No Apps Script project at ${this.projectDir} (run the build first?)`);
    const manifestFile = join(this.projectDir, 'appsscript.json');
    this.manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest) : {};
    this.world.scriptTimeZone = this.manifest.timeZone ?? this.world.timeZone;
    for (const f of readdirSync(this.projectDir)) {
      if (f.endsWith('.html')) this.world.projectFiles.set(f.slice(0, -5), readFileSync(join(this.projectDir, f), 'utf8'));
    }
    createSpreadsheetModel(this.world, {
      name: opts.spreadsheetName ?? 'Untitled spreadsheet',
      owner: this.world.activeUser,
      locale: this.world.locale,
      timeZone: this.world.timeZone,
    });
  }

  /** The script's own time zone (appsscript.json), in which `new Date(y, m, d)` is read. */
  get scriptTimeZone(): string {
    return this.world.scriptTimeZone;
  }

  get spreadsheet(): SpreadsheetModel {
    const id = this.world.activeSpreadsheetId;
    const ss = id ? this.world.spreadsheets.get(id) : undefined;
    if (!ss) throw new Error('The emulator has no active spreadsheet');
    return ss;
  }

  // ---- executions -------------------------------------------------------------------------------------------

  run(fn: string, args: unknown[] = [], opts: RunOptions = {}): RunResult {
    const kind = opts.kind ?? 'direct';
    const user = opts.user ?? this.world.activeUser;
    return this.execute(fn, kind, opts.authMode ?? 'FULL', user, (ctx, context) => {
      const f = context[fn] as unknown;
      // https://developers.google.com/apps-script/guides/triggers — a missing handler fails with "Script function not found".
      if (typeof f !== 'function') throw new PlatformError(`Script function not found: ${fn}`);
      const event = opts.event;
      return (f as (...a: unknown[]) => unknown)(...(event ? [event] : args));
    }) as RunResult;
  }

  /** Runs one execution in a fresh global context; returns null when `body` declined (the handler does not exist). */
  private execute(fn: string, kind: ExecutionKind, authMode: AuthModeName, user: string, body: Body, activeUser = user): RunResult | null {
    const world = this.world;
    const scopes = this.manifest.oauthScopes ? new Set(this.manifest.oauthScopes) : null;
    const exec = new Execution(world.executions.length + 1, fn, kind, authMode, user, world.clock, world.faults, scopes);
    exec.activeUser = activeUser;
    const ctx: Ctx = { world, exec };
    const previousTz = process.env.TZ;
    // https://developers.google.com/apps-script/concepts/manifests — the script's time zone governs its Dates.
    process.env.TZ = this.scriptTimeZone;
    // Each execution runs in a fresh isolate on the platform, so collecting the garbage earlier runs (or the test that
    // built the sheet) left is not this run's CPU time: done before the clock starts when the process allows it (the
    // benchmark runs with --expose-gc; tests do not, and pay nothing).
    (globalThis as { gc?: () => void }).gc?.();
    const cpu0 = process.cpuUsage();
    const service0 = serviceClock.ms;
    let result: unknown;
    let error: string | null = null;
    try {
      const context = loadProject(this.projectDir, ctx);
      result = body(ctx, context);
    } catch (e) {
      error = describeError(e);
    } finally {
      process.env.TZ = previousTz;
      releaseLocksOf(world, exec.id);
    }
    if (result === SKIP) return null;
    const cpu = process.cpuUsage(cpu0);
    // The fakes' own work stands for the platform's side of each call, which the latency model charges already.
    const serviceMs = serviceClock.ms - service0;
    const cpuMs = Math.max(0, (cpu.user + cpu.system) / 1000 - serviceMs);
    // https://developers.google.com/apps-script/guides/services/quotas#current_limitations — "your script throws an exception
    // and execution stops": a script that caught the timeout is ended all the same. Judged on the emulator's clock only
    // (deterministic), never on this machine's CPU time.
    if (exec.killed || exec.projectedMs > exec.limitMs) error = PlatformErrors.timeout;
    const record = exec.record(cpuMs, error, serviceMs);
    world.executions.push(record);
    return { result, record };
  }

  /** Runs `handler` if the project defines it; the event is built by the platform (not metered). */
  private trigger(
    handler: string, kind: ExecutionKind, authMode: AuthModeName, user: string, event: (g: vm.Context, ctx: Ctx) => object, activeUser = user,
  ): ExecutionRecord | null {
    const ran = this.execute(handler, kind, authMode, user, (ctx, context) => {
      const f = context[handler] as unknown;
      if (typeof f !== 'function') {
        // A simple trigger that the project does not define simply does not run; an installable one fails.
        if (kind === 'simple') return SKIP;
        throw new PlatformError(`Script function not found: ${handler}`);
      }
      const e = ctx.exec.asPlatform(() => event(context, ctx));
      return (f as (e: object) => unknown)(e);
    }, activeUser);
    return ran ? ran.record : null;
  }

  // ---- the person -----------------------------------------------------------------------------------------

  open(as?: string): ExecutionRecord[] {
    const user = as ?? this.world.activeUser;
    const ss = this.spreadsheet;
    // The menus are rebuilt on every page load.
    this.world.ui.menus = [];
    // https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle#authorization_modes — an add-on not yet
    // used in this document runs onOpen in AuthMode.NONE; otherwise simple triggers run in LIMITED.
    const mode: AuthModeName = this.world.isAddon && !this.world.addonEnabledInDocument ? 'NONE' : 'LIMITED';
    const out: ExecutionRecord[] = [];
    const simple = this.trigger('onOpen', 'simple', mode, user, (g) => openEvent(g, mode, null));
    if (simple) out.push(simple);
    for (const t of this.installable('ON_OPEN', ss.id)) {
      const r = this.trigger(t.handler, 'installable', 'FULL', t.owner, (g) => openEvent(g, 'FULL', t.uid), user);
      if (r) out.push(r);
    }
    return out;
  }

  menu(labelOrFunction: string, as?: string): ExecutionRecord {
    const user = as ?? this.world.activeUser;
    const items = this.world.ui.menus.flatMap((m) => m.items.map((i) => ({ ...i, menu: m.name })));
    const item = items.find((i) => i.label === labelOrFunction) ?? items.find((i) => i.functionName === labelOrFunction);
    if (!item || !item.functionName) {
      const known = items.filter((i) => i.functionName).map((i) => `"${i.label}"`).join(', ') || 'none (was the spreadsheet opened?)';
      throw new Error(`No menu item "${labelOrFunction}". Menu items: ${known}`);
    }
    // Using an add-on's menu authorizes it for the user and enables it in the document.
    this.world.addonEnabledInDocument = true;
    this.world.authorizedUsers.add(user);
    return this.run(item.functionName, [], { kind: 'menu', user }).record;
  }

  edit(sheetName: string, cell: CellSpec, value: unknown, as?: string): EditOutcome {
    const a1 = this.resolveCell(sheetName, cell);
    return this.enter(sheetName, a1, [[value]], as);
  }

  paste(sheetName: string, cell: CellSpec, values: unknown[][], as?: string): EditOutcome {
    const a1 = this.resolveCell(sheetName, cell);
    if (!Array.isArray(values) || values.length === 0 || !values.every(Array.isArray)) {
      throw new Error(`paste on ${sheetName}!${a1}: values must be a non-empty list of rows`);
    }
    return this.enter(sheetName, a1, values, as);
  }

  clear(sheetName: string, range: string, as?: string): EditOutcome {
    const user = as ?? this.world.activeUser;
    const { ss, sheet } = this.sheetOf(sheetName);
    const g = this.gridRange(sheet, range);
    const single = g.r1 === g.r2 && g.c1 === g.c2;
    const old = single ? currentValue(this.world, ss, sheet, g.r1, g.c1) : '';
    clearValues(sheet, g);
    const executions = this.fireEdit(sheet, g, user, single ? { oldValue: old, value: '' } : null);
    return { accepted: true, executions };
  }

  private enter(sheetName: string, a1: string, raw: unknown[][], as?: string): EditOutcome {
    const user = as ?? this.world.activeUser;
    const { ss, sheet } = this.sheetOf(sheetName);
    const start = this.gridRange(sheet, a1);
    const cells = raw.map((line) => line.map((v) => interpret(v, ss)));
    const refused = refusal(this.world, ss, sheet, start.r1, start.c1, cells);
    if (refused) {
      this.world.ui.dialogs.push({
        kind: 'alert', title: 'There was a problem', message: refused.message, buttons: 'OK', response: 'OK', text: null,
        at: new Date(this.world.clock.now()).toISOString(),
      });
      return { accepted: false, message: refused.message, executions: [] };
    }
    const width = cells.reduce((m, l) => Math.max(m, l.length), 0);
    const g: GridRange = { sheetId: sheet.id, r1: start.r1, c1: start.c1, r2: start.r1 + cells.length - 1, c2: start.c1 + width - 1 };
    const single = cells.length === 1 && width === 1;
    const old = single ? currentValue(this.world, ss, sheet, g.r1, g.c1) : '';
    writeTyped(sheet, g.r1, g.c1, cells);
    const now = single ? currentValue(this.world, ss, sheet, g.r1, g.c1) : '';
    const executions = this.fireEdit(sheet, g, user, single ? { oldValue: old, value: now } : null);
    return { accepted: true, executions };
  }

  /**
   * A person's edit fires the simple onEdit and installable edit/change triggers; script writes never do
   * (https://developers.google.com/apps-script/guides/triggers#onedite — "Script executions and API requests do not cause
   * triggers to run"). `single` carries the values of a one-cell edit; multi-cell edits and pastes carry neither
   * (https://developers.google.com/apps-script/guides/triggers/events#edit).
   */
  private fireEdit(sheet: SheetModel, g: GridRange, user: string, single: { oldValue: unknown; value: unknown } | null): ExecutionRecord[] {
    const ss = this.spreadsheet;
    const out: ExecutionRecord[] = [];
    const toSerial = (d: Date): number => dateToSerial(d, ss.timeZone);
    const event = (mode: AuthModeName, uid: string | null) => (g2: vm.Context): object => {
      const app = g2.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      const source = app.getActive();
      const range = source.getSheetByName(sheet.name)!.getRange(g.r1 + 1, g.c1 + 1, g.r2 - g.r1 + 1, g.c2 - g.c1 + 1);
      const e: Record<string, unknown> = { authMode: authModeEnum(g2, mode), range, source, user: (g2.Session as GoogleAppsScript.Base.Session).getActiveUser() };
      if (uid) e.triggerUid = uid;
      if (single) {
        const value = eventValueString(single.value, toSerial);
        const oldValue = eventValueString(single.oldValue, toSerial);
        if (value !== undefined) e.value = value;
        // oldValue is absent when the cell was empty.
        if (oldValue !== undefined) e.oldValue = oldValue;
      }
      return e;
    };
    // https://developers.google.com/apps-script/add-ons/concepts/editor-auth-lifecycle — in a document where the add-on is not
    // enabled only onOpen runs (in AuthMode.NONE); onEdit does not.
    if (!this.world.isAddon || this.world.addonEnabledInDocument) {
      const r = this.trigger('onEdit', 'simple', 'LIMITED', user, event('LIMITED', null));
      if (r) out.push(r);
    }
    for (const t of this.installable('ON_EDIT', ss.id)) {
      const r = this.trigger(t.handler, 'installable', 'FULL', t.owner, event('FULL', t.uid), user);
      if (r) out.push(r);
    }
    out.push(...this.fireChange('EDIT', user));
    return out;
  }

  // https://developers.google.com/apps-script/guides/triggers/events#change — installable onChange only.
  private fireChange(changeType: ChangeType, user: string): ExecutionRecord[] {
    const out: ExecutionRecord[] = [];
    for (const t of this.installable('ON_CHANGE', this.spreadsheet.id)) {
      const r = this.trigger(t.handler, 'installable', 'FULL', t.owner, (g) => ({
        authMode: authModeEnum(g, 'FULL'), changeType, triggerUid: t.uid, source: (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive(),
        user: (g.Session as GoogleAppsScript.Base.Session).getActiveUser(),
      }), user);
      if (r) out.push(r);
    }
    return out;
  }

  insertColumn(sheetName: string, before: string, header?: string, as?: string): ExecutionRecord[] {
    const user = as ?? this.world.activeUser;
    const { sheet } = this.sheetOf(sheetName);
    const col = this.columnOf(before);
    this.structure(user, (s) => s.getSheetByName(sheet.name)!.insertColumnsBefore(col + 1, 1));
    const out = this.fireChange('INSERT_COLUMN', user);
    if (header !== undefined) out.push(...this.edit(sheet.name, `${before}1`, header, user).executions);
    return out;
  }

  moveColumn(sheetName: string, from: string, to: string, as?: string): ExecutionRecord[] {
    const user = as ?? this.world.activeUser;
    const { sheet } = this.sheetOf(sheetName);
    moveColumnModel(sheet, this.columnOf(from), this.columnOf(to));
    return this.fireChange('OTHER', user);
  }

  deleteRows(sheetName: string, from: number, count: number, as?: string): ExecutionRecord[] {
    const user = as ?? this.world.activeUser;
    const { sheet } = this.sheetOf(sheetName);
    this.structure(user, (s) => s.getSheetByName(sheet.name)!.deleteRows(from, count));
    return this.fireChange('REMOVE_ROW', user);
  }

  renameSheet(sheetName: string, to: string, as?: string): ExecutionRecord[] {
    const user = as ?? this.world.activeUser;
    const { sheet } = this.sheetOf(sheetName);
    this.structure(user, (s) => s.getSheetByName(sheet.name)!.setName(to));
    return this.fireChange('OTHER', user);
  }

  /** A person drags a tab to `position` (1-based), as moveActiveSheet would: onChange OTHER, no onEdit (https://developers.google.com/apps-script/guides/triggers/events#change). */
  moveSheet(sheetName: string, position: number, as?: string): ExecutionRecord[] {
    const user = as ?? this.world.activeUser;
    const { sheet } = this.sheetOf(sheetName);
    this.structure(user, (s) => {
      s.setActiveSheet(s.getSheetByName(sheet.name)!);
      s.moveActiveSheet(position);
    });
    return this.fireChange('OTHER', user);
  }

  /** A person adds a blank sheet (the "+" button) at `position` (1-based; the end when omitted): onChange INSERT_GRID (https://developers.google.com/apps-script/guides/triggers/events#change). */
  addSheet(name: string, position?: number, as?: string): ExecutionRecord[] {
    const user = as ?? this.world.activeUser;
    this.structure(user, (s) => {
      s.insertSheet(name, position === undefined ? s.getNumSheets() : position - 1);
    });
    return this.fireChange('INSERT_GRID', user);
  }

  /** A structural change made through the UI: done by the platform's own Sheet logic, unmetered, attributed to nobody's script. */
  private structure(user: string, change: (ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => void): void {
    const exec = new Execution(0, '(person)', 'direct', 'FULL', user, this.world.clock, this.world.faults);
    exec.asPlatform(() => change(createSpreadsheetApp({ world: this.world, exec }).getActive()));
  }

  respond(answers: Array<string | { button: string; text?: string }>): void {
    for (const a of answers) this.world.ui.responses.push(typeof a === 'string' ? { button: a } : a);
  }

  call(fn: string, args: unknown[] = [], as?: string): RunResult {
    const bad = prohibitedPath(args, 'arguments');
    // https://developers.google.com/apps-script/guides/html/reference/run#myFunction(...) — requests with a Date, a function or a
    // circular object fail.
    if (bad) throw new Error(`google.script.run.${fn}: ${bad} is not a legal parameter (Date, function or circular object)`);
    const out = this.run(fn, acrossBoundary(args), { kind: 'sidebar', user: as });
    const illegal = prohibitedPath(out.result, 'result');
    return { ...out, result: illegal ? null : acrossBoundary(out.result) };
  }

  post(body: unknown, as?: string): RunResult {
    const contents = typeof body === 'string' ? body : JSON.stringify(body);
    // https://developers.google.com/apps-script/guides/web#request_parameters — queryString is null without a query.
    const event = {
      queryString: null, parameter: {}, parameters: {}, contextPath: '', contentLength: contents.length,
      postData: { length: contents.length, type: typeof body === 'string' ? 'text/plain' : 'application/json', contents, name: 'postData' },
    };
    const visitor = as ?? this.world.activeUser;
    // https://developers.google.com/apps-script/guides/web#permissions — "Execute as: Me" runs with the deployer's authority.
    const deployer = this.manifest.webapp?.executeAs === 'USER_DEPLOYING' ? this.spreadsheet.owner : visitor;
    const ran = this.execute('doPost', 'webapp', 'FULL', deployer, (_ctx, context) => {
      const f = context.doPost as unknown;
      if (typeof f !== 'function') throw new PlatformError('Script function not found: doPost');
      return (f as (e: object) => unknown)(event);
    }, visitor)!;
    const out = ran;
    const r = out.result as { getContent?: () => string; getMimeType?: () => unknown } | undefined;
    const content = r && typeof r.getContent === 'function' ? r.getContent() : out.result;
    return { ...out, result: content };
  }

  advance(ms: number): ExecutionRecord[] {
    if (!(ms >= 0)) throw new Error(`advance: invalid duration ${ms}`);
    const world = this.world;
    const target = world.clock.now() + ms;
    const out: ExecutionRecord[] = [];
    for (;;) {
      const due = world.triggers
        .filter((t) => t.eventType === 'CLOCK' && t.nextRunMs !== null && t.nextRunMs <= target)
        .sort((a, b) => (a.nextRunMs! - b.nextRunMs!) || a.uid.localeCompare(b.uid))[0];
      if (!due) break;
      const at = due.nextRunMs!;
      if (at > world.clock.now()) world.clock.set(at);
      // https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers — runs as the trigger's creator.
      const r = this.trigger(due.handler, 'time', 'FULL', due.owner, (g) => timeDrivenEvent(world, authModeEnum(g, 'FULL'), due.uid));
      if (r) out.push(r);
      // The trigger may have been deleted by its own run.
      if (world.triggers.includes(due)) due.nextRunMs = nextRunAfter(due, Math.max(at, world.clock.now()), this.scriptTimeZone);
    }
    if (world.clock.now() < target) world.clock.set(target);
    return out;
  }

  // ---- cells ----------------------------------------------------------------------------------------------

  resolveCell(sheetName: string, cell: CellSpec): string {
    if (typeof cell === 'string') {
      const ref = parseA1(cell);
      if (!ref || ref.r1 === null || ref.c1 === null) throw new Error(`"${cell}" is not a cell in A1 notation`);
      return cell;
    }
    const { ss, sheet } = this.sheetOf(sheetName);
    const width = Math.max(lastColumn(sheet), 1);
    const height = lastRow(sheet);
    const values = readValues(sheet, { sheetId: sheet.id, r1: 0, c1: 0, r2: Math.max(height - 1, 0), c2: width - 1 }, { ss, now: this.world.clock.now() });
    const header = (values[0] ?? []).map((h) => String(h).trim());
    const colOf = (name: string): number => {
      const i = header.indexOf(name.trim());
      if (i < 0) throw new Error(`${sheetName} has no column "${name}" (headers: ${header.filter(Boolean).join(', ')})`);
      return i;
    };
    const target = colOf(cell.column);
    const keys = Object.entries(cell.row).map(([k, v]) => [colOf(k), String(v)] as const);
    for (let r = 1; r < values.length; r++) {
      if (keys.every(([c, v]) => matchesText(values[r][c], v, sheet.numberFormats.get(r, c), ss))) return `${columnToLetters(target)}${r + 1}`;
    }
    throw new Error(`${sheetName} has no row where ${Object.entries(cell.row).map(([k, v]) => `${k} = ${v}`).join(' and ')}`);
  }

  private sheetOf(name: string): { ss: SpreadsheetModel; sheet: SheetModel } {
    const ss = this.spreadsheet;
    const sheet = findSheet(ss, name);
    if (!sheet) throw new Error(`There is no sheet "${name}" (sheets: ${ss.sheets.map((s) => s.name).join(', ')})`);
    return { ss, sheet };
  }

  private gridRange(sheet: SheetModel, a1: string): GridRange {
    const ref = parseA1(a1);
    if (!ref) throw new Error(`"${a1}" is not a range in A1 notation`);
    return {
      sheetId: sheet.id,
      r1: ref.r1 ?? 0,
      c1: ref.c1 ?? 0,
      r2: ref.r2 ?? Math.max(sheet.maxRows - 1, 0),
      c2: ref.c2 ?? Math.max(sheet.maxColumns - 1, 0),
    };
  }

  private columnOf(letter: string): number {
    const ref = parseA1(`${letter}:${letter}`);
    if (!ref || ref.c1 === null) throw new Error(`"${letter}" is not a column letter`);
    return ref.c1;
  }

  private installable(type: TriggerModel['eventType'], ssId: string): TriggerModel[] {
    return this.world.triggers.filter((t) => t.eventType === type && (t.sourceId === null || t.sourceId === ssId));
  }
}

function openEvent(g: vm.Context, mode: AuthModeName, uid: string | null): object {
  // https://developers.google.com/apps-script/guides/triggers/events#open — authMode, source, triggerUid, user.
  const e: Record<string, unknown> = { authMode: authModeEnum(g, mode) };
  if (mode !== 'NONE') {
    e.source = (g.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).getActive();
    e.user = (g.Session as GoogleAppsScript.Base.Session).getActiveUser();
  }
  if (uid) e.triggerUid = uid;
  return e;
}

function authModeEnum(g: vm.Context, mode: AuthModeName): unknown {
  const app = g.ScriptApp as { AuthMode: Record<string, unknown> };
  return app.AuthMode[mode];
}

function describeError(e: unknown): string {
  if (e instanceof Error) return e.name === 'Error' || e.name === 'Exception' ? `Exception: ${e.message}` : `${e.name}: ${e.message}`;
  // Values thrown from another realm are not instanceof this realm's Error.
  if (e && typeof e === 'object' && 'message' in e) {
    const o = e as { name?: string; message: string };
    return `${o.name && o.name !== 'Error' ? o.name : 'Exception'}: ${o.message}`;
  }
  return `Exception: ${String(e)}`;
}

/** A cell named in a scenario by its text: as the sheet displays it, or a date as yyyy-mm-dd in the spreadsheet's time zone. */
function matchesText(v: unknown, text: string, numberFormat: string | undefined, ss: SpreadsheetModel): boolean {
  if (v instanceof Date) {
    const p = zonedParts(v.getTime(), ss.timeZone);
    const day = `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
    return day === text || formatForDisplay(v, numberFormat, ss.locale, ss.timeZone) === text;
  }
  return String(v ?? '') === text;
}
