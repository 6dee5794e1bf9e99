import { describe, expect, it } from 'vitest';
import { logRows, taskRows } from './writes.js';

describe('rows the tick writes', () => {
  it('writes a new task at the Tasks columns, its key as Task ID, labels in the sheet’s language, due at midnight in the sheet’s zone', () => {
    const columns = new Map([['title', 0], ['taskId', 2], ['dueDate', 3], ['status', 4], ['type', 5], ['source', 6], ['owner', 7], ['relatedId', 8], ['createdAt', 9]]);
    const now = Date.parse('2026-11-18T07:00:00Z');
    const [row] = taskRows([{ key: 'fu:L-2:d2', relatedId: 'L-2', title: 'Follow-up 1/5', type: 'followUp', dueDate: '2026-11-18', owner: 'ana@agency.de', source: 'sequence' }], { columns, width: 11, lang: 'de', timeZone: 'Europe/Berlin', now });
    expect(row).toEqual(['Follow-up 1/5', '', 'fu:L-2:d2', new Date('2026-11-17T23:00:00Z'), 'Offen', 'Nachfassen', 'Sequenz', 'ana@agency.de', 'L-2', new Date(now), '']);
  });

  it('writes Log rows at the Log columns as Set up recorded them', () => {
    const rows = logRows([{ job: 'email', key: 'k:2026-11-16', result: 'sent', detail: 'd' }], new Map([['timestamp', 0], ['job', 1], ['key', 2], ['result', 3], ['detail', 4]]), 5, 0);
    expect(rows).toEqual([[new Date(0), 'email', 'k:2026-11-16', 'sent', 'd']]);
  });
});
