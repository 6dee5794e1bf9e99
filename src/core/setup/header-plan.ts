// Plans a tab's header row: which columns OpsMind has, which headers to restore in place, and which columns to add.
import type { Lang, TabDef } from '../../../sheets-schema/types.js';
import { isBlank as blank } from '../field-types/types.js';
import { resolveHeaders, type HeaderResolution } from '../headers.js';
import { normalizeName } from '../names.js';

export type HeaderWrite = { readonly col: number; readonly text: string };

export type HeaderPlan = {
  /** Every field's 0-based column once the plan is carried out. */
  readonly columns: ReadonlyMap<string, number>;
  readonly writes: readonly HeaderWrite[];
  /** Headers put back where the field was: `was` is '' for a cleared cell, else the misspelt text. */
  readonly restored: readonly { key: string; col: number; was: string }[];
  /** Fields added as new columns at the right. */
  readonly appended: readonly string[];
  readonly duplicates: HeaderResolution<string>['duplicates'];
  /** Columns the sheet needs (the rightmost OpsMind column + 1). */
  readonly width: number;
};


/** Edit distance between two short strings (headers). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** A header that is a typo of the field's label ("Compnay" for Company): at most 2 edits, on names of 5+ letters. */
export function isTypoOf(tab: TabDef, key: string, header: unknown): boolean {
  const field = tab.fields.find((f) => f.key === key);
  const h = normalizeName(header);
  if (!field || h.length < 5) return false;
  return [field.labels.en, field.labels.de].map(normalizeName).some((n) => n.length >= 5 && editDistance(n, h) <= 2);
}

/**
 * The plan for one tab. `recorded` is the column layout the last Set up left (null before the first one): a missing
 * field whose old column now has an empty or misspelt header gets its header back there; any other missing field is
 * added as a new column after the last header. Columns people added or moved are never touched.
 */
export function planHeader(tab: TabDef, header: readonly unknown[], recorded: readonly string[] | null, lang: Lang): HeaderPlan {
  const res = resolveHeaders(tab, header, recorded ?? undefined);
  const columns = new Map<string, number>(res.columns);
  const unknown = new Map(res.unknown.map((u) => [u.index, u.header]));
  // A header typed twice: the column where the last Set up had that field is the real one; the others are spare.
  const spare = new Set<number>();
  for (const d of res.duplicates) {
    const primary = d.indexes[0];
    for (const i of d.indexes) if (i !== primary) spare.add(i);
  }
  const claimed = new Set<number>(columns.values());
  const writes: HeaderWrite[] = [];
  const restored: { key: string; col: number; was: string }[] = [];
  const appended: string[] = [];
  const missing = tab.fields.map((f) => f.key).filter((k) => !columns.has(k));
  // Where the field was: an empty cell, a misspelt header, or a spare copy of another header can take it back.
  const fits = (col: number, key: string, atOldPlace: boolean): boolean =>
    col >= 0 && col < header.length && !claimed.has(col) &&
    ((atOldPlace && (blank(header[col]) || spare.has(col))) || (unknown.has(col) && isTypoOf(tab, key, unknown.get(col))));
  let next = header.reduce<number>((last, h, i) => (blank(h) ? last : i), -1) + 1;
  for (const key of missing) {
    let col = -1;
    if (recorded) {
      const at = recorded.indexOf(key);
      if (fits(at, key, true)) col = at;
      else if (at >= 0) {
        // Columns inserted or moved since: look beside the neighbours it had.
        const left = recorded.slice(0, at).reverse().find((k) => k !== '' && columns.has(k));
        const right = recorded.slice(at + 1).find((k) => k !== '' && columns.has(k));
        const after = left === undefined ? -1 : columns.get(left)! + 1;
        const before = right === undefined ? -1 : columns.get(right)! - 1;
        col = fits(after, key, true) ? after : fits(before, key, true) ? before : -1;
      }
    }
    if (col < 0) {
      const typo = [...unknown.keys()].filter((c) => fits(c, key, false));
      if (typo.length === 1) col = typo[0];
    }
    const text = tab.fields.find((f) => f.key === key)!.labels[lang];
    if (col >= 0) {
      restored.push({ key, col, was: String(header[col] ?? '').trim() });
      spare.delete(col);
    } else {
      while (claimed.has(next) || (next < header.length && !blank(header[next]))) next++;
      col = next++;
      appended.push(key);
    }
    claimed.add(col);
    columns.set(key, col);
    writes.push({ col, text });
  }
  const duplicates = res.duplicates
    .map((d) => ({ fieldKey: d.fieldKey, indexes: d.indexes.filter((i) => i === columns.get(d.fieldKey) || spare.has(i)) }))
    .filter((d) => d.indexes.length > 1)
    .map((d) => ({ fieldKey: d.fieldKey, indexes: [columns.get(d.fieldKey)!, ...d.indexes.filter((i) => i !== columns.get(d.fieldKey))] }));
  const width = Math.max(0, ...[...columns.values()].map((c) => c + 1));
  return { columns, writes: writes.sort((a, b) => a.col - b.col), restored, appended, duplicates, width };
}

/** The layout to record: field key per column, '' for the columns people added. */
export function recordedColumns(columns: ReadonlyMap<string, number>, width: number): string[] {
  const out = new Array<string>(width).fill('');
  for (const [key, col] of columns) if (col < width) out[col] = key;
  return out;
}
