import { describe, expect, it } from 'vitest';
import { migrateWorkbook, type TabTable } from '../migrations.js';
import { migrationWrites } from './migration-writes.js';

describe('writing a migration back', () => {
  const seed004: TabTable = {
    header: ['id', 'lead_id', 'name', 'company_name', 'stage', 'fit_score'],
    rows: [[1, '', 'Anna', 'Schmidt GmbH', 'New Lead', 0.8], [2, '2', 'Bob', 'Lee Ltd', 'Contacted', 0.4]],
  };
  it('writes the changed headers and the filled column, and drops an id column that agrees', () => {
    const r = migrateWorkbook({ leads: seed004 }, 0, 'en');
    if (!r.ok) throw new Error(r.message);
    const w = migrationWrites(seed004, r.tables.leads!, r.kept.leads!);
    expect(w.header).toEqual([{ col: 1, text: 'Lead ID' }, { col: 2, text: 'Name' }, { col: 3, text: 'Company' }, { col: 4, text: 'Stage' }]);
    expect(w.columns).toEqual([{ col: 1, values: [1, '2'] }]);
    expect(w.drop).toEqual([0]);
  });
  it('keeps a disagreeing id column under a new name, deleting nothing', () => {
    const table: TabTable = { header: ['id', 'lead_id'], rows: [[1, 'L-1']] };
    const r = migrateWorkbook({ leads: table }, 0, 'en');
    if (!r.ok) throw new Error(r.message);
    const w = migrationWrites(table, r.tables.leads!, r.kept.leads!);
    expect(w.drop).toEqual([]);
    expect(w.header).toEqual([{ col: 0, text: 'id (before migration)' }, { col: 1, text: 'Lead ID' }]);
  });
});
