import { describe, expect, it } from 'vitest';
import { utf8Bytes } from '../../core/routines/ledger-codec.js';
import { decodeOutbox, encodeOutbox, tailSize, unwrittenEntries, type Outbox } from './log-outbox.js';

const cols = new Map([['timestamp', 0], ['job', 1], ['key', 2], ['result', 3], ['detail', 4]]);
const entry = (key: string, result = 'sent') => ({ job: 'email', key, result, detail: 'x' });
const outbox: Outbox = { at: 1, count: 2, entries: [entry('digest:a@b.de:2026-11-16'), entry('budgetAlert:OpenAI:alert:2026-11')] };

describe('the Log outbox', () => {
  it('finds a run’s rows missing when its first row is not among the Log’s last rows', () => {
    expect(unwrittenEntries(outbox, [[new Date(), 'dailyDigest', 'dailyDigest:2026-11-16', 'done', '']], cols)).toEqual(outbox.entries);
  });

  it('finds nothing missing when the rows reached the Log (one setValues writes all or none)', () => {
    const tail = outbox.entries.map((e) => [new Date(), e.job, e.key, e.result, e.detail]);
    expect(unwrittenEntries(outbox, tail, cols)).toEqual([]);
    expect(unwrittenEntries(null, [], cols)).toEqual([]);
    expect(tailSize(outbox)).toBeGreaterThanOrEqual(2);
  });

  it('fits one property value (9 KB): many rows are summarised, the first kept exact', () => {
    const many: Outbox = { at: 1, count: 1001, entries: [entry('first:2026-11-16'), ...Array.from({ length: 1000 }, (_, i) => entry(`digest:o${i}@agency.de:2026-11-16`))] };
    const text = encodeOutbox(many);
    expect(utf8Bytes(text)).toBeLessThanOrEqual(9 * 1024);
    const back = decodeOutbox(text)!;
    expect(back.entries[0]).toEqual(many.entries[0]);
    expect(back.count).toBe(1001);
    expect(back.entries[1].detail).toBe('1000 × sent');
  });

  it('reads a missing or damaged value as no outbox', () => {
    expect(decodeOutbox(undefined)).toBeNull();
    expect(decodeOutbox('not json')).toBeNull();
    expect(decodeOutbox(encodeOutbox(outbox))).toEqual(outbox);
  });
});
