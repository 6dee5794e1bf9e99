// Renders one owner's digest as a safe email (HTML and plain text, in the sheet's language), one per owner.
import type { DayKey } from './calendar.js';
import type { OwnerDigest } from './digest.js';
import { cleanRecipients, escapeHtml, safeEmail, safeHref, type SafeEmail } from './email-safety.js';
import type { Outgoing } from './quota.js';
import { routineText, showDay, type RoutineLang } from './texts.js';

export type RowUrl = (sheetId: number, row: number) => string;
export type DigestContext = {
  readonly today: DayKey;
  readonly lang: RoutineLang;
  readonly adminEmail: string;
  readonly escalationDays: number;
  readonly leadsSheetId: number;
  readonly tasksSheetId: number;
  readonly rowUrl: RowUrl;
};

export type OutgoingEmail = Outgoing & { readonly email: SafeEmail };

// A message body may be at most 200 KB (consumer accounts): https://developers.google.com/apps-script/guides/services/quotas
export const MAX_ITEMS_PER_SECTION = 100;

type Line = { text: string; url: string };
type Section = { title: string; lines: Line[] };

export const digestKey = (owner: string, today: DayKey) => `digest:${owner.replace(/:/g, '')}:${today}`;

function sections(d: OwnerDigest, c: DigestContext): Section[] {
  const L = c.lang;
  const lead = (row: number) => c.rowUrl(c.leadsSheetId, row);
  const all: Section[] = [
    {
      title: routineText(L, 'digest.breaches', {}),
      lines: d.breaches.map((b) => ({ text: routineText(L, b.kickoff ? 'digest.kickoff' : 'digest.breach', { lead: b.lead, stage: b.stage, hours: b.hoursOver }), url: lead(b.row) })),
    },
    { title: routineText(L, 'digest.nextSteps', {}), lines: d.nextSteps.map((n) => ({ text: routineText(L, 'digest.nextStep', { lead: n.lead, step: n.step, date: showDay(n.date, L) }), url: lead(n.row) })) },
    { title: routineText(L, 'digest.tasks', {}), lines: d.tasks.map((t) => ({ text: routineText(L, 'digest.task', { title: t.title, date: showDay(t.date, L) }), url: c.rowUrl(c.tasksSheetId, t.row) })) },
    { title: routineText(L, 'digest.missing', {}), lines: d.missing.map((m) => ({ text: routineText(L, 'digest.missingItem', { lead: m.lead, fields: m.fields.join(', ') }), url: lead(m.row) })) },
    { title: routineText(L, 'digest.suggestions', {}), lines: d.suggestions.map((s) => ({ text: routineText(L, 'digest.suggestion', { lead: s.lead }), url: lead(s.row) })) },
  ];
  return all.filter((s) => s.lines.length > 0);
}

const more = (n: number, lang: RoutineLang) => (lang === 'de' ? `… und ${n} weitere` : `… and ${n} more`);

/** The digest email for one owner; null when the owner has nothing to do. */
export function digestEmail(d: OwnerDigest, c: DigestContext): OutgoingEmail | null {
  const secs = sections(d, c);
  const count = secs.reduce((n, s) => n + s.lines.length, 0);
  // An Owner that is not an address cannot be mailed; hygiene flags the cell.
  if (count === 0 || cleanRecipients([d.owner]).length === 0) return null;
  const L = c.lang;
  const cc = d.escalate && c.adminEmail.trim() !== '' ? [c.adminEmail] : [];
  const text: string[] = [routineText(L, 'digest.hello', { owner: d.owner }), routineText(L, 'digest.intro', {}), ''];
  const html: string[] = [`<p>${escapeHtml(routineText(L, 'digest.hello', { owner: d.owner }))}<br>${escapeHtml(routineText(L, 'digest.intro', {}))}</p>`];
  for (const s of secs) {
    const shown = s.lines.slice(0, MAX_ITEMS_PER_SECTION);
    const rest = s.lines.length - shown.length;
    text.push(`${s.title} (${s.lines.length})`, ...shown.map((l) => `- ${l.text}\n  ${l.url}`), ...(rest > 0 ? [more(rest, L)] : []), '');
    html.push(
      `<h3>${escapeHtml(s.title)} (${s.lines.length})</h3><ul>` +
        shown.map((l) => `<li>${escapeHtml(l.text)} – <a href="${safeHref(l.url)}">${escapeHtml(routineText(L, 'digest.open', {}))}</a></li>`).join('') +
        (rest > 0 ? `<li>${escapeHtml(more(rest, L))}</li>` : '') +
        '</ul>',
    );
  }
  if (cc.length > 0) {
    const note = routineText(L, 'digest.escalated', { days: c.escalationDays });
    text.push(note, '');
    html.push(`<p>${escapeHtml(note)}</p>`);
  }
  const footer = routineText(L, 'digest.footer', {});
  text.push(footer);
  html.push(`<p style="color:#666">${escapeHtml(footer)}</p>`);
  const email = safeEmail({
    to: [d.owner],
    cc,
    subject: routineText(L, 'digest.subject', { date: showDay(c.today, L), count }),
    body: text.join('\n'),
    htmlBody: html.join('\n'),
  });
  return { key: digestKey(d.owner, c.today), priority: d.breaches.length > 0 ? 'slaBreach' : 'digest', recipients: [...email.to, ...email.cc], email };
}
