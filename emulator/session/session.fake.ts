// Session: who runs the script (active and effective user), their locale, and the script's time zone.
import { createHash } from 'node:crypto';
import type { Ctx } from '../runtime/context.js';
import { guard } from '../runtime/guard.js';

type S = GoogleAppsScript.Base.Session;
type U = GoogleAppsScript.Base.User;
type Members = 'getActiveUser' | 'getEffectiveUser' | 'getActiveUserLocale' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey';

export class UserFake implements Pick<U, 'getEmail'> {
  constructor(
    private readonly ctx: Ctx,
    private readonly email: string,
  ) {}

  getEmail(): string {
    this.ctx.exec.call('User.getEmail', { latency: 'local', access: 'none' });
    return this.email;
  }
}

const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

export class SessionFake implements Pick<S, Members> {
  constructor(private readonly ctx: Ctx) {}

  private call(member: string): void {
    this.ctx.exec.call(`Session.${member}`, { latency: 'local', access: 'none' });
  }

  /** The developer of a bound script: the owner of its spreadsheet (else the world's first user). */
  private developer(): string {
    const id = this.ctx.world.activeSpreadsheetId;
    const ss = id === null ? undefined : this.ctx.world.spreadsheets.get(id);
    return ss?.owner ?? this.ctx.world.activeUser;
  }

  /**
   * https://developers.google.com/apps-script/reference/base/user#getEmail() — blank "in any context that allows a script
   * to run without that user's authorization, like a simple onOpen(e) or onEdit(e) trigger", unless the user is the
   * developer or "belongs to the same Google Workspace domain as the user".
   */
  private activeEmail(): string {
    const { exec, world } = this.ctx;
    const unauthorized = exec.kind === 'simple' || exec.authMode !== 'FULL';
    const who = exec.activeUser;
    // An installable trigger or a web app run as someone else: the person who caused it is not the one authorizing.
    if (!unauthorized && who === exec.user) return who;
    const dev = this.developer();
    if (who === dev) return who;
    if (world.account === 'workspace' && domainOf(who) === domainOf(dev)) return who;
    return '';
  }

  getActiveUser(): U {
    this.call('getActiveUser');
    return guard(new UserFake(this.ctx, this.activeEmail()), 'User') as unknown as U;
  }

  /**
   * The user whose authority the script runs with: the creator of an installable trigger, else the person at the keyboard.
   * https://developers.google.com/apps-script/reference/base/session#getEffectiveUser() — in other contexts (simple
   * triggers) it "returns the same account as getActiveUser()".
   */
  getEffectiveUser(): U {
    this.call('getEffectiveUser');
    const { exec } = this.ctx;
    const email = exec.kind === 'simple' || exec.authMode !== 'FULL' ? this.activeEmail() : exec.user;
    return guard(new UserFake(this.ctx, email), 'User') as unknown as U;
  }

  /** https://developers.google.com/apps-script/reference/base/session#getActiveUserLocale() — the language, e.g. "en". */
  getActiveUserLocale(): string {
    this.call('getActiveUserLocale');
    return this.ctx.world.locale.split(/[_-]/)[0].toLowerCase();
  }

  /** https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone() — the project's time zone. */
  getScriptTimeZone(): string {
    this.call('getScriptTimeZone');
    return this.ctx.world.scriptTimeZone;
  }

  /**
   * https://developers.google.com/apps-script/reference/base/session#getTemporaryActiveUserKey() — a key unique to the
   * active user and the script, stable for the same user (the platform rotates it every 30 days; the emulator does not).
   */
  getTemporaryActiveUserKey(): string {
    this.call('getTemporaryActiveUserKey');
    return createHash('sha256').update(`${this.ctx.world.scriptId}\u0000${this.ctx.exec.user}`).digest('base64');
  }
}
