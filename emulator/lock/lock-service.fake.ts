// LockService: the script-wide, the current document's and the current user's locks.
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { LockFake } from './lock.fake.js';

type LS = GoogleAppsScript.Lock.LockService;
type L = GoogleAppsScript.Lock.Lock;

export class LockServiceFake implements Pick<LS, 'getScriptLock' | 'getDocumentLock' | 'getUserLock'> {
  constructor(private readonly ctx: Ctx) {}

  private lock(member: string, scope: string): L {
    this.ctx.exec.call(`LockService.${member}`, { latency: 'local', access: 'document' });
    return guard(new LockFake(this.ctx, scope), 'Lock') as unknown as L;
  }

  /** https://developers.google.com/apps-script/reference/lock/lock-service#getScriptLock() — excludes every user of the script. */
  getScriptLock(): L {
    return this.lock('getScriptLock', 'script');
  }

  /** https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock() — null outside a document. */
  getDocumentLock(): L {
    const id = this.ctx.world.activeSpreadsheetId;
    if (id === null) {
      this.ctx.exec.call('LockService.getDocumentLock', { latency: 'local', access: 'document' });
      return null as unknown as L;
    }
    return this.lock('getDocumentLock', `document:${id}`);
  }

  /** https://developers.google.com/apps-script/reference/lock/lock-service#getUserLock() — excludes only the current user. */
  getUserLock(): L {
    return this.lock('getUserLock', `user:${this.ctx.exec.user}`);
  }
}
