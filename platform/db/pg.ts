/**
 * A PostgreSQL server through a `pg` pool. Each transaction holds one pooled connection; a
 * dedicated connection listens for notifications and reconnects when it drops (then reports '*',
 * because notifications sent meanwhile are lost). `schema` isolates tests in one database.
 */
import pg from 'pg';
import type { Database, Queryable, SqlParam } from './database';

// bigint and count(*) come back as numbers, as PGlite returns them; sequence numbers stay far
// below 2^53.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PgOptions {
  connectionString: string;
  /** Every connection's search_path; created if missing. */
  schema?: string;
  max?: number;
}

function queryable(target: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<Row>(sql: string, params: readonly SqlParam[] = []) {
      const result = await target.query(sql, params as unknown[]);
      return result.rows as Row[];
    },
    async exec(sql: string) {
      await target.query(sql);
    },
  };
}

export async function openPg(options: PgOptions): Promise<Database> {
  const { connectionString, schema, max = 10 } = options;
  const config: pg.PoolConfig = { connectionString, max, types };
  if (schema) {
    const setup = new pg.Client({ connectionString });
    await setup.connect();
    await setup.query(`create schema if not exists ${quoteIdent(schema)}`);
    await setup.end();
    config.options = `-c search_path=${quoteIdent(schema)}`;
  }
  const pool = new pg.Pool(config);
  // An idle client's error (e.g. the server restarting) must not crash the process.
  pool.on('error', () => undefined);
  const listeners = new Set<{ close: () => Promise<void> }>();
  const direct = queryable(pool);
  return {
    kind: 'pg',
    schema,
    query: direct.query,
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('begin');
        const result = await work(queryable(client));
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    exec: direct.exec,
    async listen(channel, onNotify) {
      const listener = await listenWithReconnect(config, channel, onNotify);
      listeners.add(listener);
      return async () => {
        listeners.delete(listener);
        await listener.close();
      };
    },
    async close() {
      await Promise.all([...listeners].map((listener) => listener.close()));
      await pool.end();
    },
  };
}

async function listenWithReconnect(
  config: pg.PoolConfig,
  channel: string,
  onNotify: (payload: string) => void,
): Promise<{ close: () => Promise<void> }> {
  let closed = false;
  let client: pg.Client | undefined;
  const connect = async (): Promise<void> => {
    const next = new pg.Client(config);
    next.on('notification', (message) => {
      if (message.channel === channel) onNotify(message.payload ?? '');
    });
    next.on('error', () => undefined);
    next.on('end', () => {
      if (!closed && client === next) setTimeout(() => void reconnect(), 1000);
    });
    await next.connect();
    await next.query(`listen ${quoteIdent(channel)}`);
    client = next;
  };
  const reconnect = async (): Promise<void> => {
    if (closed) return;
    try {
      await connect();
      onNotify('*');
    } catch {
      setTimeout(() => void reconnect(), 1000);
    }
  };
  await connect();
  return {
    close: async () => {
      closed = true;
      await client?.end().catch(() => undefined);
    },
  };
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
