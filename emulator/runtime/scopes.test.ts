import { describe, expect, it } from 'vitest';
import { Clock } from './clock.js';
import { Execution } from './execution.js';
import { Faults } from './faults.js';
import { missingScope } from './scopes.js';

const S = (s: string): string => `https://www.googleapis.com/auth/${s}`;

describe('explicit OAuth scopes', () => {
  it('let a call through when one of its scopes is declared', () => {
    expect(missingScope('Range.getValues', new Set([S('spreadsheets.currentonly')]))).toBeNull();
    expect(missingScope('MailApp.sendEmail', new Set([S('script.send_mail')]))).toBeNull();
    expect(missingScope('File.makeCopy', new Set([S('drive.file')]))).toBeNull();
    expect(missingScope('Utilities.formatDate', new Set())).toBeNull();
  });

  it('name the scope a call lacks', () => {
    expect(missingScope('SpreadsheetApp.openById', new Set([S('spreadsheets.currentonly')]))).toBe(S('spreadsheets'));
    expect(missingScope('DocumentApp.create', new Set([S('drive.file')]))).toBe(S('documents'));
  });

  // https://developers.google.com/apps-script/concepts/scopes#setting_explicit_scopes
  it('make an execution fail with the platform message when the manifest does not declare the scope', () => {
    const exec = new Execution(1, 'f', 'direct', 'FULL', 'a@example.com', new Clock(0), new Faults(), new Set([S('spreadsheets.currentonly')]));
    expect(() => exec.call('MailApp.sendEmail', { latency: 'mail', access: 'full' })).toThrow(
      'You do not have permission to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail',
    );
    expect(() => exec.call('Range.getValues', { latency: 'read' })).not.toThrow();
  });
});
