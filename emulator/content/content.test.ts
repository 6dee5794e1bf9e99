import { describe, it, expect } from 'vitest';
import { makeCtx } from '../runtime/testing.js';
import { createContentService, contentType } from './index.js';

describe('ContentService', () => {
  it('a JSON response carries the JSON MIME type', () => {
    const ContentService = createContentService(makeCtx({}, { kind: 'webapp' }));
    const out = ContentService.createTextOutput(JSON.stringify({ ok: true })).setMimeType(ContentService.MimeType.JSON);
    expect(out.getMimeType()).toBe(ContentService.MimeType.JSON);
    expect(String(out.getMimeType())).toBe('JSON');
    expect(contentType(out.getMimeType())).toBe('application/json');
    expect(JSON.parse(out.getContent())).toEqual({ ok: true });
  });

  it('a new TextOutput is plain text, empty unless given content, and displayed rather than downloaded', () => {
    const ContentService = createContentService(makeCtx());
    const out = ContentService.createTextOutput();
    expect([out.getContent(), String(out.getMimeType()), out.getFileName()]).toEqual(['', 'TEXT', null]);
  });

  it('append, clear and setContent edit the served text', () => {
    const ContentService = createContentService(makeCtx());
    const out = ContentService.createTextOutput('a').append('b');
    expect(out.getContent()).toBe('ab');
    expect(out.clear().getContent()).toBe('');
    expect(out.setContent('c').getContent()).toBe('c');
  });

  it('downloadAsFile names the download', () => {
    const ContentService = createContentService(makeCtx());
    const out = ContentService.createTextOutput('a,b').setMimeType(ContentService.MimeType.CSV).downloadAsFile('leads.csv');
    expect([out.getFileName(), contentType(out.getMimeType())]).toEqual(['leads.csv', 'text/csv']);
  });

  it('only ContentService.MimeType values are accepted', () => {
    const ContentService = createContentService(makeCtx());
    const out = ContentService.createTextOutput('x');
    expect(() => out.setMimeType('application/json' as unknown as GoogleAppsScript.Content.MimeType)).toThrow(/Invalid argument: mimeType/);
  });

  it('works in AuthMode.NONE without a round trip', () => {
    const ctx = makeCtx({}, { authMode: 'NONE', kind: 'simple' });
    const t0 = ctx.world.clock.now();
    createContentService(ctx).createTextOutput('x').getContent();
    expect(ctx.world.clock.now()).toBe(t0);
    expect(ctx.exec.calls.get('ContentService.createTextOutput')).toBe(1);
  });
});
