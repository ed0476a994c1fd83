/**
 * Why a sync did not finish, in codes the Sync page turns into plain words (i18n `sync:error.*`)
 * and the scheduler turns into "retry later" or "wait for the shop".
 */
export const syncErrorCodes = [
  /** No answer: the network or the platform is down. Retried with backoff. */
  'offline',
  /** The platform answered 5xx or too slowly. Retried with backoff. */
  'platform_unavailable',
  /** Too many requests; retried later. */
  'rate_limited',
  /** The token is unknown or signed out: sign in again. */
  'signed_out',
  /** Sign-in only: the login or the password is wrong. */
  'bad_credentials',
  /** The account no longer covers this shop. */
  'forbidden',
  /** This console is too old for the platform: update it. */
  'client_too_old',
  /** The platform is older than this console: wait for it to be updated. */
  'client_too_new',
  /** The platform refused a request as malformed; a bug, shown so support can be called. */
  'rejected_request',
  /** The platform's answer did not match the protocol. */
  'bad_response',
  /** The platform lost changes this device had already sent (restored from a backup). */
  'platform_behind',
  /** The local store failed (disk full, closed by another window). */
  'store_failed',
] as const;
export type SyncErrorCode = (typeof syncErrorCodes)[number];

const retryable: ReadonlySet<SyncErrorCode> = new Set([
  'offline',
  'platform_unavailable',
  'rate_limited',
  'store_failed',
  'bad_response',
]);

export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly status?: number,
    /** From the platform's Retry-After: how long to wait before trying again (429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'SyncError';
  }

  /** Worth retrying by itself; otherwise the scheduler waits for the shop (sign in, update). */
  get retryable(): boolean {
    return retryable.has(this.code);
  }
}

/**
 * The error code for anything thrown during a sync. Besides SyncErrors, what reaches here comes
 * from the local store (closed by another window, disk full), which is worth retrying.
 */
export function syncErrorOf(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new SyncError('store_failed', text);
}

/** Retry-After as whole seconds; only the delay form, which is what the platform sends. */
export function retryAfterSecondsOf(header: string | null): number | undefined {
  return header && /^\d{1,7}$/.test(header) ? Number(header) : undefined;
}

/** The HTTP error codes of the platform that have their own meaning here. */
export function syncErrorFromHttp(
  status: number,
  code: string | undefined,
  message: string,
  retryAfterSeconds?: number,
) {
  if (status === 401 && code === 'bad_credentials')
    return new SyncError('bad_credentials', message, status);
  if (status === 401) return new SyncError('signed_out', message, status);
  if (status === 403) return new SyncError('forbidden', message, status);
  if (status === 426 && code === 'client_too_new')
    return new SyncError('client_too_new', message, status);
  if (status === 426) return new SyncError('client_too_old', message, status);
  if (status === 429) return new SyncError('rate_limited', message, status, retryAfterSeconds);
  if (status === 409 && code === 'cursor_ahead')
    return new SyncError('platform_behind', message, status);
  if (status >= 500) return new SyncError('platform_unavailable', message, status);
  return new SyncError('rejected_request', message, status);
}
