// Properties: one string key-value store (script, document or user) with the platform's size limits.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { PlatformError } from '../runtime/errors.js';

type P = GoogleAppsScript.Properties.Properties;
type Members =
  | 'getProperty'
  | 'getProperties'
  | 'getKeys'
  | 'setProperty'
  | 'setProperties'
  | 'deleteProperty'
  | 'deleteAllProperties';

// https://developers.google.com/apps-script/guides/services/quotas#current_limitations — "Properties value size: 9 KB / val".
export const PROPERTY_VALUE_MAX_BYTES = 9 * 1024;
// https://developers.google.com/apps-script/guides/services/quotas#current_limitations — "Properties total storage: 500 KB / property store".
export const PROPERTY_STORE_MAX_BYTES = 500 * 1024;

export const PropertyErrors = {
  // The platform's message for one oversized value (as reported from real executions; the quotas page states the limit).
  valueTooLarge: 'Argument too large: value',
  // https://developers.google.com/apps-script/guides/services/quotas — the message when the store's 500 KB are used up.
  storeFull: 'You have exceeded the property storage quota. Please remove some properties and try again.',
} as const;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

function storeSize(store: Map<string, string>): number {
  let n = 0;
  for (const [k, v] of store) n += bytes(k) + bytes(v);
  return n;
}

export class PropertiesFake implements Pick<P, Members> {
  constructor(
    private readonly ctx: Ctx,
    private readonly store: Map<string, string>,
    private readonly kind: 'ScriptProperties' | 'DocumentProperties' | 'UserProperties',
  ) {}

  private read(member: string): void {
    this.ctx.exec.call(`Properties.${member}`, { latency: 'properties-read', access: 'document' });
  }

  private write(member: string): void {
    this.ctx.exec.call(`Properties.${member}`, { latency: 'properties-write', access: 'document' });
  }

  private self(): P {
    return guard(this, 'Properties') as unknown as P;
  }

  /** Applies `changes` only if every value and the resulting store fit the limits (all or nothing). */
  private commit(changes: Map<string, string>, deleteAllOthers: boolean): void {
    for (const value of changes.values()) {
      if (bytes(value) > PROPERTY_VALUE_MAX_BYTES) throw new PlatformError(PropertyErrors.valueTooLarge);
    }
    const next = new Map(deleteAllOthers ? [] : this.store);
    for (const [k, v] of changes) next.set(k, v);
    if (storeSize(next) > PROPERTY_STORE_MAX_BYTES) throw new PlatformError(PropertyErrors.storeFull);
    this.store.clear();
    for (const [k, v] of next) this.store.set(k, v);
  }

  getProperty(key: string): string | null {
    this.read('getProperty');
    return this.store.get(String(key)) ?? null;
  }

  /** A copy: changing the returned object does not change the store. */
  getProperties(): { [key: string]: string } {
    this.read('getProperties');
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    this.read('getKeys');
    return [...this.store.keys()];
  }

  /** https://developers.google.com/apps-script/guides/properties#data_format — values are stored as strings. */
  setProperty(key: string, value: string): P {
    this.write('setProperty');
    this.commit(new Map([[String(key), String(value)]]), false);
    return this.self();
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean): P {
    this.write('setProperties');
    const changes = new Map(Object.entries(properties ?? {}).map(([k, v]) => [k, String(v)] as [string, string]));
    this.commit(changes, deleteAllOthers === true);
    return this.self();
  }

  deleteProperty(key: string): P {
    this.write('deleteProperty');
    this.store.delete(String(key));
    return this.self();
  }

  deleteAllProperties(): P {
    this.write('deleteAllProperties');
    this.store.clear();
    return this.self();
  }

  /** Which store this is, for host-side debugging. */
  toString(): string {
    return this.kind;
  }
}
