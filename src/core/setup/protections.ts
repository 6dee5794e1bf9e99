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

export type ProtectionsPlan = {
  /** OpsMind's protections (by index in `observed`) that protect nothing wanted any more. */
  readonly remove: number[];
  /** OpsMind's range protections whose columns grew or moved: the same protection, set to its new range. */
  readonly move: { readonly index: number; readonly a1: string }[];
  readonly add: ProtectionSpec[];
};

/** Which of OpsMind's protections to keep, move to their new range, remove or add; people's protections are kept. */
export function planProtections(observed: readonly ObservedProtection[], wanted: readonly ProtectionSpec[]): ProtectionsPlan {
  const keyOf = (p: { a1: string | null }) => p.a1 ?? '*';
  const kept = new Set<string>();
  const used = new Set<number>();
  observed.forEach((p, i) => {
    const key = keyOf(p);
    if (!isOpsMindProtection(p.description) || kept.has(key) || !wanted.some((w) => keyOf(w) === key)) return;
    kept.add(key);
    used.add(i);
  });
  const move: { index: number; a1: string }[] = [];
  for (const w of wanted) {
    if (w.a1 === null || kept.has(w.a1)) continue;
    const index = observed.findIndex((p, i) => !used.has(i) && p.a1 !== null && p.description === w.description);
    if (index < 0) continue;
    used.add(index);
    kept.add(w.a1);
    move.push({ index, a1: w.a1 });
  }
  const remove = observed.flatMap((p, i) => (isOpsMindProtection(p.description) && !used.has(i) ? [i] : []));
  return { remove, move, add: wanted.filter((w) => !kept.has(keyOf(w))) };
}

/** Where the derived runs of a tab are: while this and the protection counts are unchanged, protections need no reading. */
export function protectionLayout(layout: TabLayout, columns: ReadonlyMap<string, number>): string {
  if (layout.protectedTab) return '*';
  return formatOps(layout, columns).derived.map((r) => `${r.c1}-${r.c2}`).join(',');
}
