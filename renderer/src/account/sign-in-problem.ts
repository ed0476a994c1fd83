/** The words for a failed sign-in; one slowed down by failures says how long to wait. */
import type { TFunction } from 'i18next';
import { SyncError } from '../platform-api/sync-error';
import { SignInProblem } from './sign-in';

const shownErrors = new Set([
  'bad_credentials',
  'offline',
  'platform_unavailable',
  'rate_limited',
  'no_shops',
  'bad_url',
  'platform_not_allowed',
  'client_too_old',
  'client_too_new',
]);

function errorKey(error: unknown): string {
  const code = error instanceof SyncError || error instanceof SignInProblem ? error.code : 'failed';
  return `errors.${shownErrors.has(code) ? code : 'failed'}`;
}

/** `t` of the 'account' namespace. */
export function signInProblemText(error: unknown, t: TFunction): string {
  const seconds = error instanceof SyncError ? error.retryAfterSeconds : undefined;
  if (error instanceof SyncError && error.code === 'rate_limited' && seconds !== undefined) {
    return seconds < 60
      ? t('errors.rate_limited_seconds', { seconds })
      : t('errors.rate_limited_minutes', { minutes: Math.ceil(seconds / 60) });
  }
  return t(errorKey(error));
}
