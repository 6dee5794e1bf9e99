import { describe, it, expect } from 'vitest';
import { makeCtx, newExecution } from '../runtime/testing.js';
import { createPropertiesService, PropertyErrors } from './index.js';

const withDoc = () => {
  const ctx = makeCtx();
  ctx.world.activeSpreadsheetId = 'ss-1';
  return ctx;
};

describe('PropertiesService (https://developers.google.com/apps-script/guides/properties)', () => {
  it('stores every value as a string', () => {
    const props = createPropertiesService(withDoc()).getScriptProperties();
    props.setProperty('count', 42 as unknown as string).setProperty('flag', true as unknown as string);
    expect(props.getProperty('count')).toBe('42');
    expect(props.getProperties()).toEqual({ count: '42', flag: 'true' });
    expect(props.getProperty('missing')).toBeNull();
  });

  it('keeps script, document and per-user stores apart', () => {
    const ctx = withDoc();
    const ps = createPropertiesService(ctx);
    ps.getScriptProperties().setProperty('k', 'script');
    ps.getDocumentProperties().setProperty('k', 'doc');
    ps.getUserProperties().setProperty('k', 'owner');
    const other = createPropertiesService({ world: ctx.world, exec: newExecution(ctx.world, { user: 'rep@example.com' }) });
    expect(other.getUserProperties().getProperty('k')).toBeNull();
    expect(other.getDocumentProperties().getProperty('k')).toBe('doc');
    expect(other.getScriptProperties().getProperty('k')).toBe('script');
  });

  it('getDocumentProperties returns null when no document is open', () => {
    expect(createPropertiesService(makeCtx()).getDocumentProperties()).toBeNull();
  });

  it('setProperties merges, or replaces everything with deleteAllOthers; getProperties is a copy', () => {
    const props = createPropertiesService(withDoc()).getUserProperties();
    props.setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' });
    expect(props.getKeys().sort()).toEqual(['a', 'b', 'c']);
    props.setProperties({ z: '9' }, true);
    expect(props.getKeys()).toEqual(['z']);
    const copy = props.getProperties();
    copy.z = 'changed';
    expect(props.getProperty('z')).toBe('9');
    props.deleteProperty('z');
    props.setProperty('y', '1').deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('refuses a value over 9 KB (https://developers.google.com/apps-script/guides/services/quotas#current_limitations)', () => {
    const props = createPropertiesService(withDoc()).getScriptProperties();
    props.setProperty('ok', 'x'.repeat(9 * 1024));
    expect(() => props.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(PropertyErrors.valueTooLarge);
    expect(() => props.setProperty('umlauts', 'ü'.repeat(4700))).toThrow(PropertyErrors.valueTooLarge);
    expect(props.getProperty('big')).toBeNull();
  });

  it('refuses to grow a store past 500 KB with the platform message, changing nothing', () => {
    const props = createPropertiesService(withDoc()).getScriptProperties();
    for (let i = 0; i < 56; i++) props.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => props.setProperty('k56', 'x'.repeat(9000))).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(() => props.setProperties({ a: 'x'.repeat(9000), b: 'y'.repeat(9000) })).toThrow(PropertyErrors.storeFull);
    expect(props.getKeys()).toHaveLength(56);
  });

  it('is not available in AuthMode.NONE (https://developers.google.com/apps-script/reference/script/auth-mode)', () => {
    const ctx = makeCtx({}, { kind: 'simple', authMode: 'NONE' });
    expect(() => createPropertiesService(ctx).getDocumentProperties()).toThrow(/You do not have permission/);
    const limited = makeCtx({}, { kind: 'simple', authMode: 'LIMITED' });
    expect(() => createPropertiesService(limited).getScriptProperties().setProperty('a', 'b')).not.toThrow();
  });

  it('meters reads and writes with the properties latency classes', () => {
    const ctx = withDoc();
    const props = createPropertiesService(ctx).getScriptProperties();
    const t0 = ctx.world.clock.now();
    props.setProperty('a', '1');
    props.getProperty('a');
    expect(ctx.world.clock.now() - t0).toBe(62 + 30);
    expect(ctx.exec.calls.get('Properties.getProperty')).toBe(1);
  });
});
