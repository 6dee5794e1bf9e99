// What one tick tells the Log: each task created, each job run, each email sent, deferred, failed or left unconfirmed, once per key.
import type { Lang } from '../../../sheets-schema/types.js';
import type { BudgetLine, DueJob, NewTask, OutgoingEmail, SendResult } from '../../core/routines/index.js';
import { at } from './texts.js';
import type { LogEntry } from './writes.js';

const jobOfTask = (t: NewTask) => (t.type === 'followUp' ? 'followUps' : t.type);

const LISTED_KEYS = 20;

/** "3 task(s) created: fu:L-2:d2, …": a job's tasks in its one Log row (their rows on Tasks carry the rest). */
function tasksDetail(lang: Lang, tasks: readonly NewTask[]): string {
  const keys = tasks.slice(0, LISTED_KEYS).map((t) => t.key);
  const more = tasks.length > LISTED_KEYS ? ` … +${tasks.length - LISTED_KEYS}` : '';
  return `${at(lang, 'log.tasks', { count: tasks.length })}${keys.length > 0 ? `: ${keys.join(', ')}${more}` : ''}`;
}

/**
 * One row per job run (the tasks a job created are named in it, not logged one by one: on a big sheet a
 * day brings thousands). The hourly budget check is logged only when it changed the Budgets tab or raised an
 * alert, so the Log does not grow by 24 rows a day that say nothing.
 */
export function jobEntries(jobs: readonly DueJob[], c: { lang: Lang; tasks: readonly NewTask[]; emails: readonly OutgoingEmail[]; budgetsChanged: readonly BudgetLine[] }): LogEntry[] {
  const out: LogEntry[] = [];
  for (const j of jobs) {
    let detail = '';
    if (j.job === 'followUps' || j.job === 'reactivation') detail = tasksDetail(c.lang, c.tasks.filter((t) => jobOfTask(t) === j.job));
    else if (j.job === 'dailyDigest') detail = at(c.lang, 'log.digests', { count: c.emails.filter((m) => m.key.startsWith('digest:')).length });
    else if (j.job === 'budgetCheck') {
      const alerts = c.emails.some((m) => m.key.startsWith('budgetAlert:'));
      if (c.budgetsChanged.length === 0 && !alerts) continue;
      detail = at(c.lang, 'log.budgets', { lines: c.budgetsChanged.map((l) => `${l.service} ${l.monthToDate.toFixed(2)} (${l.status})`).join(', ') || '—' });
    }
    out.push({ job: j.job, key: j.key, result: 'done', detail });
  }
  return out;
}

export const unconfirmedEntries = (keys: readonly string[], lang: Lang): LogEntry[] =>
  keys.map((key) => ({ job: 'email', key, result: 'unconfirmed', detail: at(lang, 'log.unconfirmed') }));

export function sendEntry(m: OutgoingEmail, result: SendResult, error: string | undefined, lang: Lang): LogEntry {
  const to = [...m.email.to, ...m.email.cc.map((c) => `cc ${c}`)].join(', ');
  if (result === 'sent') return { job: 'email', key: m.key, result: 'sent', detail: `${m.email.subject} → ${to}` };
  if (result === 'quota') return { job: 'email', key: m.key, result: 'deferred', detail: at(lang, 'log.deferred', { reason: at(lang, 'log.deferredQuota') }) };
  return { job: 'email', key: m.key, result: 'failed', detail: `${error ?? ''} → ${to}` };
}

/** Messages deferred by this run that were not waiting before (a message waiting for days is logged once). */
export function deferredEntries(deferred: readonly { key: string }[], waitingBefore: ReadonlySet<string>, logged: readonly LogEntry[], lang: Lang, reason: 'quota' | 'time'): LogEntry[] {
  const seen = new Set(logged.filter((e) => e.result === 'deferred').map((e) => e.key));
  return deferred
    .filter((d) => !waitingBefore.has(d.key) && !seen.has(d.key))
    .map((d) => ({ job: 'email', key: d.key, result: 'deferred', detail: at(lang, 'log.deferred', { reason: at(lang, reason === 'quota' ? 'log.deferredQuota' : 'log.deferredTime') }) }));
}
