/**
 * The embedded database: PostgreSQL compiled to WebAssembly, in a data directory (or in memory).
 * One connection by nature, so transactions are serialised; LISTEN/NOTIFY works in-process.
 */
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

/** Opens PGlite in `dataDir`, or in memory when it is undefined. */
export async function openPglite(dataDir?: string): Promise<Database> {
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
