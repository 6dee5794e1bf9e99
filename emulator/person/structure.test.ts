import { describe, expect, it } from 'vitest';
import { newSheetModel } from '../spreadsheet/model.js';
import { moveColumn, movedIndex } from './structure.js';

describe('moving a column', () => {
  it('maps indexes like dragging a column header', () => {
    expect([0, 1, 2, 3, 4].map((c) => movedIndex(c, 4, 1))).toEqual([0, 2, 3, 4, 1]);
    expect([0, 1, 2, 3, 4].map((c) => movedIndex(c, 1, 4))).toEqual([0, 4, 1, 2, 3]);
  });

  it('carries values, notes and single-column rules with the column', () => {
    const s = newSheetModel(1, 'Leads', 0);
    ['A', 'B', 'C', 'D', 'E'].forEach((h, c) => s.values.set(0, c, h));
    s.values.set(1, 4, 'Contacted');
    s.notes.set(1, 4, 'why');
    s.conditionalFormats.push({ ranges: [{ sheetId: 1, r1: 1, c1: 4, r2: 9, c2: 4 }], condition: { type: 'CELL_EMPTY', values: [] }, format: {} });
    moveColumn(s, 4, 1);
    expect([0, 1, 2, 3, 4].map((c) => s.values.get(0, c))).toEqual(['A', 'E', 'B', 'C', 'D']);
    expect(s.values.get(1, 1)).toBe('Contacted');
    expect(s.notes.get(1, 1)).toBe('why');
    expect(s.notes.get(1, 4)).toBeUndefined();
    expect(s.conditionalFormats[0].ranges[0].c1).toBe(1);
  });
});
