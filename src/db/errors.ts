/** Errors that carry a message a person can act on. */
export class ValidationError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.name = 'ValidationError';
    this.field = field;
  }
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { name?: unknown; inner?: unknown };
    if (e.name === 'QuotaExceededError') return 'QuotaExceededError';
    if (e.inner) {
      const inner = errorName(e.inner);
      if (inner) return inner;
    }
    if (typeof e.name === 'string') return e.name;
  }
  return '';
}

export function isQuotaError(error: unknown): boolean {
  return errorName(error) === 'QuotaExceededError';
}

/** Turn a storage failure into words for the person using the app. */
export function describeStorageError(error: unknown): string {
  if (error instanceof ValidationError) return error.message;
  const name = errorName(error);
  if (name === 'QuotaExceededError') {
    return 'Your device is out of storage space, so this last change was not saved. Everything saved before it is safe. Free some space (or export a backup and delete old programmes), then try again.';
  }
  if (name === 'InvalidStateError' || name === 'MissingAPIError' || name === 'OpenFailedError' || name === 'SecurityError') {
    return 'This browser is not letting the app store data (it may be in private browsing mode, or site data may be blocked). Your answers cannot be saved until storage is allowed.';
  }
  if (name === 'VersionError' || name === 'UpgradeError') {
    return 'The data on this device was saved by a newer version of the app. Reload to get the newest version; nothing has been changed.';
  }
  return 'The change could not be saved. Everything saved before it is safe. Please try again.';
}
