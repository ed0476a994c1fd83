/**
 * The platform for the sync benchmarks: the real HTTP app on a loopback port over PGlite (in
 * memory, as `npm start` embeds it) or over PostgreSQL in a fresh schema that is dropped when the
 * platform stops, so a run leaves nothing behind. Shops get throwaway logins.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { syncPaths } from '../../domain/sync/protocol';
import { createVendor } from '../../platform/accounts/store';
import { newDeviceToken, tokenHash } from '../../platform/accounts/tokens';
import type { Database } from '../../platform/db/database';
import { migrate } from '../../platform/db/migrate';
import { openDatabase } from '../../platform/db/open';
import { quoteIdent } from '../../platform/db/pg';
import { buildApp } from '../../platform/http/app';
import { startPlatform } from '../../platform/start';

export type Backend = 'pglite' | 'pg';

export const BENCH_PASSWORD = 'bench-password-马';

/** The PostgreSQL the PG rows use: DATABASE_URL, else the machine's usual local server. */
export const postgresUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Null when PostgreSQL answers; otherwise why the PG rows are skipped. */
export async function postgresMissing(): Promise<string | null> {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return null;
  } catch (error) {
    return `no PostgreSQL at ${postgresUrl.replace(/\/\/[^@]*@/, '//')} (${String(error)})`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface BenchPlatform {
  backend: Backend;
  url: string;
  db: Database;
  stop(): Promise<void>;
}

export async function dropSchema(schema: string): Promise<void> {
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`drop schema if exists ${quoteIdent(schema)} cascade`);
  } finally {
    await admin.end();
  }
}

export const benchSchemaName = () => `bench_sync_${randomBytes(5).toString('hex')}`;

/**
 * PGlite goes through startPlatform itself. start.ts takes no schema, so PostgreSQL repeats its
 * three steps (open, migrate, build and listen) with one, as the platform's own tests do.
 */
export async function startBenchPlatform(
  backend: Backend,
  schema = benchSchemaName(),
): Promise<BenchPlatform> {
  if (backend === 'pglite') {
    const platform = await startPlatform({ port: 0, logger: false });
    return { backend, url: platform.url, db: platform.db, stop: platform.stop };
  }
  const db = await openDatabase({ databaseUrl: postgresUrl, schema });
  try {
    await migrate(db);
    const app = await buildApp({ db, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;
    return {
      backend,
      url: `http://127.0.0.1:${port}`,
      db,
      async stop() {
        await app.close();
        await db.close();
        await dropSchema(schema);
      },
    };
  } catch (error) {
    await db.close().catch(() => undefined);
    await dropSchema(schema).catch(() => undefined);
    throw error;
  }
}

export interface BenchShop {
  vendorId: string;
  login: string;
  password: string;
}

let shops = 0;

export async function createShop(db: Database, name = '老王黄焖鸡'): Promise<BenchShop> {
  const login = `bench-${process.pid}-${(shops += 1)}-${Date.now()}@vendor.test`;
  const vendorId = await createVendor(db, { name, login, password: BENCH_PASSWORD });
  return { vendorId, login, password: BENCH_PASSWORD };
}

export interface BenchDevice {
  deviceId: string;
  token: string;
}

/** Signs a new device in over HTTP, as the console does. */
export async function signIn(url: string, shop: BenchShop, deviceName: string) {
  const deviceId = randomUUID();
  const response = await fetch(url + syncPaths.signIn, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: shop.login, password: shop.password, deviceId, deviceName }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || !body.token) throw new Error(`sign-in failed: ${response.status}`);
  return { deviceId, token: body.token };
}

/**
 * A device session stored the way signIn (platform/accounts/store.ts) stores one, without its
 * password check: 200 scrypt checks would take minutes on a busy 2-core machine.
 */
export async function openDeviceSession(db: Database, vendorId: string): Promise<BenchDevice> {
  const [user] = await db.query<{ id: string }>('select id from users where vendor_id = $1', [
    vendorId,
  ]);
  if (!user) throw new Error(`vendor ${vendorId} has no user`);
  const token = newDeviceToken();
  const deviceId = randomUUID();
  await db.query(
    'insert into device_sessions (token_hash, user_id, device_id, device_name) values ($1, $2, $3, $4)',
    [tokenHash(token), user.id, deviceId, '压测收银台'],
  );
  return { deviceId, token };
}
