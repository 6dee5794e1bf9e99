import { describe, expect, it } from 'vitest';
import { leadsSheet, stageHistorySheet } from '../../../sheets-schema/index.js';
import { resolveHeaders } from '../headers.js';
import { tabLayout } from '../tab-layout.js';
import { expectedProtections, isOpsMindProtection, planProtections, protectionLayout } from './protections.js';

const env = { locale: 'en_US', timeZone: 'Europe/Berlin' };
const layout = tabLayout(leadsSheet, env);
const columns = resolveHeaders(leadsSheet, layout.columns.map((c) => c.header)).columns as Map<string, number>;

describe('protections of what OpsMind writes', () => {
  const wanted = expectedProtections(layout, columns, 1000, 'en', 'Leads');
  it('protects each run of derived columns, header included, with a warning only', () => {
    expect(wanted.map((w) => w.a1)).toEqual(['A1:A1000', 'Q1:Q1000', 'AF1:AL1000']);
    expect(wanted[0].description).toBe('OpsMind: Leads › Lead ID are written by OpsMind.');
  });
  it('protects Stage History as a whole tab', () => {
    const sh = tabLayout(stageHistorySheet, env);
    expect(expectedProtections(sh, new Map(), 1000, 'de', 'Phasenverlauf')).toEqual([{ a1: null, description: 'OpsMind: Der Tab Phasenverlauf wird von OpsMind geschrieben.' }]);
  });
  it('knows its own protections by their description', () => {
    expect(isOpsMindProtection(wanted[0].description)).toBe(true);
    expect(isOpsMindProtection('Finance only')).toBe(false);
  });
  it('keeps what is right, removes its stale ranges and adds the missing, never touching people’s protections', () => {
    const observed = [
      { a1: 'A1:A1000', description: wanted[0].description },
      { a1: null, description: 'Finance only' },
      { a1: 'R1:R1000', description: 'OpsMind: Leads › Lead Score are written by OpsMind.' },
      { a1: 'R1:R1000', description: 'OpsMind: Leads › BANT Score are written by OpsMind.' },
    ];
    // BANT Score moved from R to Q: its protection follows it; the one of a column no longer derived goes.
    expect(planProtections(observed, wanted)).toEqual({ remove: [2], move: [{ index: 3, a1: 'Q1:Q1000' }], add: wanted.slice(2) });
  });
  it('moves a protection whose columns grew to their new range instead of making a new one', () => {
    const grown = expectedProtections(layout, columns, 5000, 'en', 'Leads');
    const observed = wanted.map((w) => ({ a1: w.a1, description: w.description }));
    expect(planProtections(observed, grown)).toEqual({ remove: [], move: [{ index: 0, a1: 'A1:A5000' }, { index: 1, a1: 'Q1:Q5000' }, { index: 2, a1: 'AF1:AL5000' }], add: [] });
  });
  it('summarises where derived columns are, to notice a move without reading protections', () => {
    const moved = new Map(columns);
    moved.set('leadId', 40);
    expect(protectionLayout(layout, columns)).toBe('0-0,16-16,31-37');
    expect(protectionLayout(layout, moved)).not.toBe(protectionLayout(layout, columns));
  });
});
