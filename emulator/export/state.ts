// The emulated world as state.json (PRODUCT.md §7): what a person would see and what the scripts did, deterministically ordered.
import type { World } from '../runtime/world.js';
import { driveFileText, drivePath, isTrashed } from '../drive/index.js';
import { activeSpreadsheet, orderedSheets } from '../spreadsheet/spreadsheet-store.js';
import { mapRecord, sortedRecord } from './json-value.js';
import { sheetState, type SheetState } from './sheet-state.js';

export type { SheetState } from './sheet-state.js';

export type MailState = {
  from: string;
  to: string;
  cc: string;
  bcc: string;
  replyTo: string;
  name: string | null;
  subject: string;
  body: string;
  htmlBody: string | null;
  attachments: { name: string; mimeType: string; size: number }[];
  at: string;
};

export type DriveState = { id: string; path: string; name: string; mimeType: string; owner: string; trashed: boolean; text: string };

export type TriggerState = {
  uid: string;
  handler: string;
  eventType: string;
  source: string;
  owner: string;
  everyMs: number | null;
  atHour: number | null;
  weekDay: string | null;
  nextRun: string | null;
};

export type ExecutionState = {
  id: number;
  function: string;
  kind: string;
  authMode: string;
  user: string;
  startedAt: string;
  calls: Record<string, number>;
  totalCalls: number;
  roundTrips: number;
  /** Service latency alone: deterministic, kept even in stable output. */
  meteredMs: number;
  projectedMs: number;
  cpuMs: number;
  error: string | null;
};

export type StateJson = {
  now: string;
  timeZone: string;
  locale: string;
  user: string;
  account: string;
  spreadsheet: { id: string; name: string; url: string } | null;
  sheets: Record<string, SheetState>;
  mail: MailState[];
  drive: DriveState[];
  triggers: TriggerState[];
  menus: World['ui']['menus'];
  toasts: World['ui']['toasts'];
  dialogs: World['ui']['dialogs'];
  sidebars: World['ui']['sidebars'];
  properties: { script: Record<string, string>; document: Record<string, string>; user: Record<string, Record<string, string>> };
  executions: ExecutionState[];
  logs: World['logs'];
};

export type ExportOptions = {
  /**
   * Include the host-dependent timings (default true): cpuMs, and projectedMs which adds the CPU time to the metered service
   * latency. Both vary from run to run; pass false to write them as 0 and compare two runs byte for byte.
   */
  timings?: boolean;
};

/** Everything state.json holds, built from the world; the same world always gives the same JSON (timings aside). */
export function exportState(world: World, opts: ExportOptions = {}): StateJson {
  const now = world.clock.now();
  const ss = activeSpreadsheet(world);
  const sheets: Record<string, SheetState> = {};
  if (ss) for (const sheet of orderedSheets(ss)) sheets[sheet.name] = sheetState(ss, sheet, now);
  return {
    now: new Date(now).toISOString(),
    timeZone: world.timeZone,
    locale: world.locale,
    user: world.activeUser,
    account: world.account,
    spreadsheet: ss ? { id: ss.id, name: ss.name, url: ss.url } : null,
    sheets,
    mail: world.mail.outbox.map((m) => ({
      from: m.from,
      to: m.to,
      cc: m.cc,
      bcc: m.bcc,
      replyTo: m.replyTo,
      name: m.name,
      subject: m.subject,
      body: m.body,
      htmlBody: m.htmlBody,
      attachments: m.attachments.map((a) => ({ name: a.name, mimeType: a.mimeType, size: a.size })),
      at: m.at,
    })),
    drive: [...world.drive.items.values()]
      .filter((item) => item.kind === 'file')
      .map((item) => ({
        id: item.id,
        path: drivePath(world, item.id),
        name: item.name,
        mimeType: item.mimeType,
        owner: item.owner,
        trashed: isTrashed(world, item),
        text: driveFileText(world, item),
      })),
    triggers: world.triggers.map((t) => ({
      uid: t.uid,
      handler: t.handler,
      eventType: t.eventType,
      source: t.source,
      owner: t.owner,
      everyMs: t.everyMs,
      atHour: t.atHour,
      weekDay: t.weekDay,
      nextRun: t.nextRunMs === null ? null : new Date(t.nextRunMs).toISOString(),
    })),
    menus: world.ui.menus,
    toasts: world.ui.toasts,
    dialogs: world.ui.dialogs,
    sidebars: world.ui.sidebars,
    properties: {
      script: mapRecord(world.properties.script),
      document: mapRecord(ss ? world.properties.document.get(ss.id) : undefined),
      user: sortedRecord([...world.properties.user.entries()].map(([email, store]) => [email, mapRecord(store)])),
    },
    executions: world.executions.map((x) => ({
      id: x.id,
      function: x.function,
      kind: x.kind,
      authMode: x.authMode,
      user: x.user,
      startedAt: x.startedAt,
      calls: sortedRecord(Object.entries(x.calls)),
      totalCalls: x.totalCalls,
      roundTrips: x.roundTrips,
      meteredMs: x.meteredMs,
      projectedMs: opts.timings === false ? 0 : x.projectedMs,
      cpuMs: opts.timings === false ? 0 : x.cpuMs,
      error: x.error,
    })),
    logs: world.logs,
  };
}

/** state.json's text: two-space indented, with a final newline. */
export function stringifyState(state: StateJson): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}
