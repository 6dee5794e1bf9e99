import { describe, it, expect } from 'vitest';
import { makeCtx, newExecution } from '../runtime/testing.js';
import type { ProtectionModel } from './model.js';
import { createSpreadsheetModel } from './spreadsheet-store.js';
import { editBlockedBy, protectionHandle, PROTECTED_EDIT_MESSAGE } from './protection.fake.js';

function setup(warningOnly = false) {
  const ctx = makeCtx({ user: 'owner@example.com' });
  const ss = createSpreadsheetModel(ctx.world, { name: 'Book' });
  const sheet = ss.sheets[0];
  const model: ProtectionModel = { kind: 'RANGE', range: { sheetId: sheet.id, r1: 0, c1: 0, r2: 0, c2: 9 }, description: '', warningOnly, editors: ['owner@example.com'] };
  sheet.protections.push(model);
  return { ctx, ss, sheet, model, p: protectionHandle(ctx, ss, sheet, model) };
}

describe('Protection', () => {
  it('writes description, warning-only and editors through to the model', () => {
    const { p, model } = setup();
    p.setDescription('Header row').setWarningOnly(true).addEditor('ana@example.com').addEditors(['bo@example.com', 'ana@example.com']);
    expect(model).toMatchObject({ description: 'Header row', warningOnly: true, editors: ['owner@example.com', 'ana@example.com', 'bo@example.com'] });
    expect(p.getDescription()).toBe('Header row');
    expect(p.isWarningOnly()).toBe(true);
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['owner@example.com', 'ana@example.com', 'bo@example.com']);
  });

  it('the spreadsheet owner stays an editor when editors are removed', () => {
    const { p } = setup();
    p.addEditor('ana@example.com');
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual(['owner@example.com']);
  });

  it('canEdit: the owner and listed editors can edit; anyone can edit a warning-only protection', () => {
    const strict = setup();
    expect(strict.p.canEdit()).toBe(true);
    const other = { ...strict.ctx, exec: newExecution(strict.ctx.world, { user: 'eve@example.com' }) };
    expect(protectionHandle(other, strict.ss, strict.sheet, strict.model).canEdit()).toBe(false);
    const warn = setup(true);
    const otherWarn = { ...warn.ctx, exec: newExecution(warn.ctx.world, { user: 'eve@example.com' }) };
    expect(protectionHandle(otherWarn, warn.ss, warn.sheet, warn.model).canEdit()).toBe(true);
  });

  it('a warning-only protection never blocks an edit; a strict one blocks users who are not editors', () => {
    const { ss, sheet, model } = setup();
    const header = { sheetId: sheet.id, r1: 0, c1: 2, r2: 0, c2: 2 };
    const body = { sheetId: sheet.id, r1: 5, c1: 2, r2: 5, c2: 2 };
    expect(editBlockedBy(ss, sheet, header, 'eve@example.com')).toBe(model);
    expect(editBlockedBy(ss, sheet, body, 'eve@example.com')).toBeNull();
    expect(editBlockedBy(ss, sheet, header, 'owner@example.com')).toBeNull();
    model.warningOnly = true;
    expect(editBlockedBy(ss, sheet, header, 'eve@example.com')).toBeNull();
    expect(PROTECTED_EDIT_MESSAGE).toMatch(/^You are trying to edit a protected cell or object/);
  });

  it('getRange / getProtectionType describe what is protected; remove() deletes the protection', () => {
    const { p, sheet } = setup();
    expect(String(p.getProtectionType())).toBe('RANGE');
    expect(p.getRange().getA1Notation()).toBe('A1:J1');
    p.remove();
    expect(sheet.protections).toEqual([]);
  });

  it('changing a protection is a metered structural call; reading is metadata', () => {
    const { ctx, p } = setup();
    p.setDescription('x');
    p.getDescription();
    expect(ctx.exec.calls.get('Protection.setDescription')).toBe(1);
    expect(ctx.exec.projectedMs).toBeGreaterThanOrEqual(105);
  });
});
