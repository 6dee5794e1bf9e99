// ScriptApp: installable triggers (create, list, delete), authorization info, enums and the script's identity.
import { createHash } from 'node:crypto';
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';
import { PlatformError } from '../runtime/errors.js';
import { asGasEnum } from '../base/enum.js';
import { AuthMode, AuthorizationStatus, EventType, InstallationSource, TriggerSource, WeekDay } from './enums.js';
import { TriggerBuilderFake } from './trigger-builder.fake.js';
import { TriggerFake, triggerHandle } from './trigger.fake.js';
import { AuthorizationInfoFake } from './authorization-info.fake.js';
import type { TriggerRecord } from './trigger-record.js';

type S = GoogleAppsScript.Script.ScriptApp;
type NS = typeof GoogleAppsScript.Script;
type Members =
  | 'AuthMode'
  | 'AuthorizationStatus'
  | 'EventType'
  | 'InstallationSource'
  | 'TriggerSource'
  | 'WeekDay'
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'getUserTriggers'
  | 'deleteTrigger'
  | 'getAuthorizationInfo'
  | 'getScriptId'
  | 'getOAuthToken'
  | 'invalidateAuth';

export class ScriptAppFake implements Pick<S, Members> {
  readonly AuthMode = asGasEnum<NS['AuthMode']>(AuthMode);
  readonly AuthorizationStatus = asGasEnum<NS['AuthorizationStatus']>(AuthorizationStatus);
  readonly EventType = asGasEnum<NS['EventType']>(EventType);
  readonly InstallationSource = asGasEnum<NS['InstallationSource']>(InstallationSource);
  readonly TriggerSource = asGasEnum<NS['TriggerSource']>(TriggerSource);
  readonly WeekDay = asGasEnum<typeof GoogleAppsScript.Base.Weekday>(WeekDay);

  constructor(private readonly ctx: Ctx) {}

  private mine(): TriggerRecord[] {
    return (this.ctx.world.triggers as TriggerRecord[]).filter((t) => t.owner === this.ctx.exec.user);
  }

  /** https://developers.google.com/apps-script/guides/triggers#restrictions — simple triggers cannot manage triggers: access 'full'. */
  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    this.ctx.exec.call('ScriptApp.newTrigger', { latency: 'local', access: 'full' });
    if (typeof functionName !== 'string' || functionName === '') throw new PlatformError('Invalid argument: functionName');
    return guard(new TriggerBuilderFake(this.ctx, functionName), 'TriggerBuilder') as unknown as GoogleAppsScript.Script.TriggerBuilder;
  }

  /**
   * https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers() — "all installable triggers
   * associated with the current project and current user" (another user's triggers are invisible).
   */
  getProjectTriggers(): GoogleAppsScript.Script.Trigger[] {
    this.ctx.exec.call('ScriptApp.getProjectTriggers', { latency: 'meta', access: 'full' });
    return this.mine().map((r) => triggerHandle(this.ctx, r));
  }

  /** https://developers.google.com/apps-script/reference/script/script-app#getUserTriggers(Spreadsheet) — this user's triggers in that document. */
  getUserTriggers(
    document: GoogleAppsScript.Spreadsheet.Spreadsheet | GoogleAppsScript.Document.Document | GoogleAppsScript.Forms.Form,
  ): GoogleAppsScript.Script.Trigger[] {
    this.ctx.exec.call('ScriptApp.getUserTriggers', { latency: 'meta', access: 'full' });
    // The platform reads the document's id itself: not a call of the script's (nothing metered).
    const id = this.ctx.exec.asPlatform(() => (document as unknown as { getId?: () => string })?.getId?.());
    return this.mine()
      .filter((r) => (r.documentId ?? r.sourceId) === id)
      .map((r) => triggerHandle(this.ctx, r));
  }

  deleteTrigger(trigger: GoogleAppsScript.Script.Trigger): void {
    this.ctx.exec.call('ScriptApp.deleteTrigger', { latency: 'structure', access: 'full' });
    const uid = trigger instanceof TriggerFake ? trigger.record.uid : (trigger as { getUniqueId?: () => string })?.getUniqueId?.();
    const i = this.ctx.world.triggers.findIndex((t) => t.uid === uid && t.owner === this.ctx.exec.user);
    if (i >= 0) this.ctx.world.triggers.splice(i, 1);
  }

  /** https://developers.google.com/apps-script/reference/script/script-app#getAuthorizationInfo(AuthMode) — REQUIRED until the user authorizes. */
  getAuthorizationInfo(authMode: GoogleAppsScript.Script.AuthMode): GoogleAppsScript.Script.AuthorizationInfo {
    this.ctx.exec.call('ScriptApp.getAuthorizationInfo', { latency: 'meta', access: 'none' });
    const mode = String(authMode);
    const required = mode === 'FULL' && !this.ctx.world.authorizedUsers.has(this.ctx.exec.user);
    return guard(new AuthorizationInfoFake(this.ctx, required), 'AuthorizationInfo') as unknown as GoogleAppsScript.Script.AuthorizationInfo;
  }

  getScriptId(): string {
    this.ctx.exec.call('ScriptApp.getScriptId', { latency: 'local', access: 'none' });
    return this.ctx.world.scriptId;
  }

  /** A stable fake access token for the running user (never a real credential). */
  getOAuthToken(): string {
    this.ctx.exec.call('ScriptApp.getOAuthToken', { latency: 'local', access: 'full' });
    const digest = createHash('sha256').update(`${this.ctx.world.scriptId}:${this.ctx.exec.user}`).digest('hex').slice(0, 40);
    return `ya29.emulated-${digest}`;
  }

  /** https://developers.google.com/apps-script/reference/script/script-app#invalidateAuth() — the user must authorize again. */
  invalidateAuth(): void {
    this.ctx.exec.call('ScriptApp.invalidateAuth', { latency: 'meta', access: 'full' });
    this.ctx.world.authorizedUsers.delete(this.ctx.exec.user);
  }
}
