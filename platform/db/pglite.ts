/**
 * The embedded database: PostgreSQL compiled to WebAssembly, in a data directory (or in memory).
 * One connection by nature, so transactions are serialised; LISTEN/NOTIFY works in-process.
 */
import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable, SqlParam } from './database';

function queryable(target: PGlite | Transaction): Queryable {
  return {
    async query<Row>(sql: string, params: readonly SqlParam[] = []) {
      const result = await target.query<Row>(sql, params as unknown[]);
      return result.rows;
    },
    async exec(sql: string) {
      await target.exec(sql);
    },
  };
}

/**
 * Opens PGlite in `dataDir`, or in memory when it is undefined. The directory and its parents
 * are made first: PGlite makes only the last one, and on a fresh machine the user's app-data
 * folder itself may not exist yet.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  const direct = queryable(pg);
  return {
    kind: 'pglite',
    query: direct.query,
    exec: direct.exec,
    transaction: (work) => pg.transaction((tx) => work(queryable(tx))),
    listen: async (channel, onNotify) => {
      const unsubscribe = await pg.listen(channel, onNotify);
      return unsubscribe;
    },
    close: () => pg.close(),
  };
}
