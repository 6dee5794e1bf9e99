// Exactly-once Log rows: the rows a tick will log are saved with its ledger, and the next tick appends them if they never reached the Log.
import { utf8Bytes } from '../../core/routines/ledger-codec.js';
import { text } from './cells.js';
import type { Table } from './tick-input.js';
import type { LogEntry } from './writes.js';

export const LOG_OUTBOX_KEY = 'opsmind.tick.log';

/**
 * What one tick is about to log, stamped `at`. `count` is how many rows its Log write has; `entries` may be
 * summarised to fit one property value, but the first entry is always exact: the Log write is one
 * setValues, so finding that first row in the Log's last rows proves the whole write happened.
 */
export type Outbox = { readonly at: number; readonly count: number; readonly entries: readonly LogEntry[] };

// A property value holds at most 9 KB: https://developers.google.com/apps-script/guides/services/quotas#current_limitations
const MAX_BYTES = 8 * 1024;

const sig = (job: unknown, key: unknown, result: unknown) => `${text(job)}\u0001${text(key)}\u0001${text(result)}`;

/** Fewer rows that say the same: per job and result, one row counting the keys. */
function summarise(entries: readonly LogEntry[]): LogEntry[] {
  const [first, ...rest] = entries;
  const groups = new Map<string, LogEntry[]>();
  for (const e of rest) {
    const k = `${e.job}\u0001${e.result}`;
    groups.set(k, [...(groups.get(k) ?? []), e]);
  }
  const out: LogEntry[] = first ? [first] : [];
  for (const g of groups.values()) {
    if (g.length === 1) out.push(g[0]);
    else out.push({ job: g[0].job, key: `${g[0].key} … ${g.at(-1)!.key}`, result: g[0].result, detail: `${g.length} × ${g[0].result}` });
  }
  return out;
}

export function encodeOutbox(outbox: Outbox): string {
  const full = JSON.stringify(outbox);
  if (utf8Bytes(full) <= MAX_BYTES) return full;
  const short = JSON.stringify({ ...outbox, entries: summarise(outbox.entries) });
  if (utf8Bytes(short) <= MAX_BYTES) return short;
  return JSON.stringify({ ...outbox, entries: outbox.entries.slice(0, 1) });
}

export function decodeOutbox(value: string | undefined): Outbox | null {
  if (!value) return null;
  try {
    const o = JSON.parse(value) as Partial<Outbox>;
    if (typeof o.at !== 'number' || !Array.isArray(o.entries) || o.entries.length === 0) return null;
    const entries = o.entries.map((e) => ({ job: String(e.job ?? ''), key: String(e.key ?? ''), result: String(e.result ?? ''), detail: String(e.detail ?? '') }));
    return { at: o.at, count: typeof o.count === 'number' ? o.count : entries.length, entries };
  } catch {
    return null;
  }
}

/** How many of the Log's last rows to read to find an outbox's first row. */
export const tailSize = (outbox: Outbox): number => outbox.count + 20;

/** The outbox's entries when its first row is not among the Log's last rows (the write never happened), else none. */
export function unwrittenEntries(outbox: Outbox | null, tail: Table, columns: ReadonlyMap<string, number>): readonly LogEntry[] {
  if (!outbox) return [];
  const [j, k, r] = ['job', 'key', 'result'].map((f) => columns.get(f) ?? -1);
  const first = outbox.entries[0];
  const wanted = sig(first.job, first.key, first.result);
  return tail.some((row) => sig(row[j], row[k], row[r]) === wanted) ? [] : outbox.entries;
}
