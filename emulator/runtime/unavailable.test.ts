import { describe, expect, it } from 'vitest';
import { makeCtx } from './testing.js';
import { unavailableService } from './unavailable.js';

describe('services the emulator does not fake', () => {
  it('fail with "not implemented in emulator" once authorized', () => {
    const ctx = makeCtx();
    const fetchApp = unavailableService(ctx, 'UrlFetchApp') as { fetch: (u: string) => unknown };
    expect(() => fetchApp.fetch('https://example.com')).toThrow('not implemented in emulator: UrlFetchApp.fetch');
    expect(ctx.exec.calls.get('UrlFetchApp.fetch')).toBe(1);
  });

  it('need authorization first, like the real service', () => {
    const ctx = makeCtx({}, { kind: 'simple', authMode: 'LIMITED' });
    const gmail = unavailableService(ctx, 'GmailApp') as { sendEmail: () => unknown };
    expect(() => gmail.sendEmail()).toThrow(/You do not have permission to call GmailApp.sendEmail. Required permissions: https:\/\/mail.google.com\//);
  });
});
