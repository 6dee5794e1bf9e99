import { describe, it, expect } from 'vitest';
import { makeCtx } from '../runtime/testing.js';
import { createSpreadsheetModel } from './spreadsheet-store.js';
import { createSpreadsheetApp } from './spreadsheet-app.fake.js';

function setup() {
  const ctx = makeCtx({ now: '2026-11-16T08:00:00Z' });
  const model = createSpreadsheetModel(ctx.world, { name: 'CRM' });
  const ss = createSpreadsheetApp(ctx).getActiveSpreadsheet();
  return { ctx, model, ss };
}

describe('Spreadsheet sheets', () => {
  it('inserts a sheet after the active one and makes it active; default names count up', () => {
    const { ss } = setup();
    ss.insertSheet('Leads');
    ss.setActiveSheet(ss.getSheetByName('Sheet1')!);
    const fresh = ss.insertSheet();
    expect(fresh.getName()).toBe('Sheet3');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Sheet3', 'Leads']);
    expect(ss.getActiveSheet().getName()).toBe('Sheet3');
    ss.insertSheet('First', 0);
    expect(ss.getSheets().map((s) => s.getIndex())).toEqual([1, 2, 3, 4]);
    expect(ss.getSheets()[0].getName()).toBe('First');
  });

  it('refuses a duplicate sheet name', () => {
    const { ss } = setup();
    expect(() => ss.insertSheet('Sheet1')).toThrow('A sheet with the name "Sheet1" already exists. Please enter another name.');
  });

  it('cannot delete the last sheet', () => {
    const { ss } = setup();
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
    const leads = ss.insertSheet('Leads');
    ss.deleteSheet(leads);
    expect(ss.getSheetByName('Leads')).toBeNull();
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
  });

  it('finds a range by A1 with a quoted sheet name', () => {
    const { ss } = setup();
    ss.insertSheet("Anna's Leads").getRange('B2').setValue('hi');
    const r = ss.getRange("'Anna''s Leads'!B2");
    expect(r.getValue()).toBe('hi');
    expect(r.getSheet().getName()).toBe("Anna's Leads");
  });
});

describe('Spreadsheet settings and toasts', () => {
  it('has its own locale and time zone', () => {
    const { ss } = setup();
    ss.setSpreadsheetLocale('de_DE');
    ss.setSpreadsheetTimeZone('America/New_York');
    expect([ss.getSpreadsheetLocale(), ss.getSpreadsheetTimeZone()]).toEqual(['de_DE', 'America/New_York']);
    ss.getRange('A1').setValue(1.5);
    expect(ss.getRange('A1').getDisplayValue()).toBe('1,5');
  });

  it('records a toast with the clock time, 5 seconds by default', () => {
    const { ctx, ss } = setup();
    ss.toast('Saved');
    ss.toast('Done', 'OpsMind', -1);
    expect(ctx.world.ui.toasts[0]).toMatchObject({ message: 'Saved', title: '', timeoutSeconds: 5 });
    expect(ctx.world.ui.toasts[1]).toMatchObject({ message: 'Done', title: 'OpsMind', timeoutSeconds: -1 });
    expect(Date.parse(ctx.world.ui.toasts[0].at)).toBeGreaterThanOrEqual(Date.parse('2026-11-16T08:00:00Z'));
  });
});

describe('named ranges', () => {
  it('sets, finds, follows inserted rows, and removes a named range', () => {
    const { ss } = setup();
    const sheet = ss.getActiveSheet();
    ss.setNamedRange('Stages', sheet.getRange('F2:F6'));
    expect(ss.getRangeByName('Stages')!.getA1Notation()).toBe('F2:F6');
    sheet.insertRowsBefore(1, 1);
    expect(ss.getRangeByName('Stages')!.getA1Notation()).toBe('F3:F7');
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['Stages']);
    ss.removeNamedRange('Stages');
    expect(ss.getRangeByName('Stages')).toBeNull();
  });

  it('refuses names that Sheets does not allow', () => {
    const { ss } = setup();
    const r = ss.getRange('A1');
    for (const bad of ['1st', 'A1', 'true_total', 'has space', 'R1C1']) expect(() => ss.setNamedRange(bad, r)).toThrow('is not a valid name');
    ss.setNamedRange('_total_2', r);
  });
});
