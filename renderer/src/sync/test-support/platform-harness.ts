/// <reference types="node" />
/**
 * The real platform for the sync tests, in this process on a loopback port, over an in-memory
 * PGlite that outlives restarts: `restart()` closes the HTTP app (finishing in-flight requests)
 * and starts a new one on the same port and data, as a redeploy would.
 */
/* eslint-disable no-restricted-imports -- the sync tests run the real platform in-process. */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { createVendor } from '../../../../platform/accounts/store';
import type { Database } from '../../../../platform/db/database';
import { migrate } from '../../../../platform/db/migrate';
import { openDatabase } from '../../../../platform/db/open';
import { buildApp, type AppOptions } from '../../../../platform/http/app';
import { originate, platformMutations } from '../../../../platform/sync/originate';
import { defaultSyncRules, type SyncRules } from '../../../../platform/sync/rules';
/* eslint-enable no-restricted-imports */
import { newId } from '@domain/ids';
import type { RowOp } from '@domain/mutations/row-ops';
import { canonicalJson } from '@domain/sync/checksum';
import { InvariantRegistry, type RegisteredInvariant } from '@domain/sync/invariants';

export const SHOP_PASSWORD = 'correct horse 马';

export interface PlatformHarness {
  url: string;
  db: Database;
  createShop: (name: string) => Promise<{ vendorId: string; login: string }>;
  restart: () => Promise<void>;
  stop: () => Promise<void>;
  /** The vendor's live rows per table, as the platform holds them (canonical JSON by id). */
  rows: (vendorId: string) => Promise<TableRows>;
  /** Every processed mutation of the vendor, in the platform's order. */
  results: (vendorId: string) => Promise<ProcessedMutation[]>;
  /** A change the platform makes itself (issuing vouchers), judged by the harness's rules. */
  originate: (vendorId: string, change: { name: string; args: unknown }) => Promise<string>;
  /** The row operations of each change the platform made itself for the vendor, by mutation id. */
  originated: (vendorId: string) => ReadonlyMap<string, RowOp[]>;
}

export type TableRows = Record<string, Record<string, string>>;

export interface ProcessedMutation {
  deviceId: string;
  seq: number;
  mutationId: string;
  serverSeq: number;
  status: 'applied' | 'rejected';
  reason: string | null;
  rule: string | null;
}

/** The product's mutations, with `invariants` as the platform's rules. */
export function rulesWith(invariants: readonly RegisteredInvariant[]): SyncRules {
  return { ...defaultSyncRules, invariants: new InvariantRegistry(invariants) };
}

export async function startPlatformHarness(
  rules: SyncRules = defaultSyncRules,
  options: Partial<AppOptions> = {},
): Promise<PlatformHarness> {
  const db = await openDatabase({});
  await migrate(db);
  const build = () => buildApp({ db, rules, logger: false, heartbeatMs: 1_000, ...options });
  let app: FastifyInstance = await build();
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as AddressInfo).port;
  let shops = 0;
  const originated = new Map<string, Map<string, RowOp[]>>();
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    createShop: async (name) => {
      const login = `shop${(shops += 1)}-${Date.now()}@vendor.test`;
      const vendorId = await createVendor(db, { name, login, password: SHOP_PASSWORD });
      return { vendorId, login };
    },
    restart: async () => {
      await app.close();
      app = await build();
      await app.listen({ host: '127.0.0.1', port });
    },
    stop: async () => {
      await app.close();
      await db.close();
    },
    rows: (vendorId) => platformRows(db, vendorId),
    originate: async (vendorId, change) => {
      const id = newId();
      const ofVendor = originated.get(vendorId) ?? new Map<string, RowOp[]>();
      originated.set(vendorId, ofVendor);
      ofVendor.set(id, platformMutations.get(change.name)?.ops(change.args) ?? []);
      return (await originate(db, rules, vendorId, { ...change, id })).status;
    },
    originated: (vendorId) => originated.get(vendorId) ?? new Map(),
    results: (vendorId) =>
      db.query<ProcessedMutation>(
        `select device_id as "deviceId", seq::int as seq, mutation_id as "mutationId",
           server_seq::int as "serverSeq", status, reason, rule
         from mutation_results where vendor_id = $1 order by server_seq`,
        [vendorId],
      ),
  };
}

async function platformRows(db: Database, vendorId: string): Promise<TableRows> {
  const rows = await db.query<{ tbl: string; id: string; data: Record<string, unknown> }>(
    `select tbl, id, data from entities where vendor_id = $1 and not deleted
     union all select tbl, id, data from ledger_entries where vendor_id = $1`,
    [vendorId],
  );
  const tables: TableRows = {};
  for (const row of rows) (tables[row.tbl] ??= {})[row.id] = canonicalJson(row.data);
  return tables;
}
