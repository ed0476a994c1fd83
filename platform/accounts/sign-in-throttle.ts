/**
 * How often a login may be guessed at. Two limits, both counted in the database (so they hold
 * across platform instances on PostgreSQL):
 * - per login: a few failures are free, then each attempt waits, the wait doubling with each
 *   further consecutive failure up to a ceiling. A stranger can slow the owner down by at most
 *   that ceiling and never lock them out; a success clears the count.
 * - per client address: so many failures per window across all logins, so one address cannot
 *   walk through many accounts (or one account's slowdown from many addresses' worth).
 * The check runs before the password is verified; concurrent attempts can each pass it once.
 */
import type { Queryable } from '../db/database';

export interface SignInPolicy {
  /** Failures from one address, across logins, per window. */
  addressFailures: number;
  addressWindowMs: number;
  /** Consecutive failures of one login that cost no wait. */
  freeFailures: number;
  /** The wait after the first failure past the free ones; doubles with each further one. */
  firstDelayMs: number;
  /** The longest wait a login's failures can impose. */
  maxDelayMs: number;
}

export const DEFAULT_SIGN_IN_POLICY: SignInPolicy = {
  addressFailures: 30,
  addressWindowMs: 15 * 60_000,
  freeFailures: 5,
  firstDelayMs: 1_000,
  maxDelayMs: 5 * 60_000,
};

const loginKey = (login: string) => `login:${login}`;
const addressKey = (address: string) => `address:${address}`;

/** The wait a login owes after `failures` consecutive failures, in ms. */
export function loginDelayMs(failures: number, policy: SignInPolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 30);
  return Math.min(policy.firstDelayMs * 2 ** doublings, policy.maxDelayMs);
}

/** Seconds until this login may be tried from this address again; 0 when it may be now. */
export async function signInWaitSeconds(
  db: Queryable,
  login: string,
  address: string,
  policy: SignInPolicy,
): Promise<number> {
  const rows = await db.query<{
    key: string;
    failures: number;
    since_last: number;
    since_window: number;
  }>(
    `select key, failures,
       extract(epoch from now() - last_failed_at) * 1000 as since_last,
       extract(epoch from now() - window_started_at) * 1000 as since_window
     from sign_in_failures where key in ($1, $2)`,
    [loginKey(login), addressKey(address)],
  );
  let waitMs = 0;
  for (const row of rows) {
    if (row.key === loginKey(login)) {
      waitMs = Math.max(waitMs, loginDelayMs(row.failures, policy) - row.since_last);
    } else if (row.failures >= policy.addressFailures) {
      waitMs = Math.max(waitMs, policy.addressWindowMs - row.since_window);
    }
  }
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}

/** Counts a failure against the login and the address, atomically on each row. */
export async function recordSignInFailure(
  db: Queryable,
  login: string,
  address: string,
  policy: SignInPolicy,
): Promise<void> {
  await db.query(
    `insert into sign_in_failures as f (key, failures, window_started_at, last_failed_at)
     values ($1, 1, now(), now()), ($2, 1, now(), now())
     on conflict (key) do update set
       failures = case when f.key like 'address:%'
           and f.window_started_at < now() - make_interval(secs => $3::float8 / 1000)
         then 1 else f.failures + 1 end,
       window_started_at = case when f.key like 'address:%'
           and f.window_started_at < now() - make_interval(secs => $3::float8 / 1000)
         then now() else f.window_started_at end,
       last_failed_at = now()`,
    [loginKey(login), addressKey(address), policy.addressWindowMs],
  );
}

/** A success ends the login's run of failures; the address's count stands. */
export async function clearSignInFailures(db: Queryable, login: string): Promise<void> {
  await db.query('delete from sign_in_failures where key = $1', [loginKey(login)]);
}
