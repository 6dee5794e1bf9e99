// End to end: budget alerts at Alert At, the Monthly Limit and the Hard Stop, each once per service per month, across a month boundary.
import { describe, expect, it } from 'vitest';
import { tickWorld } from './tick-fixture.js';

const berlinDay = (iso: string) => new Date(`${iso}T00:00:00+01:00`);
const budget = (w: ReturnType<typeof tickWorld>, service: string) => w.rows('Budgets').find((r) => r.Service === service)!;
const alerts = (w: ReturnType<typeof tickWorld>) => w.mail.filter((m) => m.subject.startsWith('OpsMind budget')).map((m) => `${m.to} ${m.subject}`);

describe('budget alerts', () => {
  it('emails the admin once per level per month, and again in the next month', () => {
    const w = tickWorld();
    w.append('Costs', [{ Date: berlinDay('2026-11-10'), Service: 'OpenAI', Amount: 420 }]);
    w.until('2026-11-16T12:00:00Z');
    expect(budget(w, 'OpenAI')).toMatchObject({ 'Month To Date': 420, Status: 'Warning' });
    w.append('Costs', [{ Date: berlinDay('2026-11-20'), Service: 'OpenAI', Amount: 100 }]);
    w.until('2026-11-20T12:00:00Z');
    expect(budget(w, 'OpenAI')).toMatchObject({ 'Month To Date': 520, Status: 'Exceeded' });
    w.append('Costs', [{ Date: berlinDay('2026-11-25'), Service: 'openai ', Amount: 100 }]);
    w.until('2026-11-30T22:30:00Z');
    expect(budget(w, 'OpenAI')).toMatchObject({ 'Month To Date': 620, Status: 'Hard Stop' });
    // 1 December in Berlin: a new month starts from zero.
    w.until('2026-12-01T01:30:00Z');
    expect(budget(w, 'OpenAI')).toMatchObject({ 'Month To Date': 0, Status: 'OK' });
    w.append('Costs', [{ Date: berlinDay('2026-12-01'), Service: 'OpenAI', Amount: 410 }]);
    w.until('2026-12-02T12:00:00Z');
    expect(alerts(w)).toEqual([
      'boss@agency.de OpsMind budget: OpenAI reached its alert level (420.00 of 500.00 EUR)',
      'boss@agency.de OpsMind budget: OpenAI reached its monthly limit (520.00 of 500.00 EUR)',
      'boss@agency.de OpsMind budget: OpenAI reached its HARD STOP (620.00, hard stop 600.00 EUR)',
      'boss@agency.de OpsMind budget: OpenAI reached its alert level (410.00 of 500.00 EUR)',
    ]);
  });

  it('sends one hard-stop email, not three, when costs jump past every level at once', () => {
    const w = tickWorld();
    w.append('Costs', [{ Date: berlinDay('2026-11-16'), Service: 'Hosting', Amount: 250 }]);
    w.until('2026-11-17T12:00:00Z');
    expect(alerts(w)).toEqual(['boss@agency.de OpsMind budget: Hosting reached its HARD STOP (250.00, hard stop 240.00 EUR)']);
    expect(budget(w, 'Total')).toMatchObject({ 'Month To Date': 250, Status: 'OK' });
  });

  it('writes Month To Date and Status only when they change', () => {
    const w = tickWorld();
    w.append('Costs', [{ Date: berlinDay('2026-11-16'), Service: 'Tools', Amount: 10 }]);
    const runs = w.until('2026-11-16T14:00:00Z');
    const writes = runs.map((r) => r.calls['Range.setValues'] ?? 0);
    expect(writes[0]).toBeGreaterThan(0);
    expect(writes.slice(1).every((n, i) => n === 0 || runs[i + 1].startedAt.startsWith('2026-11-16T07'))).toBe(true);
  });
});
