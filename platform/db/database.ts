/**
 * The one storage interface the platform uses: parameterised SQL, transactions and
 * notifications. The embedded PGlite and a PostgreSQL server implement it with the same SQL, so
 * every query and migration is written once and tested on both.
 */

/** A Uint8Array (a Buffer too) is bytea on both backends. */
export type SqlParam =
  string | number | boolean | null | Date | Uint8Array | Record<string, unknown> | unknown[];

export interface Queryable {
  /** Runs one statement and returns its rows. bigint/count columns come back as JS numbers. */
  query<Row = Record<string, unknown>>(sql: string, params?: readonly SqlParam[]): Promise<Row[]>;
  /** Runs several statements at once, without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'pg';
  /** The PostgreSQL schema in use when not the default; it also namespaces notification channels. */
  readonly schema?: string;
  /** Commits when `work` resolves, rolls back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Subscribes to a notification channel. `onNotify` gets the payload, or '*' after a lost
   * connection was re-established (anything may have been missed). Returns the unsubscribe.
   */
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** PostgreSQL error codes the platform reacts to. */
export const sqlState = {
  uniqueViolation: '23505',
  /** Class 22: a value PostgreSQL cannot store (e.g. \u0000 in jsonb). Deterministic. */
  isDataException: (code: unknown) => typeof code === 'string' && code.startsWith('22'),
} as const;

export function sqlErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
