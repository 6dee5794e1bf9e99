// The platform's own error messages, in one place so that fakes and tests quote them identically.

export const PlatformErrors = {
  // https://developers.google.com/apps-script/guides/services/quotas#current_limitations
  timeout: 'Exceeded maximum execution time',
  // https://developers.google.com/apps-script/guides/services/quotas (quota errors are worded "Service invoked too many times ...")
  tooManyTimes: (service: string) => `Service invoked too many times for one day: ${service}.`,
  // https://developers.google.com/apps-script/guides/support/troubleshooting#common_errors
  serverError: 'We\'re sorry, a server error occurred. Please wait a bit and try again.',
  // https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer)
  lockTimeout: 'Lock timeout: another process was holding the lock for too long.',
  // https://developers.google.com/apps-script/guides/support/troubleshooting#authorization_is_required_to_perform_that_action
  noPermission: (what: string, scope: string | null) =>
    `You do not have permission to call ${what}.${scope ? ` Required permissions: ${scope}` : ''}`,
  authRequired: 'Authorization is required to perform that action.',
  notImplemented: (member: string) => `not implemented in emulator: ${member}`,
} as const;

/** An error raised by the emulated platform (as opposed to a bug in the emulator). */
export class PlatformError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}
