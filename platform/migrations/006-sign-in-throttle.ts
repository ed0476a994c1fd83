/**
 * Failed sign-ins, counted in the database so every platform instance on one PostgreSQL sees the
 * same counts (accounts/sign-in-throttle.ts reads them). One row per login (consecutive
 * failures; a success deletes it) and one per client address (failures in the current window,
 * across logins). Logins that do not exist are counted too, so a count reveals nothing.
 */
export default {
  version: 6,
  name: 'sign-in-throttle',
  sql: /* sql */ `
    create table sign_in_failures (
      key text primary key,
      failures integer not null,
      window_started_at timestamptz not null,
      last_failed_at timestamptz not null
    );
  `,
};
