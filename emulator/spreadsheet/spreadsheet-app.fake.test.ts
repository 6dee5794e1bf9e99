import { describe, it, expect } from 'vitest';
import { makeCtx, newExecution } from '../runtime/testing.js';
import { createSpreadsheetModel } from './spreadsheet-store.js';
import { createSpreadsheetApp } from './spreadsheet-app.fake.js';

describe('SpreadsheetApp', () => {
  it('has no active spreadsheet when the script is not bound to one', () => {
    const ctx = makeCtx();
    expect(createSpreadsheetApp(ctx).getActiveSpreadsheet()).toBeNull();
  });

  it('needs at least LIMITED authorization for the current document', () => {
    const ctx = makeCtx();
    createSpreadsheetModel(ctx.world, { name: 'CRM' });
    ctx.exec = newExecution(ctx.world, { authMode: 'NONE', kind: 'simple' });
    expect(() => createSpreadsheetApp(ctx).getActiveSpreadsheet()).toThrow('You do not have permission to call SpreadsheetApp.getActiveSpreadsheet');
    ctx.exec = newExecution(ctx.world, { authMode: 'LIMITED', kind: 'simple' });
    expect(createSpreadsheetApp(ctx).getActiveSpreadsheet().getName()).toBe('CRM');
  });

  it('opening another spreadsheet by id needs full authorization; an unknown id fails', () => {
    const ctx = makeCtx();
    createSpreadsheetModel(ctx.world, { name: 'CRM' });
    const other = createSpreadsheetModel(ctx.world, { name: 'Archive' });
    ctx.exec = newExecution(ctx.world, { authMode: 'LIMITED', kind: 'simple' });
    expect(() => createSpreadsheetApp(ctx).openById(other.id)).toThrow('You do not have permission to call SpreadsheetApp.openById');
    ctx.exec = newExecution(ctx.world, { authMode: 'FULL' });
    const app = createSpreadsheetApp(ctx);
    expect(app.openById(other.id).getName()).toBe('Archive');
    expect(() => app.openById('nope')).toThrow('Unexpected error while getting the method or property openById on object SpreadsheetApp.');
  });

  it('calls on a spreadsheet opened by id need full authorization too', () => {
    const ctx = makeCtx();
    createSpreadsheetModel(ctx.world, { name: 'CRM' });
    const other = createSpreadsheetModel(ctx.world, { name: 'Archive' });
    const sheet = createSpreadsheetApp(ctx).openById(other.id).getSheets()[0];
    ctx.exec = newExecution(ctx.world, { authMode: 'LIMITED', kind: 'simple' });
    expect(() => sheet.getRange('A1')).toThrow('You do not have permission');
  });

  it('create makes a new spreadsheet in Drive without changing the active one', () => {
    const ctx = makeCtx();
    const active = createSpreadsheetModel(ctx.world, { name: 'CRM' });
    const made = createSpreadsheetApp(ctx).create('Report', 50, 5);
    expect(ctx.world.activeSpreadsheetId).toBe(active.id);
    expect(made.getSheets()[0].getMaxRows()).toBe(50);
    expect(ctx.world.drive.items.get(made.getId())?.mimeType).toBe('application/vnd.google-apps.spreadsheet');
  });

  it('getUi works from a menu click but not from a time-driven trigger', () => {
    const ctx = makeCtx();
    createSpreadsheetModel(ctx.world, { name: 'CRM' });
    ctx.exec = newExecution(ctx.world, { kind: 'menu' });
    expect(typeof createSpreadsheetApp(ctx).getUi().alert).toBe('function');
    ctx.exec = newExecution(ctx.world, { kind: 'time' });
    expect(() => createSpreadsheetApp(ctx).getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });

  it('enum members are their names', () => {
    const app = createSpreadsheetApp(makeCtx());
    expect(String(app.ProtectionType.SHEET)).toBe('SHEET');
    expect(String(app.DataValidationCriteria.VALUE_IN_LIST)).toBe('VALUE_IN_LIST');
    expect(app.Dimension.ROWS).not.toBe(app.Dimension.COLUMNS);
  });

  it('flush is one metered round trip; builders are local', () => {
    const ctx = makeCtx();
    createSpreadsheetModel(ctx.world, { name: 'CRM' });
    const app = createSpreadsheetApp(ctx);
    const t0 = ctx.world.clock.now();
    app.flush();
    expect(ctx.world.clock.now() - t0).toBe(610);
    app.newDataValidation();
    expect(ctx.exec.localCalls).toBe(1);
  });

  it('a range taken into a rule or a protection costs the script only its own calls, not the platform reading it', () => {
    const ctx = makeCtx();
    createSpreadsheetModel(ctx.world, { name: 'CRM' });
    const sheet = createSpreadsheetApp(ctx).getActive().getSheets()[0];
    const range = sheet.getRange('A2:B9');
    const before = ctx.exec.totalCalls();
    createSpreadsheetApp(ctx).newConditionalFormatRule().whenCellEmpty().setBackground('#fff').setRanges([range]).build();
    createSpreadsheetApp(ctx).newDataValidation().requireValueInRange(range).build();
    expect(ctx.exec.totalCalls()).toBe(before);
    expect(ctx.exec.calls.get('Sheet.getSheetId')).toBeUndefined();
    expect(ctx.exec.calls.get('Range.getRow')).toBeUndefined();
  });
});
