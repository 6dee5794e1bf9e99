// Turns emulator values (Dates, GridRanges, Maps) into plain JSON with a stable key order for state.json.
import { formatGridRange } from '../spreadsheet/a1.js';
import type { GridRange, SpreadsheetModel } from '../spreadsheet/model.js';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

function isGridRange(v: object): v is GridRange {
  const o = v as Record<string, unknown>;
  return ['sheetId', 'r1', 'c1', 'r2', 'c2'].every((k) => typeof o[k] === 'number');
}

/** A JSON form of any value: Dates as ISO strings, GridRanges as "'Sheet'!A1:B2", Maps and objects with sorted keys. */
export function toJson(v: unknown, ss?: SpreadsheetModel): Json {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (Array.isArray(v)) return v.map((x) => toJson(x, ss));
  if (v instanceof Map) return sortedRecord([...v.entries()].map(([k, x]) => [String(k), toJson(x, ss)]));
  if (v instanceof Set) return [...v].map((x) => toJson(x, ss));
  if (typeof v === 'object') {
    if (isGridRange(v)) {
      const sheet = ss?.sheets.find((s) => s.id === v.sheetId);
      return formatGridRange(v, sheet?.name ?? `#${v.sheetId}`);
    }
    return sortedRecord(Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined).map(([k, x]) => [k, toJson(x, ss)]));
  }
  return String(v);
}

/** An object whose keys are in code-point order, so that two exports compare byte for byte. */
export function sortedRecord<T>(entries: Iterable<[string, T]>): Record<string, T> {
  const list = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const out: Record<string, T> = {};
  for (const [k, v] of list) out[k] = v;
  return out;
}

/** The entries of a string map as a sorted plain object. */
export function mapRecord(m: Map<string, string> | undefined): Record<string, string> {
  return sortedRecord(m ? m.entries() : []);
}
