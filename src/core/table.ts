// A tab's values in one normal form, however they were obtained (read whole, or kept while writing them).
import { isBlank } from './field-types/types.js';

/**
 * The rows up to the last one with content, each cut or padded ('') to the last column with content in any row: what
 * reading the tab "to the last row and column with data" gives, whatever trailing blanks the input carried.
 */
export function trimTable(rows: readonly (readonly unknown[])[]): unknown[][] {
  let width = 0;
  let height = 0;
  rows.forEach((row, i) => {
    for (let c = row.length - 1; c >= width; c--) {
      if (isBlank(row[c])) continue;
      width = c + 1;
      break;
    }
    if (row.some((v) => !isBlank(v))) height = i + 1;
  });
  return rows.slice(0, height).map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
}

/** Ascending numbers (rows or columns) as runs of consecutive ones: [2, 3, 4, 7] -> [[2, 4], [7, 7]]. */
export function consecutiveRuns(sorted: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const n of sorted) {
    const last = runs.at(-1);
    if (last && last[1] === n - 1) last[1] = n;
    else runs.push([n, n]);
  }
  return runs;
}
