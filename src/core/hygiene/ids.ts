// Row IDs ("L-000123", "TP-000007"...): never reused, even after rows are deleted, thanks to a persisted counter.
import type { TabKey } from '../../../sheets-schema/index.js';

/** The prefix of each tab's ID column. */
export const idPrefixes = {
  leads: 'L',
  projects: 'P',
  tasks: 'T',
  incidents: 'INC',
  qaReviews: 'QA',
  risks: 'R',
  touchpoints: 'TP',
} as const satisfies Partial<Record<TabKey, string>>;

export type IdTab = keyof typeof idPrefixes;

const digits = 6;

const patterns = new Map<string, RegExp>();

/** The number inside an ID of this prefix ("L-000123" -> 123), or null for any other text. */
export function idNumber(prefix: string, id: unknown): number | null {
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  // The usual case without a regular expression: exactly "<PREFIX>-<digits>" (the stage memory looks up every lead).
  if (typeof id === 'string' && id.length > prefix.length + 1 && id.charCodeAt(prefix.length) === 45 && id.startsWith(prefix)) {
    let n = 0;
    let i = prefix.length + 1;
    for (; i < id.length; i++) {
      const c = id.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      n = n * 10 + c;
    }
    if (i === id.length) return n;
  }
  let pattern = patterns.get(prefix);
  if (!pattern) patterns.set(prefix, (pattern = new RegExp(`^${prefix}-(\\d+)$`, 'i')));
  const m = String(id).trim().match(pattern);
  return m ? Number(m[1]) : null;
}

export function formatId(prefix: string, n: number): string {
  return `${prefix}-${String(n).padStart(digits, '0')}`;
}

/** The highest number issued so far: the persisted counter or any ID still in the sheet, whichever is higher. */
export function highestIssued(prefix: string, existingIds: Iterable<unknown>, counter = 0): number {
  let max = Number.isFinite(counter) ? Math.max(0, Math.floor(counter)) : 0;
  for (const id of existingIds) {
    const n = idNumber(prefix, id);
    if (n !== null && n > max) max = n;
  }
  return max;
}

/** `count` fresh IDs and the counter to persist afterwards. */
export function nextIds(prefix: string, existingIds: Iterable<unknown>, count: number, counter = 0): { ids: string[]; counter: number } {
  const start = highestIssued(prefix, existingIds, counter);
  const ids = Array.from({ length: Math.max(0, count) }, (_, i) => formatId(prefix, start + i + 1));
  return { ids, counter: start + Math.max(0, count) };
}

/** The next Lead ID, never one issued before (the counter remembers IDs of deleted rows). */
export function nextLeadId(existingIds: Iterable<unknown>, counter = 0): { id: string; counter: number } {
  const r = nextIds(idPrefixes.leads, existingIds, 1, counter);
  return { id: r.ids[0], counter: r.counter };
}

/** A hand-out of IDs for one batch: each call gives the next fresh ID of the tab. */
export function idIssuer(tab: IdTab, existingIds: Iterable<unknown>, counter = 0): { next(): string; counter(): number } {
  const prefix = idPrefixes[tab];
  // The IDs are scanned only when a new one is needed: editing existing rows costs nothing.
  let n: number | null = null;
  const current = () => (n ??= highestIssued(prefix, existingIds, counter));
  return {
    next: () => formatId(prefix, (n = current() + 1)),
    counter: () => (n === null ? Math.max(0, Math.floor(Number.isFinite(counter) ? counter : 0)) : n),
  };
}
