import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadsSheet, schemaVersion } from '../../sheets-schema/index.js';
import { resolveHeaders } from './headers.js';
import { migrateWorkbook, migrations, pendingMigrations, type TabTable } from './migrations.js';

// Seed 004: a leads table with an integer `id` beside a text `lead_id`, snake_case headers, extra columns.
const seed004: TabTable = {
  header: ['id', 'lead_id', 'name', 'company', 'email', 'stage', 'last_contact_date', 'fit_score', 'priority', 'next_action'],
  rows: [
    [1, '', 'Anna Schmidt', 'Schmidt GmbH', 'anna@schmidt.de', 'New Lead', '2025-06-20', 0.8, 'high', 'Call Monday'],
    [2, 'L-0002', 'Bob Lee', 'Lee Ltd', 'bob@lee.co.uk', 'Contacted', '2025-06-21', 0.4, 'low', ''],
    [3, '3', 'Chris Wu', 'Wu AG', 'chris@wu.ch', 'Response', '', '', '', ''],
    ['', 'L-0004', 'Dana Roth', 'Roth KG', 'dana@roth.de', 'New Lead', '', '', '', ''],
  ],
};

function migrateLeads(table: TabTable, lang: 'en' | 'de' = 'en') {
  const r = migrateWorkbook({ leads: table }, 0, lang);
  if (!r.ok) throw new Error(r.message);
  return { ...r, table: r.tables.leads! };
}

describe('migration 1: seed 004 id vs lead_id', () => {
  it('fills lead_id from id where empty and renames snake_case headers to the canonical ones', () => {
    const { table } = migrateLeads(seed004);
    expect(table.header.slice(0, 7)).toEqual(['id (before migration)', 'Lead ID', 'Name', 'Company', 'Email', 'Stage', 'Last Contact Date']);
    expect(table.rows.map((r) => r[1])).toEqual([1, 'L-0002', '3', 'L-0004']);
  });
  it('keeps a conflicting id in a preserved column and says which row disagrees', () => {
    const { table, conflicts, notes } = migrateLeads(seed004);
    expect(table.rows.map((r) => r[0])).toEqual([1, 2, 3, '']);
    expect(conflicts).toEqual([{ tab: 'leads', row: 3, column: 'Lead ID', value: 'L-0002', legacy: 2, preserved: 'id (before migration)' }]);
    expect(notes).toContain('Row 3: “Lead ID” is “L-0002” but “id” was “2”; the old value is kept in “id (before migration)”.');
  });
  it('removes the id column when every value already agrees with lead_id', () => {
    const agreeing: TabTable = { header: ['id', 'lead_id', 'name'], rows: [[7, '', 'A'], [8, '8', 'B']] };
    const { table, notes } = migrateLeads(agreeing);
    expect(table).toEqual({ header: ['Lead ID', 'Name'], rows: [[7, 'A'], ['8', 'B']] });
    expect(notes).toContain('Tab “Leads”: column “id” merged into “Lead ID” (no conflicting values) and removed.');
  });
  it('renames a lone id column to Lead ID', () => {
    const { table } = migrateLeads({ header: ['id', 'name', 'stage'], rows: [[1, 'A', 'New Lead']] });
    expect(table.header).toEqual(['Lead ID', 'Name', 'Stage']);
  });
  it('keeps columns people added, with their values, where they were', () => {
    const { table } = migrateLeads(seed004);
    expect(table.header.slice(7)).toEqual(['fit_score', 'priority', 'Next Step']);
    expect(table.rows[0].slice(7)).toEqual([0.8, 'high', 'Call Monday']);
  });
  it('uses German headers for a German sheet', () => {
    const { table } = migrateLeads(seed004, 'de');
    expect(table.header.slice(0, 4)).toEqual(['id (vor Migration)', 'Lead-ID', 'Name', 'Firma']);
  });
  it('leaves a sheet that resolves cleanly afterwards', () => {
    const { table } = migrateLeads(seed004);
    const r = resolveHeaders(leadsSheet, table.header);
    expect(r.duplicates).toEqual([]);
    expect(r.columns.get('leadId')).toBe(1);
  });
  it('changes nothing on a second run', () => {
    const once = migrateLeads(seed004).table;
    const again = migrations[0].up(leadsSheet, once, 'en');
    expect(again.table).toEqual(once);
    expect(again.notes).toEqual([]);
  });
});

describe('the migration plan', () => {
  it('is forward only: versions ascend to the current schema version', () => {
    expect(migrations.map((m) => m.version)).toEqual([...migrations.map((m) => m.version)].sort((a, b) => a - b));
    expect(migrations.at(-1)!.version).toBe(schemaVersion);
    expect(pendingMigrations(0).map((m) => m.version)).toEqual([1]);
    expect(pendingMigrations(schemaVersion)).toEqual([]);
  });
  it('leaves a workbook from a newer OpsMind untouched, with a message', () => {
    const r = migrateWorkbook({ leads: seed004 }, schemaVersion + 1, 'en');
    expect(r).toEqual({ ok: false, message: expect.stringContaining('newer OpsMind') });
  });
  it('does nothing to a workbook already at the current version', () => {
    const r = migrateWorkbook({ leads: seed004 }, schemaVersion, 'en');
    expect(r.ok && r.tables.leads).toBe(seed004);
  });
});

describe('migration 1 on any table', () => {
  const headers = fc.constantFrom('id', 'lead_id', 'Lead ID', 'Lead-ID', 'name', 'Name', 'email', 'E-Mail', 'My Notes', 'next_action', 'Next Step', '');
  const cell = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 5 }), fc.constantFrom('a', 'b', 'L-1'));
  const table = fc.integer({ min: 1, max: 6 }).chain((width) =>
    fc.record({ header: fc.array(headers, { minLength: width, maxLength: width }), rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }) }),
  );

  it('loses no value, keeps every row, resolves without duplicates and is idempotent', () => {
    fc.assert(
      fc.property(table, (input) => {
        const out = migrateLeads(input).table;
        expect(out.rows).toHaveLength(input.rows.length);
        input.rows.forEach((row, i) => {
          for (const v of row) if (v !== '') expect(out.rows[i]).toContain(v);
        });
        expect(resolveHeaders(leadsSheet, out.header).duplicates).toEqual([]);
        expect(migrations[0].up(leadsSheet, out, 'en').table).toEqual(out);
      }),
      { numRuns: 300 },
    );
  });
});
