// AuthorizationInfo: whether the user still has to authorize the script, and where to do it.
import type { Ctx } from '../runtime/context.js';
import { asGasEnum } from '../base/enum.js';

type A = GoogleAppsScript.Script.AuthorizationInfo;

export class AuthorizationInfoFake implements Pick<A, 'getAuthorizationStatus' | 'getAuthorizationUrl'> {
  constructor(
    private readonly ctx: Ctx,
    private readonly required: boolean,
  ) {}

  /** https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizationStatus() */
  getAuthorizationStatus(): GoogleAppsScript.Script.AuthorizationStatus {
    this.ctx.exec.call('AuthorizationInfo.getAuthorizationStatus', { latency: 'local', access: 'none' });
    return asGasEnum(this.required ? 'REQUIRED' : 'NOT_REQUIRED');
  }

  /** https://developers.google.com/apps-script/reference/script/authorization-info#getAuthorizationUrl() — null when no authorization is required. */
  getAuthorizationUrl(): string {
    this.ctx.exec.call('AuthorizationInfo.getAuthorizationUrl', { latency: 'local', access: 'none' });
    if (!this.required) return null as unknown as string;
    return `https://script.google.com/macros/d/${this.ctx.world.scriptId}/authorize`;
  }
}
