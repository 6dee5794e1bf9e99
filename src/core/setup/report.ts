// What one Set up / repair did and found, collected as it runs and rendered as the closing summary.
import type { Lang } from '../../../sheets-schema/types.js';
import { st } from './texts.js';

export type Report = {
  /** Tabs created in this run, by name. */
  readonly created: string[];
  /** Everything else set up or repaired, one line each. */
  readonly changes: string[];
  /** What a person should look at: each names its tab and cell or column. */
  readonly problems: string[];
};

export function newReport(): Report {
  return { created: [], changes: [], problems: [] };
}

/** Whether the run changed anything in the spreadsheet. */
export function changedAnything(r: Report): boolean {
  return r.created.length > 0 || r.changes.length > 0;
}

/** The closing summary: what was created and repaired and every problem found, or that all is well. */
export function renderSummary(r: Report, lang: Lang, tabsChecked: number, pipeline: string | null): string {
  const parts: string[] = [];
  if (!changedAnything(r) && r.problems.length === 0) return st(lang, 'summary.allWell', { count: tabsChecked });
  if (r.created.length > 0) parts.push(st(lang, 'summary.created', { list: r.created.join(', ') }));
  if (pipeline) parts.push(pipeline);
  if (r.changes.length > 0) parts.push([st(lang, 'summary.changes'), ...r.changes.map((c) => `• ${c}`)].join('\n'));
  if (r.problems.length > 0) parts.push([st(lang, 'summary.problems'), ...r.problems.map((p) => `• ${p}`)].join('\n'));
  return parts.join('\n\n');
}
