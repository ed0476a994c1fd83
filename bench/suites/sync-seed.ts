/**
 * Fills a fresh vendor on the platform with N created menu items, fast, for the first-sync bench.
 * It stores exactly what N pushed `menuItem.create` mutations from one device would (replicating
 * platform/sync/push.ts + apply-ops.ts for new rows: the same verdict, rows, hashes, checksum
 * deltas, results and counters), only in multi-row inserts. `checkSeedMatchesPush` proves that on
 * every run by seeding one vendor this way and one through the real HTTP push, and comparing.
 */
import { randomUUID } from 'node:crypto';
import { createItem } from '../../domain/menu/mutations';
import type { OutboxEntry } from '../../domain/outbox';
import { rowHash } from '../../domain/sync/checksum';
import { acceptMutation } from '../../domain/sync/accept-mutation';
import { PROTOCOL_VERSION, syncPaths } from '../../domain/sync/protocol';
import { applyEntityOp } from '../../domain/sync/row-state';
import type { Database, Queryable, SqlParam } from '../../platform/db/database';
import { ChecksumDeltas } from '../../platform/sync/apply-ops';
import { defaultSyncRules, type SyncRules } from '../../platform/sync/rules';
import { syncMenuItem } from '../browser/sync-fixtures';

const ROWS_PER_INSERT = 1_000;

/** `count` menuItem.create entries of one device, seq 1..count, items 0..count-1. */
export function createdItemEntries(deviceId: string, count: number, from = 0): OutboxEntry[] {
  return Array.from({ length: count }, (_, k) => ({
    id: randomUUID(),
    name: createItem.name,
    version: createItem.version,
    args: syncMenuItem(from + k),
    deviceId,
    seq: k + 1,
    createdAt: Date.UTC(2026, 0, 5),
  }));
}

function values(rowCount: number, columns: number): string {
  return Array.from({ length: rowCount }, (_, r) => {
    const first = r * columns;
    return `(${Array.from({ length: columns }, (_, c) => `$${first + c + 1}`).join(', ')})`;
  }).join(', ');
}

/** Entity rows and result rows for a chunk, exactly as push.ts + apply-ops.ts would write them. */
function chunkRows(
  vendorId: string,
  entries: readonly OutboxEntry[],
  firstServerSeq: number,
  rules: SyncRules,
  deltas: ChecksumDeltas,
) {
  const entities: SqlParam[] = [];
  const results: SqlParam[] = [];
  entries.forEach((entry, k) => {
    const serverSeq = firstServerSeq + k;
    const verdict = acceptMutation(entry, rules.findMutation, rules.argsUpgrades);
    if (!verdict.ok) throw new Error(`seed mutation refused: ${verdict.message}`);
    if (rules.invariants.forMutation(entry.name).length > 0) {
      throw new Error(`${entry.name} has invariants: seed it through the push instead`);
    }
    for (const op of verdict.ops) {
      if (op.op !== 'put') throw new Error(`the seeder writes new rows only, not ${op.op}`);
      const next = applyEntityOp(undefined, op)!;
      const hash = rowHash(next.row!);
      deltas.shift(op.table, hash, +1);
      entities.push(vendorId, op.table, op.row.id, next.row, next.deleted, serverSeq, ...hash);
    }
    results.push(vendorId, entry.deviceId, entry.seq, entry.id, entry.name, serverSeq, 'applied');
  });
  return { entities, results };
}

async function insertChunk(tx: Queryable, rows: ReturnType<typeof chunkRows>): Promise<void> {
  await tx.query(
    `insert into entities (vendor_id, tbl, id, data, deleted, seq, hash_a, hash_b)
     values ${values(rows.entities.length / 8, 8)}`,
    rows.entities,
  );
  await tx.query(
    `insert into mutation_results (vendor_id, device_id, seq, mutation_id, name, server_seq, status)
     values ${values(rows.results.length / 7, 7)}`,
    rows.results,
  );
}

/**
 * Stores `entries` (one device's creates, seq 1..n, none seen before) as processed by a vendor
 * that has no changes yet, in one transaction.
 */
export async function seedCreatedItems(
  db: Database,
  vendorId: string,
  entries: readonly OutboxEntry[],
  rules: SyncRules = defaultSyncRules,
): Promise<void> {
  const deviceId = entries[0]?.deviceId;
  if (!deviceId) return;
  await db.transaction(async (tx) => {
    const [counter] = await tx.query<{ last_seq: number }>(
      'select last_seq from vendor_seqs where vendor_id = $1 for update',
      [vendorId],
    );
    if (counter?.last_seq !== 0) throw new Error('the seeder fills fresh vendors only');
    await tx.query(
      'insert into device_cursors (vendor_id, device_id) values ($1, $2) on conflict do nothing',
      [vendorId, deviceId],
    );
    const deltas = new ChecksumDeltas();
    for (let start = 0; start < entries.length; start += ROWS_PER_INSERT) {
      const chunk = entries.slice(start, start + ROWS_PER_INSERT);
      await insertChunk(tx, chunkRows(vendorId, chunk, start + 1, rules, deltas));
    }
    await deltas.save(tx, vendorId);
    await tx.query('update vendor_seqs set last_seq = $2 where vendor_id = $1', [
      vendorId,
      entries.length,
    ]);
    await tx.query(
      `update device_cursors set last_seq = $3, updated_at = now()
       where vendor_id = $1 and device_id = $2`,
      [vendorId, deviceId, entries.at(-1)!.seq],
    );
  });
}

/** Pushes `entries` through the platform's HTTP push, 500 at a time, as a console would. */
export async function pushEntries(
  baseUrl: string,
  vendorId: string,
  token: string,
  entries: readonly OutboxEntry[],
  batch = 500,
): Promise<void> {
  for (let start = 0; start < entries.length; start += batch) {
    const mutations = entries.slice(start, start + batch);
    const response = await fetch(baseUrl + syncPaths.push(vendorId), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        protocolVersion: PROTOCOL_VERSION,
        deviceId: mutations[0]!.deviceId,
        mutations,
      }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`push failed: ${response.status} ${text.slice(0, 200)}`);
    const { lastProcessedSeq } = JSON.parse(text) as { lastProcessedSeq: number };
    if (lastProcessedSeq !== mutations.at(-1)!.seq) {
      throw new Error(`push stopped at seq ${lastProcessedSeq} of ${mutations.at(-1)!.seq}`);
    }
  }
}

/** Everything a vendor's processed creates left behind, without the vendor id and clocks. */
async function storedState(db: Database, vendorId: string) {
  const read = (sql: string) => db.query(sql, [vendorId]);
  return JSON.stringify([
    await read(`select tbl, id, data, deleted, seq, hash_a, hash_b from entities
                where vendor_id = $1 order by tbl, id`),
    await read(`select tbl, row_count, sum_a, sum_b from table_checksums
                where vendor_id = $1 order by tbl`),
    await read('select last_seq from vendor_seqs where vendor_id = $1'),
    await read('select device_id, last_seq from device_cursors where vendor_id = $1'),
    await read(`select device_id, seq, mutation_id, name, server_seq, status, reason, rule,
                  message, details from mutation_results where vendor_id = $1 order by seq`),
  ]);
}

/**
 * Seeds `viaPush` through the HTTP push and `viaSeed` through the seeder with the same entries,
 * and throws when the stored results differ: the seeder has drifted from the platform's code.
 */
export async function checkSeedMatchesPush(
  db: Database,
  baseUrl: string,
  viaPush: { vendorId: string; token: string; deviceId: string },
  viaSeedVendorId: string,
  count: number,
): Promise<void> {
  const entries = createdItemEntries(viaPush.deviceId, count);
  await pushEntries(baseUrl, viaPush.vendorId, viaPush.token, entries);
  await seedCreatedItems(db, viaSeedVendorId, entries);
  const [pushed, seeded] = await Promise.all([
    storedState(db, viaPush.vendorId),
    storedState(db, viaSeedVendorId),
  ]);
  if (pushed !== seeded) {
    throw new Error(
      'bench/suites/sync-seed.ts no longer stores what the platform push stores; ' +
        'update it to match platform/sync/push.ts and apply-ops.ts',
    );
  }
}
