// PropertiesService: hands out the script's, the open document's and the current user's property stores.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { PropertiesFake } from './properties.fake.js';

type PS = GoogleAppsScript.Properties.PropertiesService;
type P = GoogleAppsScript.Properties.Properties;

function storeOf<K>(stores: Map<K, Map<string, string>>, key: K): Map<string, string> {
  let s = stores.get(key);
  if (!s) {
    s = new Map();
    stores.set(key, s);
  }
  return s;
}

export class PropertiesServiceFake implements Pick<PS, 'getScriptProperties' | 'getDocumentProperties' | 'getUserProperties'> {
  constructor(private readonly ctx: Ctx) {}

  // https://developers.google.com/apps-script/reference/script/auth-mode — properties "don't work in AuthMode.NONE": access 'document'.
  private call(member: string): void {
    this.ctx.exec.call(`PropertiesService.${member}`, { latency: 'local', access: 'document' });
  }

  getScriptProperties(): P {
    this.call('getScriptProperties');
    return guard(new PropertiesFake(this.ctx, this.ctx.world.properties.script, 'ScriptProperties'), 'Properties') as unknown as P;
  }

  /**
   * https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties() —
   * the open document's store, or null when the script is not running in a document.
   */
  getDocumentProperties(): P {
    this.call('getDocumentProperties');
    const id = this.ctx.world.activeSpreadsheetId;
    if (id === null) return null as unknown as P;
    const store = storeOf(this.ctx.world.properties.document, id);
    return guard(new PropertiesFake(this.ctx, store, 'DocumentProperties'), 'Properties') as unknown as P;
  }

  /** https://developers.google.com/apps-script/guides/properties — the current user's store, for this script only. */
  getUserProperties(): P {
    this.call('getUserProperties');
    const store = storeOf(this.ctx.world.properties.user, this.ctx.exec.user);
    return guard(new PropertiesFake(this.ctx, store, 'UserProperties'), 'Properties') as unknown as P;
  }
}
