// Budget alert and Friday review emails: short, safe, in the sheet's language.
import type { BudgetAlert } from './budgets.js';
import type { OutgoingEmail } from './digest-email.js';
import { chunkRecipients, cleanRecipients, escapeHtml, safeEmail } from './email-safety.js';
import type { Priority } from './quota.js';
import { routineText, type RoutineLang } from './texts.js';

const money = (n: number | null, lang: RoutineLang) =>
  n === null ? '—' : n.toLocaleString(lang === 'de' ? 'de-DE' : 'en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const priorityOf: Record<BudgetAlert['level'], Priority> = { hardStop: 'hardStop', limit: 'exceeded', alert: 'other' };

/** One email to the admin per budget alert (each service and level once per month, enforced by its key). */
export function budgetAlertEmail(alert: BudgetAlert, c: { lang: RoutineLang; adminEmail: string; currency: string }): OutgoingEmail | null {
  if (cleanRecipients([c.adminEmail]).length === 0) return null;
  const l = alert.line;
  const p = { service: alert.service, mtd: money(l.monthToDate, c.lang), limit: money(l.monthlyLimit, c.lang), hardStop: money(l.hardStop, c.lang), currency: c.currency };
  const subjectKey = alert.level === 'hardStop' ? 'budget.subject.hardStop' : alert.level === 'limit' ? 'budget.subject.limit' : 'budget.subject.alert';
  const body = routineText(c.lang, 'budget.body', { ...p, alertAt: money(l.alertAt, c.lang), month: alert.key.slice(-7) });
  const email = safeEmail({ to: [c.adminEmail], subject: routineText(c.lang, subjectKey, p), body, htmlBody: `<p>${escapeHtml(body)}</p>` });
  return { key: alert.key, priority: priorityOf[alert.level], recipients: email.to, covers: alert.covers, email };
}

export type ReviewSummary = { readonly openLeads: number; readonly breaches: number; readonly byStage: readonly { stage: string; count: number }[] };

/** The Friday pipeline review reminder to every owner and the admin, in groups of at most 50 recipients. */
export function fridayReviewEmails(week: string, summary: ReviewSummary, c: { lang: RoutineLang; recipients: readonly string[] }): OutgoingEmail[] {
  const all = cleanRecipients(c.recipients);
  const lines = [routineText(c.lang, 'review.body', { open: summary.openLeads, breaches: summary.breaches }), ...summary.byStage.map((s) => routineText(c.lang, 'review.stage', s))];
  const subject = routineText(c.lang, 'review.subject', { week });
  return chunkRecipients(all).map((group, i) => {
    const email = safeEmail({
      to: group,
      subject,
      body: lines.join('\n'),
      htmlBody: `<p>${escapeHtml(lines[0])}</p><ul>${lines.slice(1).map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
    });
    return { key: `review${i}:${week}`, priority: 'other', recipients: email.to, email };
  });
}
