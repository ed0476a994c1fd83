/**
 * The databases the platform's tests run against: PGlite always, PostgreSQL too when
 * DATABASE_URL is set. Each PostgreSQL database gets a fresh schema, dropped afterwards. Starting
 * PGlite takes seconds, so a test file shares one instance and each test empties its schema.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll } from 'vitest';
import type { Database } from '../db/database';
import { openPg, quoteIdent } from '../db/pg';
import { openPglite } from '../db/pglite';

export type BackendName = 'pglite' | 'pg';

export const backends: BackendName[] = process.env.DATABASE_URL ? ['pglite', 'pg'] : ['pglite'];

export interface TestDatabase {
  db: Database;
  /** Opens another connection to the same data (a second platform instance). PostgreSQL only. */
  openAnother?: () => Promise<Database>;
  /** Closes the database and drops the schema. */
  drop: () => Promise<void>;
}

let sharedPglite: Promise<Database> | undefined;
afterAll(async () => {
  await (await sharedPglite)?.close();
  sharedPglite = undefined;
});

export async function openTestDatabase(backend: BackendName): Promise<TestDatabase> {
  if (backend === 'pglite') {
    sharedPglite ??= openPglite();
    const db = await sharedPglite;
    await db.exec('drop schema public cascade; create schema public;');
    // The shared instance is closed once, after the file's last test.
    return { db: { ...db, close: async () => undefined }, drop: async () => undefined };
  }
  const connectionString = process.env.DATABASE_URL!;
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const db = await openPg({ connectionString, schema, max: 5 });
  const others: Database[] = [];
  return {
    db,
    openAnother: async () => {
      const other = await openPg({ connectionString, schema, max: 5 });
      others.push(other);
      return other;
    },
    drop: async () => {
      await Promise.all([db, ...others].map((each) => each.close().catch(() => undefined)));
      const admin = new pg.Client({ connectionString });
      await admin.connect();
      await admin.query(`drop schema if exists ${quoteIdent(schema)} cascade`);
      await admin.end();
    },
  };
}

/** Starting PGlite takes seconds, more on a busy machine: hooks that open one wait this long. */
export const SETUP_TIMEOUT_MS = 120_000;
