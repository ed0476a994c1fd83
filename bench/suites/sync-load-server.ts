/**
 * The platform for the load bench, in a process of its own so the 200 simulated consoles (in the
 * bench process) do not share its event loop: on a 2-core machine that would charge the clients'
 * work to the server's latency. Started by sync-load.ts with VC_BENCH_LOAD_SERVER=1; it makes
 * the shops, their device sessions and menus, prints one JSON line for the parent, and stops
 * (finishing in-flight requests, closing the database, dropping its schema) when stdin closes.
 * Imported by the bench runner like every file here, it does nothing.
 */
import { randomUUID } from 'node:crypto';
import { syncId } from '../browser/sync-fixtures';
import {
  createShop,
  openDeviceSession,
  startBenchPlatform,
  type Backend,
  type BenchPlatform,
} from './sync-platform';
import { createdItemEntries, seedCreatedItems } from './sync-seed';

export interface LoadServerConfig {
  backend: Backend;
  /** PostgreSQL only: the schema to create, chosen by the parent so it can drop it too. */
  schema?: string;
  shops: number;
  devicesPerShop: number;
  itemsPerShop: number;
}

export interface LoadConsole {
  vendorId: string;
  deviceId: string;
  token: string;
}

export interface LoadServerReady {
  url: string;
  consoles: LoadConsole[];
  /** The menu item ids every shop has (sync-fixtures ids 0..itemsPerShop-1). */
  itemIds: string[];
}

export const LOAD_SERVER_FLAG = 'VC_BENCH_LOAD_SERVER';
export const LOAD_CONFIG_VARIABLE = 'VC_BENCH_LOAD_CONFIG';

/** Runs `work` over `items`, `width` at a time (createVendor hashes a password: CPU-bound). */
async function inBatches<T, R>(items: T[], width: number, work: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width) {
    results.push(...(await Promise.all(items.slice(start, start + width).map(work))));
  }
  return results;
}

async function shopWithConsoles(platform: BenchPlatform, config: LoadServerConfig) {
  const shop = await createShop(platform.db, '压测小馆');
  const entries = createdItemEntries(randomUUID(), config.itemsPerShop);
  await seedCreatedItems(platform.db, shop.vendorId, entries);
  const consoles: LoadConsole[] = [];
  for (let d = 0; d < config.devicesPerShop; d += 1) {
    consoles.push({
      vendorId: shop.vendorId,
      ...(await openDeviceSession(platform.db, shop.vendorId)),
    });
  }
  return consoles;
}

async function main(): Promise<void> {
  const config = JSON.parse(process.env[LOAD_CONFIG_VARIABLE] ?? '{}') as LoadServerConfig;
  const platform = await startBenchPlatform(config.backend, config.schema);
  let stopping: Promise<void> | undefined;
  const stop = (code: number) => (stopping ??= platform.stop().finally(() => process.exit(code)));
  process.stdin.on('end', () => void stop(0));
  process.stdin.on('close', () => void stop(0));
  process.stdin.resume();
  try {
    const shops = Array.from({ length: config.shops }, (_, i) => i);
    const consoles = (await inBatches(shops, 4, () => shopWithConsoles(platform, config))).flat();
    const itemIds = Array.from({ length: config.itemsPerShop }, (_, n) => syncId('item', n));
    const ready: LoadServerReady = { url: platform.url, consoles, itemIds };
    process.stdout.write(`${JSON.stringify(ready)}\n`);
  } catch (error) {
    console.error(error);
    await stop(1);
  }
}

if (process.env[LOAD_SERVER_FLAG] === '1') await main();
