// Stores the ledger as compact JSON in document-property-sized parts, and reads it back tolerantly.
import { emptyLedger, type Deferred, type Ledger } from './ledger.js';
import { priorities, type Priority } from './quota.js';

// A property value holds at most 9 KB: https://developers.google.com/apps-script/guides/services/quotas
export const PROPERTY_VALUE_BYTES = 9 * 1024;

type Stored = {
  v: 1;
  /** period -> the series done for it (periods repeat across series, so they are stored once). */
  d: Record<string, string[]>;
  q: [string, number][];
  p: string[];
};

/** UTF-8 length of a string (core has no TextEncoder). */
export function utf8Bytes(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

export function ledgerJson(ledger: Ledger): string {
  const d: Record<string, string[]> = {};
  for (const [series, period] of Object.entries(ledger.done)) (d[period] ??= []).push(series);
  const stored: Stored = { v: 1, d, q: ledger.deferred.map((x) => [x.key, priorities.indexOf(x.priority)]), p: [...ledger.pending] };
  return JSON.stringify(stored);
}

/** The ledger as one or more property values, each within the 9 KB limit; usually one. */
export function encodeLedger(ledger: Ledger, maxBytes = PROPERTY_VALUE_BYTES): string[] {
  const json = ledgerJson(ledger);
  const parts: string[] = [];
  let part = '';
  let bytes = 0;
  for (const ch of json) {
    const b = utf8Bytes(ch);
    if (bytes + b > maxBytes) {
      parts.push(part);
      part = '';
      bytes = 0;
    }
    part += ch;
    bytes += b;
  }
  parts.push(part);
  return parts;
}

/** Reads the parts back; a missing value is an empty ledger, a damaged one is reported and treated as empty. */
export function decodeLedger(parts: readonly (string | null | undefined)[]): { ledger: Ledger; problem?: string } {
  const text = parts.filter((p): p is string => typeof p === 'string').join('');
  if (text === '') return { ledger: emptyLedger };
  try {
    const s = JSON.parse(text) as Partial<Stored>;
    if (s.v !== 1) return { ledger: emptyLedger, problem: `unknown ledger version ${String(s.v)}` };
    const done: Record<string, string> = {};
    for (const [period, series] of Object.entries(s.d ?? {})) for (const x of series) done[x] = period;
    const deferred: Deferred[] = (s.q ?? []).map(([key, p]) => ({ key, priority: (priorities[p] ?? 'other') as Priority }));
    return { ledger: { done, deferred, pending: [...(s.p ?? [])] } };
  } catch (e) {
    return { ledger: emptyLedger, problem: `unreadable ledger: ${(e as Error).message}` };
  }
}
