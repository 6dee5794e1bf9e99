import { describe, expect, it } from 'vitest';
import { defaultBudgets } from '../../../sheets-schema/default-budgets.js';
import { budgetAlertKey, budgetAlerts, budgetLines, monthToDate, type CostRow } from './budgets.js';
import { emptyLedger, isDone, markDone, type Ledger } from './ledger.js';
import { budgetAlertEmail } from './notices.js';

const tz = 'Europe/Berlin';
const rows = defaultBudgets.map((b) => ({ service: b.service, monthlyLimit: b.monthlyLimit, alertAt: b.alertAt, hardStop: b.hardStop }));
// Local midnight in Berlin, as a date cell reads.
const day = (d: string) => Date.parse(`${d}T00:00:00+01:00`);
const cost = (d: string, service: string, amount: number): CostRow => ({ date: day(d), service, amount });

describe('budgets (seed 000 cost control)', () => {
  it('sums the current month per service and in total, in the spreadsheet time zone', () => {
    const costs = [cost('2026-11-01', 'OpenAI', 100), cost('2026-11-20', 'openai ', 50.255), cost('2026-10-31', 'OpenAI', 999), cost('2026-11-03', 'Hosting', 20), { date: null, service: 'Tools', amount: 5 }];
    const mtd = monthToDate(costs, '2026-11-21', tz);
    expect(mtd.byService.get('openai')).toBe(150.26);
    expect(mtd.total).toBe(170.26);
    // 1 November 00:00 in Berlin is 31 October 23:00 UTC: it belongs to November there.
    expect(monthToDate([{ date: Date.parse('2026-10-31T23:00:00Z'), service: 'x', amount: 1 }], '2026-11-02', tz).total).toBe(1);
  });

  it('sets Status OK, Warning at Alert At, Exceeded at the Monthly Limit, Hard Stop at the hard stop', () => {
    const lines = (amount: number) => budgetLines(rows, [cost('2026-11-02', 'OpenAI', amount)], '2026-11-10', tz);
    expect(lines(399)[0].status).toBe('ok');
    expect(lines(400)[0].status).toBe('warning');
    expect(lines(500)[0].status).toBe('exceeded');
    expect(lines(600)[0].status).toBe('hardStop');
    const total = lines(600).find((l) => l.service === 'Total')!;
    expect(total).toMatchObject({ monthToDate: 600, status: 'ok' });
  });

  it('sends each alert once per service per month, and one email when a jump skips levels', () => {
    let ledger: Ledger = emptyLedger;
    const sent: string[] = [];
    const check = (amounts: [string, number][], today: string) => {
      const lines = budgetLines(rows, amounts.map(([d, a]) => cost(d, 'OpenAI', a)), today, tz);
      for (const a of budgetAlerts(lines, today, (k) => isDone(ledger, k))) {
        sent.push(a.key);
        ledger = markDone(ledger, a.key, ...a.covers);
      }
    };
    check([['2026-11-02', 410]], '2026-11-05');
    check([['2026-11-02', 410]], '2026-11-05'); // repeated tick
    check([['2026-11-02', 410], ['2026-11-06', 300]], '2026-11-06'); // 710: straight past limit to hard stop
    check([['2026-11-02', 410], ['2026-11-06', 300]], '2026-11-07');
    check([['2026-12-01', 450]], '2026-12-01'); // new month, new alert
    expect(sent).toEqual([budgetAlertKey('OpenAI', 'alert', '2026-11'), budgetAlertKey('OpenAI', 'hardStop', '2026-11'), budgetAlertKey('OpenAI', 'alert', '2026-12')]);
    expect(isDone(ledger, budgetAlertKey('OpenAI', 'limit', '2026-11'))).toBe(true);
  });

  it('matches the issue’s key shape', () => {
    expect(budgetAlertKey('OpenAI', 'alert', '2026-11')).toBe('budgetAlert:OpenAI:alert:2026-11');
    expect(budgetAlertKey('My: Tool', 'limit', '2026-11')).toBe('budgetAlert:My Tool:limit:2026-11');
  });

  it('mails the admin a safe alert with the hard stop first in priority', () => {
    const lines = budgetLines(rows, [cost('2026-11-02', 'Hosting', 250)], '2026-11-10', tz);
    const [alert] = budgetAlerts(lines, '2026-11-10', () => false);
    const mail = budgetAlertEmail(alert, { lang: 'de', adminEmail: 'boss@agency.de', currency: 'EUR' })!;
    expect(mail.priority).toBe('hardStop');
    expect(mail.covers).toEqual([budgetAlertKey('Hosting', 'alert', '2026-11'), budgetAlertKey('Hosting', 'limit', '2026-11')]);
    expect(mail.email.subject).toBe('OpsMind Budget: Hosting hat den HARTEN STOPP erreicht (250,00, Stopp bei 240,00 EUR)');
    expect(mail.email.body).toContain('Monat bisher 250,00 EUR');
    expect(budgetAlertEmail(alert, { lang: 'en', adminEmail: '', currency: 'EUR' })).toBeNull();
  });
});
