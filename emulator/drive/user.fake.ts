// A Drive User (owner of a file or folder): an email and what can be derived from it.
import type { Ctx } from '../runtime/context.js';

export class DriveUserFake implements Pick<GoogleAppsScript.Drive.User, 'getEmail' | 'getName' | 'getDomain' | 'getPhotoUrl'> {
  constructor(
    private readonly ctx: Ctx,
    private readonly email: string,
  ) {}

  private call(member: string): void {
    this.ctx.exec.call(`DriveUser.${member}`, { latency: 'local', access: 'full' });
  }

  getEmail(): string {
    this.call('getEmail');
    return this.email;
  }

  getName(): string {
    this.call('getName');
    return this.email.split('@')[0];
  }

  getDomain(): string {
    this.call('getDomain');
    return this.email.split('@')[1] ?? '';
  }

  getPhotoUrl(): string {
    this.call('getPhotoUrl');
    return '';
  }
}
