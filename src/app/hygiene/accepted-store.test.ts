// The last-accepted-stage memory: one character per standard Lead ID, hand-given IDs in a small map, values under 9 KB.
import { describe, expect, it } from 'vitest';
import { AcceptedStore, ACCEPTED_PREFIX, COUNTER_KEY, NOTED_KEY, OTHER_KEY, SHARD_SIZE } from './accepted-store.js';

function roundTrip(store: AcceptedStore, props: Record<string, string> = {}): AcceptedStore {
  return new AcceptedStore({ ...props, ...store.changes() });
}

describe('AcceptedStore', () => {
  it('remembers stages by Lead ID across executions', () => {
    const a = new AcceptedStore({});
    a.set('L-000001', 'contacted');
    a.set('L-000123', 'offerSent');
    const b = roundTrip(a);
    expect(b.get('L-000001')).toBe('contacted');
    expect(b.get('L-000123')).toBe('offerSent');
    expect(b.get('L-000002')).toBeUndefined();
  });

  it('spreads 100,000 leads over shards that each stay below the 9 KB per value limit', () => {
    const a = new AcceptedStore({});
    for (let n = 1; n <= 100_000; n++) a.set(`L-${String(n).padStart(6, '0')}`, n % 2 ? 'newLead' : 'contacted');
    const changes = a.changes();
    expect(Object.values(changes).every((v) => new TextEncoder().encode(v).length <= 9 * 1024)).toBe(true);
    expect(Object.values(changes).reduce((s, v) => s + v.length, 0)).toBeLessThan(110_000);
    const b = new AcceptedStore(changes);
    expect(b.get('L-099999')).toBe('newLead');
    expect(b.get(`L-${String(SHARD_SIZE * 3).padStart(6, '0')}`)).toBe('contacted');
  });

  it('carries a renamed stage to every lead remembered in it, writing only the code table and the small map', () => {
    const a = new AcceptedStore({});
    for (let n = 1; n <= 20_000; n++) a.set(`L-${String(n).padStart(6, '0')}`, n % 2 ? 'newLead' : 'contacted');
    a.set('MY-7', 'newLead');
    const b = new AcceptedStore(a.changes());
    b.renameStage('newLead', 'freshlead');
    expect(Object.keys(b.changes()).sort()).toEqual([`${ACCEPTED_PREFIX}codes`, OTHER_KEY].sort());
    const c = roundTrip(b, a.changes());
    expect([c.get('L-000001'), c.get('L-019999'), c.get('MY-7'), c.get('L-000002')]).toEqual(['freshlead', 'freshlead', 'freshlead', 'contacted']);
    c.renameStage('nothing', 'else');
    expect(c.changes()).toEqual({});
  });

  it('writes back only the shard a batch changed', () => {
    const a = new AcceptedStore({});
    a.set('L-000001', 'contacted');
    const b = new AcceptedStore(a.changes());
    b.set('L-000002', 'contacted');
    expect(Object.keys(b.changes())).toEqual([`${ACCEPTED_PREFIX}0`]);
    expect(b.changes()).not.toHaveProperty(COUNTER_KEY);
  });

  it('keeps IDs a person gave by hand, and Soft texts, in the small map', () => {
    const a = new AcceptedStore({});
    a.set('ACME-7', 'Maybe later');
    const b = roundTrip(a);
    expect(b.get('ACME-7')).toBe('Maybe later');
    expect(a.changes()).toHaveProperty(OTHER_KEY);
  });

  it('remembers a standard ID’s stage in the small map once the code table is full', () => {
    const a = new AcceptedStore({});
    for (let i = 0; i < 94; i++) a.set(`L-${String(i + 1).padStart(6, '0')}`, `Text ${i}`);
    a.set('L-000500', 'Maybe later');
    expect(a.get('L-000500')).toBe('Maybe later');
    expect(roundTrip(a).get('L-000500')).toBe('Maybe later');
  });

  it('remembers which Stage cells carry a rejection note', () => {
    const a = new AcceptedStore({});
    a.setNoted('L-000004', true);
    const b = roundTrip(a);
    expect(b.hasNote('L-000004')).toBe(true);
    b.setNoted('L-000004', false);
    expect(JSON.parse(b.changes()[NOTED_KEY])).toEqual([]);
  });
});
