// The one-screen summary printed after a scenario run: what happened, what went wrong and where to look.
import { join, relative } from 'node:path';
import type { StateJson } from '../../emulator/export/state.js';
import type { StepResult } from './runner.js';

export type SummaryInput = {
  scenarioFile: string;
  distDir: string;
  outDir: string;
  state: StateJson;
  steps: StepResult[];
  files: { state: string; xlsx: string | null; mail: string[]; drive: string[] };
};

const MAX_LISTED = 5;

function rel(p: string): string {
  const r = relative(process.cwd(), p);
  return r === '' ? '.' : r.startsWith('..') ? p : r;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function clip(s: string, n = 70): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}

/** The summary text (no trailing newline). */
export function summarize(input: SummaryInput): string {
  const { state, steps, files } = input;
  const executions = steps.flatMap((s) => s.executions.map((x) => ({ step: s, x })));
  const failed = executions.filter(({ x }) => x.error);
  const refused = steps.filter((s) => s.accepted === false);
  const projected = executions.reduce((n, { x }) => n + x.projectedMs, 0);
  const lines: string[] = [];
  lines.push(`Scenario ${rel(input.scenarioFile)} on project ${rel(input.distDir)}`);
  lines.push(
    `  ${plural(steps.length, 'step')} run, ${plural(executions.length, 'execution')} (${plural(failed.length, 'error')}), ` +
      `${Math.round(projected)} ms projected Apps Script time; clock now ${state.now} (${state.timeZone})`,
  );
  for (const { step, x } of failed.slice(0, MAX_LISTED)) lines.push(`  ✗ step ${step.index} (${step.kind}, line ${step.line}) ${x.function}: ${clip(x.error ?? '')}`);
  if (failed.length > MAX_LISTED) lines.push(`  … and ${failed.length - MAX_LISTED} more errors in state.json "executions"`);
  for (const s of refused.slice(0, MAX_LISTED)) lines.push(`  ⚠ step ${s.index} (${s.kind}, line ${s.line}) refused: ${clip(s.message ?? '')}`);
  const sheetNames = Object.keys(state.sheets);
  lines.push(`  Sheets: ${sheetNames.map((n) => `${n} (${plural(state.sheets[n].lastRow, 'row')})`).join(', ') || 'none'}`);
  const menus = state.menus.map((m) => `${m.name} (${plural(m.items.filter((i) => !i.separator).length, 'item')})`);
  lines.push(`  Menus: ${menus.join(', ') || 'none'}`);
  lines.push(`  Emails: ${state.mail.length}${state.mail.length ? ` — ${state.mail.slice(0, 3).map((m) => `"${clip(m.subject, 40)}" to ${m.to}`).join('; ')}` : ''}`);
  lines.push(`  Drive files: ${state.drive.length}${state.drive.length ? ` — ${state.drive.slice(0, 3).map((d) => d.path).join(', ')}` : ''}`);
  const lastToast = state.toasts[state.toasts.length - 1];
  lines.push(
    `  Toasts: ${state.toasts.length}${lastToast ? ` (last: "${clip(lastToast.message, 50)}")` : ''}; dialogs: ${state.dialogs.length}; ` +
      `sidebars: ${state.sidebars.length}; triggers: ${state.triggers.length}`,
  );
  lines.push('Where to look:');
  lines.push(`  ${rel(files.state)}  everything above as data (sheets, mail, drive, executions)`);
  if (files.xlsx) lines.push(`  ${rel(files.xlsx)}  the spreadsheet as a person sees it`);
  if (files.mail.length) lines.push(`  ${rel(join(input.outDir, 'mail'))}/  ${plural(files.mail.length, 'email')} as .eml (open in a mail program)`);
  if (files.drive.length) lines.push(`  ${rel(join(input.outDir, 'drive'))}/  ${plural(files.drive.length, 'Drive file')} as text`);
  return lines.join('\n');
}
