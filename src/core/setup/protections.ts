// Warning-only protections of what OpsMind writes: derived columns, and the Stage History and Log tabs as a whole.
import type { Lang } from '../../../sheets-schema/types.js';
import { columnLetter } from '../names.js';
import type { TabLayout } from '../tab-layout.js';
import { formatOps } from './column-format.js';
import { st } from './texts.js';

/** One protection: a range in A1 (null: the whole tab) and its description. */
export type ProtectionSpec = { readonly a1: string | null; readonly description: string };

/** A protection found on a tab. */
export type ObservedProtection = { readonly a1: string | null; readonly description: string };

// OpsMind's protections are the ones whose description starts with this; people's own are never touched.
const PREFIX = 'OpsMind:';

export function isOpsMindProtection(description: string): boolean {
  return description.startsWith(PREFIX);
}

/** What the tab should carry: the whole tab when OpsMind writes it, else each run of derived columns (header included). */
export function expectedProtections(layout: TabLayout, columns: ReadonlyMap<string, number>, lastRow: number, lang: Lang, tabName: string): ProtectionSpec[] {
  if (layout.protectedTab) return [{ a1: null, description: st(lang, 'protect.tab', { tab: tabName }) }];
  const headerAt = new Map([...columns].map(([k, c]) => [c, layout.columns.find((x) => x.key === k)?.header ?? k]));
  return formatOps(layout, columns).derived.map((run) => {
    const names: string[] = [];
    for (let c = run.c1; c <= run.c2; c++) names.push(headerAt.get(c) ?? columnLetter(c));
    return {
      a1: `${columnLetter(run.c1)}1:${columnLetter(run.c2)}${lastRow}`,
      description: st(lang, 'protect.columns', { tab: tabName, columns: names.join(', ') }),
    };
  });
}

/** Which of OpsMind's protections to remove (stale ranges) and which to add; people's protections are kept. */
export function planProtections(observed: readonly ObservedProtection[], wanted: readonly ProtectionSpec[]): { remove: number[]; add: ProtectionSpec[] } {
  const kept = new Set<string>();
  const remove: number[] = [];
  observed.forEach((p, i) => {
    if (!isOpsMindProtection(p.description)) return;
    const key = p.a1 ?? '*';
    if (wanted.some((w) => (w.a1 ?? '*') === key) && !kept.has(key)) kept.add(key);
    else remove.push(i);
  });
  return { remove, add: wanted.filter((w) => !kept.has(w.a1 ?? '*')) };
}

/** Where the derived runs of a tab are: while this and the protection counts are unchanged, protections need no reading. */
export function protectionLayout(layout: TabLayout, columns: ReadonlyMap<string, number>): string {
  if (layout.protectedTab) return '*';
  return formatOps(layout, columns).derived.map((r) => `${r.c1}-${r.c2}`).join(',');
}
