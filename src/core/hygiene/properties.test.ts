// Property-based tests: random pastes never throw, never lose a typed value, and are idempotent; stage edits keep a complete history.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LeadFieldKey } from '../../../sheets-schema/leads.sheet.js';
import { isBlank } from '../field-types/types.js';
import { parseValue } from '../field-types/index.js';
import { normalizeName } from '../names.js';
import { checkAllRows } from './check-all.js';
import { deriveLead } from './derive-lead.js';
import { hygieneCtx, leadAt, monday } from './hygiene.fixtures.js';
import { derivedLeadKeys, envOf, leadFieldKeys, leadFields } from './read-row.js';
import { resolveStage } from './stage-table.js';
import type { HygieneContext, LeadRow } from './types.js';
import { validateRows, type BatchState, type RowOutcome } from './validate-rows.js';

const stageTexts = ['New Lead', 'neuer lead', 'CONTACTED', 'Kontaktiert', 'offerSent', 'Angebot gesendet', 'call booked', 'Negotiation', 'Closed Won', 'gewonnen', 'Verloren', 'Nurturing', 'Hot', ''];
const typed = fc.constantFrom('24.12.2026', '2026-12-24', '12/24/2026', '31.02.2026', '1.234,50', '1,234.50', '4800', 'ja', 'nein', 'x', 'jana@koehler-bau.de', 'Name <a@b.de>', 'not an email', 'Budget', '=SUM(A1:A3)', '+49 30 1234', '-', '-12', '@bob', '=1/0');
const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(''),
  typed,
  fc.string({ maxLength: 10 }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.boolean(),
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true }),
);
const row: fc.Arbitrary<LeadRow> = fc
  .record({ ...Object.fromEntries(leadFieldKeys.filter((k) => k !== 'leadId' && k !== 'stage').map((k) => [k, cell])), stage: fc.constantFrom(...stageTexts) }, { requiredKeys: [] })
  .map((r) => r as LeadRow);
// Plain parameters, so a counterexample prints short; the context is built inside each property.
const ctxArb = fc.record({ enforcement: fc.constantFrom<'strict' | 'soft'>('strict', 'soft'), locale: fc.constantFrom('en_US', 'de_DE', 'en_GB') });
const ctxOf = (p: { enforcement: 'strict' | 'soft'; locale: string }) => hygieneCtx({ locale: p.locale, lang: p.locale.startsWith('de') ? 'de' : 'en', settings: { enforcement: p.enforcement } });
const paste = fc.array(fc.record({ r: row, id: fc.constantFrom('new', 'known', 'unseen'), remembered: fc.constantFrom('newLead', 'contacted', 'offerSent', 'closedLost', 'Hot') }), { minLength: 1, maxLength: 12 });

function setup(items: { r: LeadRow; id: string; remembered: string }[]): { rows: { rowNumber: number; values: LeadRow }[]; state: BatchState } {
  const lastAccepted = new Map<string, string>();
  const rows = items.map((it, i) => {
    const leadId = it.id === 'new' ? '' : `L-${String(i + 1).padStart(6, '0')}`;
    if (it.id === 'known') lastAccepted.set(leadId, it.remembered);
    return { rowNumber: i + 2, values: { ...it.r, leadId } };
  });
  return { rows, state: { lastAccepted, existingIds: rows.map((r) => r.values.leadId) } };
}

const valueOf = (key: LeadFieldKey, v: unknown, ctx: HygieneContext) => {
  const p = parseValue(leadFields.get(key)!, v, envOf(ctx));
  const value = p.ok ? p.value : `unreadable:${String(v)}`;
  return value instanceof Date ? value.getTime() : value;
};

/** A typed value is kept (not written, or written as the same value) or reported (a rejected stage is in the note and the history). */
function assertNothingLost(input: LeadRow, out: RowOutcome, ctx: HygieneContext): void {
  for (const key of leadFieldKeys) {
    const before = input[key];
    const after = out.writes[key];
    if (derivedLeadKeys.has(key) || isBlank(before) || after === undefined) continue;
    if (key === 'stage') {
      const same = resolveStage(ctx.stages, before)?.key === resolveStage(ctx.stages, after)?.key && resolveStage(ctx.stages, before) !== null;
      if (same || normalizeName(before) === normalizeName(after)) continue;
      expect(out.transition?.accepted, 'a replaced stage must be a rejection').toBe(false);
      expect(out.transition?.history?.toStage).toBe(resolveStage(ctx.stages, before)?.name ?? String(before).trim());
      expect(out.notices.length).toBeGreaterThan(0);
      continue;
    }
    expect(valueOf(key, after, ctx), `${key}: ${String(before)} -> ${String(after)}`).toEqual(valueOf(key, before, ctx));
  }
}

describe('random pastes of mixed values', () => {
  it('never throw, never lose a typed value, and validating twice changes nothing', () => {
    fc.assert(
      fc.property(paste, ctxArb, (items, params) => {
        const ctx = ctxOf(params);
        const { rows, state } = setup(items);
        const first = validateRows(rows, state, ctx);
        first.rows.forEach((out, i) => assertNothingLost(rows[i].values, out, ctx));
        const again = validateRows(first.rows.map((o) => ({ rowNumber: o.rowNumber, values: o.row })), { lastAccepted: first.lastAccepted, existingIds: first.rows.map((o) => o.leadId), idCounter: first.idCounter }, ctx);
        expect(again.rows.map((o) => o.writes)).toEqual(first.rows.map(() => ({})));
        expect(again.history).toEqual([]);
        const ids = first.rows.filter((o) => !o.skipped).map((o) => o.leadId);
        expect(new Set(ids).size).toBe(ids.length);
      }),
      { numRuns: 300 },
    );
  });
  it('deriving a row twice equals deriving it once', () => {
    fc.assert(
      fc.property(row, ctxArb, (r, params) => {
        const ctx = ctxOf(params);
        const once = deriveLead(r, ctx);
        const twice = deriveLead({ ...r, ...once.values }, ctx);
        // The Qualified suggestion is made once: afterwards Qualified is no longer empty, and it stays as suggested.
        const { qualified: _suggested, ...rest } = once.values;
        expect(twice.values).toEqual(rest);
        expect(twice.hygiene).toBe(once.hygiene);
      }),
      { numRuns: 300 },
    );
  });
});

type Step = { kind: 'stage'; text: string; hours: number } | { kind: 'field'; key: LeadFieldKey; filled: boolean; hours: number } | { kind: 'audit'; hours: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('stage' as const), text: fc.constantFrom(...stageTexts), hours: fc.integer({ min: 0, max: 200 }) }),
  fc.record({ kind: fc.constant('field' as const), key: fc.constantFrom<LeadFieldKey>('email', 'source', 'nextStep', 'nextStepDate', 'offerAmount', 'lostReason', 'reactivationDate', 'callNotes'), filled: fc.boolean(), hours: fc.integer({ min: 0, max: 48 }) }),
  fc.record({ kind: fc.constant('audit' as const), hours: fc.integer({ min: 0, max: 24 }) }),
);

describe('random sequences of stage edits and audits', () => {
  it('keep Stage History complete and in order, each entry starting where the last accepted one ended', () => {
    const full = leadAt('closedWon', { nextStep: 'Call', nextStepDate: new Date('2030-01-01T00:00:00+01:00'), lostReason: 'Price', reactivationDate: new Date('2030-01-01T00:00:00+01:00') });
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 30 }), fc.constantFrom('strict', 'soft'), (steps, enforcement) => {
        let now = monday.getTime();
        let ctx = hygieneCtx({ now: new Date(now), settings: { enforcement } });
        let r = validateRows([{ rowNumber: 2, values: { ...full, leadId: '', stage: '', stageChangedAt: '', createdAt: '' } }], { lastAccepted: new Map(), existingIds: [] }, ctx);
        const history = [...r.history];
        let current = r.rows[0].row;
        let state: BatchState = { lastAccepted: r.lastAccepted, existingIds: [r.rows[0].leadId], idCounter: r.idCounter };
        const id = r.rows[0].leadId;
        for (const step of steps) {
          now += step.hours * 3_600_000;
          ctx = hygieneCtx({ now: new Date(now), settings: { enforcement } });
          const before = state.lastAccepted.get(id) ?? '';
          if (step.kind === 'audit') {
            const audit = checkAllRows([{ rowNumber: 2, values: current }], state, ctx);
            expect(audit.history).toEqual([]);
            expect(audit.rows[0].writes.stage).toBeUndefined();
            continue;
          }
          const edited: LeadRow = step.kind === 'stage' ? { ...current, stage: step.text } : { ...current, [step.key]: step.filled ? full[step.key] : '' };
          r = validateRows([{ rowNumber: 2, values: edited }], state, ctx);
          const keyOf = (v: unknown) => resolveStage(ctx.stages, v)?.key ?? normalizeName(v);
          const expected = step.kind === 'stage' && keyOf(step.text) !== keyOf(before) ? 1 : 0;
          expect(r.history).toHaveLength(expected);
          if (expected === 1) {
            const entry = r.history[0];
            expect(entry.fromStage).toBe(resolveStage(ctx.stages, before)?.name ?? before);
            expect(entry.timestamp.getTime()).toBe(now);
            if (enforcement === 'strict' && entry.result === 'rejected') expect(r.rows[0].row.stage).toBe(entry.fromStage);
            if (enforcement === 'soft') expect(entry.result).toBe('accepted');
          }
          history.push(...r.history);
          current = r.rows[0].row;
          state = { lastAccepted: r.lastAccepted, existingIds: [id], idCounter: r.idCounter };
        }
        for (let i = 1; i < history.length; i++) expect(history[i].timestamp.getTime()).toBeGreaterThanOrEqual(history[i - 1].timestamp.getTime());
        const accepted = history.filter((h) => h.result === 'accepted');
        for (let i = 1; i < accepted.length; i++) {
          expect(accepted[i].fromStage).toBe(accepted[i - 1].toStage);
          const days = Math.round(((accepted[i].timestamp.getTime() - accepted[i - 1].timestamp.getTime()) / 86_400_000) * 10) / 10;
          expect(accepted[i].daysInPreviousStage).toBe(days);
        }
      }),
      { numRuns: 200 },
    );
  });
});
