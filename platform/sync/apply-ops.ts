/**
 * Writes a mutation's row operations to PostgreSQL with the same rules the client uses
 * (domain/sync/row-state.ts): field-level patch merge, tombstones for deletes, ledger entries
 * appended once. Every row written carries the mutation's server seq, and each table's checksum
 * is adjusted by the rows' hash changes, so a pull never has to reread a table to checksum it.
 */
import { rowHash, type RowHash } from '../../domain/sync/checksum';
import { applyEntityOp, type EntityOp, type StoredEntity } from '../../domain/sync/row-state';
import type { EntityRow, RowOp } from '../../domain/mutations/row-ops';
import { tableLookups, type LookupRegistry } from '../../domain/mutations/tables';
import type { Queryable } from '../db/database';
import { LookupChanges } from './lookups';

interface ChecksumDelta {
  count: number;
  sumA: number;
  sumB: number;
}

/** Changes to tables' checksums, gathered over a batch and saved once per table. */
export class ChecksumDeltas {
  private readonly byTable = new Map<string, ChecksumDelta>();

  shift(table: string, [a, b]: RowHash, sign: 1 | -1): void {
    this.add(table, { count: sign, sumA: (sign * a) >>> 0, sumB: (sign * b) >>> 0 });
  }

  mergeInto(other: ChecksumDeltas): void {
    for (const [table, delta] of this.byTable) other.add(table, delta);
  }

  private add(table: string, { count, sumA, sumB }: ChecksumDelta): void {
    const delta = this.byTable.get(table) ?? { count: 0, sumA: 0, sumB: 0 };
    delta.count += count;
    delta.sumA = (delta.sumA + sumA) >>> 0;
    delta.sumB = (delta.sumB + sumB) >>> 0;
    this.byTable.set(table, delta);
  }

  async save(tx: Queryable, vendorId: string): Promise<void> {
    for (const [table, delta] of this.byTable) {
      // Deltas are already reduced modulo 2^32, so the sums stay in [0, 2^32).
      await tx.query(
        `insert into table_checksums (vendor_id, tbl, row_count, sum_a, sum_b) values ($1, $2, $3, $4, $5)
         on conflict (vendor_id, tbl) do update set row_count = table_checksums.row_count + excluded.row_count,
           sum_a = (table_checksums.sum_a + excluded.sum_a) % 4294967296,
           sum_b = (table_checksums.sum_b + excluded.sum_b) % 4294967296`,
        [vendorId, table, delta.count, delta.sumA, delta.sumB],
      );
    }
  }
}

/**
 * Row operations go to the database this many at a time: one read and one write statement per
 * chunk instead of two per row, which is what keeps the largest change a push may carry short
 * (the whole platform waits for it on PGlite). The rows travel as one JSON parameter, read with
 * jsonb_to_recordset, the same on PGlite and PostgreSQL.
 */
const CHUNK = 500;

interface StoredRow {
  tbl: string;
  id: string;
  data: EntityRow | null;
  deleted: boolean;
  hash_a: number | null;
  hash_b: number | null;
}

/** A record's state while a chunk is applied, and the hash it counts in its table's checksum. */
interface Current {
  table: EntityOp['table'];
  id: string;
  entity: StoredEntity | undefined;
  hash: RowHash | undefined;
}

const keyOf = (table: string, id: string) => JSON.stringify([table, id]);
const idOf = (op: EntityOp) => (op.op === 'put' ? op.row.id : op.id);

/**
 * Applies `ops` for `vendorId` as change `serverSeq`, in order, noting checksum changes in
 * `deltas` (the caller saves them) and writing the changed rows' lookups (lookups.ts); returns
 * how many rows changed.
 */
export async function applyRowOps(
  tx: Queryable,
  vendorId: string,
  serverSeq: number,
  ops: readonly RowOp[],
  deltas: ChecksumDeltas,
  lookups: LookupRegistry = tableLookups,
): Promise<number> {
  let changed = 0;
  const lookupChanges = new LookupChanges(lookups);
  for (let start = 0; start < ops.length; start += CHUNK) {
    const chunk = ops.slice(start, start + CHUNK);
    const entityOps = chunk.filter((op): op is EntityOp => op.op !== 'append');
    const appends = chunk.filter((op) => op.op === 'append');
    const write = { tx, vendorId, serverSeq, deltas, lookupChanges };
    changed += await writeEntities(write, entityOps);
    changed += await appendEntries(write, appends);
  }
  await lookupChanges.save(tx, vendorId);
  return changed;
}

/** The stored records `ops` touch, locked for this transaction. */
async function readCurrent(tx: Queryable, vendorId: string, ops: readonly EntityOp[]) {
  const keys = [...new Map(ops.map((op) => [keyOf(op.table, idOf(op)), op])).values()].map(
    (op) => ({ tbl: op.table, id: idOf(op) }),
  );
  const rows = await tx.query<StoredRow>(
    `select tbl, id, data, deleted, hash_a, hash_b from entities
     where vendor_id = $1 and (tbl, id) in
       (select k.tbl, k.id from jsonb_to_recordset($2::jsonb) as k(tbl text, id text))
     for update`,
    [vendorId, JSON.stringify(keys)],
  );
  const current = new Map<string, Current>();
  for (const row of rows) {
    const live = !row.deleted && row.hash_a !== null && row.hash_b !== null;
    current.set(keyOf(row.tbl, row.id), {
      table: row.tbl as EntityOp['table'],
      id: row.id,
      entity: { row: row.data, deleted: row.deleted },
      hash: live ? [row.hash_a!, row.hash_b!] : undefined,
    });
  }
  return current;
}

/** Where one chunk's writes go, and what they must be noted in. */
interface ChunkWrite {
  tx: Queryable;
  vendorId: string;
  serverSeq: number;
  deltas: ChecksumDeltas;
  lookupChanges: LookupChanges;
}

async function writeEntities(
  { tx, vendorId, serverSeq, deltas, lookupChanges }: ChunkWrite,
  ops: readonly EntityOp[],
): Promise<number> {
  if (ops.length === 0) return 0;
  const current = await readCurrent(tx, vendorId, ops);
  const changedKeys = new Set<string>();
  let changed = 0;
  for (const op of ops) {
    const key = keyOf(op.table, idOf(op));
    const before = current.get(key);
    const next = applyEntityOp(before?.entity, op);
    if (!next) continue;
    const added = next.row && !next.deleted ? rowHash(next.row) : undefined;
    if (before?.hash) deltas.shift(op.table, before.hash, -1);
    if (added) deltas.shift(op.table, added, +1);
    current.set(key, { table: op.table, id: idOf(op), entity: next, hash: added });
    changedKeys.add(key);
    changed += 1;
  }
  if (changedKeys.size === 0) return 0;
  const rows = [...changedKeys].map((key) => {
    const { table, id, entity, hash } = current.get(key)!;
    lookupChanges.entity(table, id, entity?.row && !entity.deleted ? entity.row : null);
    return {
      tbl: table,
      id,
      data: entity?.row ?? null,
      deleted: entity?.deleted ?? false,
      hash_a: hash?.[0] ?? null,
      hash_b: hash?.[1] ?? null,
    };
  });
  await tx.query(
    `insert into entities (vendor_id, tbl, id, data, deleted, seq, hash_a, hash_b)
     select $1, r.tbl, r.id, r.data, r.deleted, $2, r.hash_a, r.hash_b
       from jsonb_to_recordset($3::jsonb)
         as r(tbl text, id text, data jsonb, deleted boolean, hash_a bigint, hash_b bigint)
     on conflict (vendor_id, tbl, id) do update set data = excluded.data,
       deleted = excluded.deleted, seq = excluded.seq, hash_a = excluded.hash_a, hash_b = excluded.hash_b`,
    [vendorId, serverSeq, JSON.stringify(rows)],
  );
  return changed;
}

/** Appends ledger entries once: an entry already there (a resend) is left as it was. */
async function appendEntries(
  { tx, vendorId, serverSeq, deltas, lookupChanges }: ChunkWrite,
  ops: readonly Extract<RowOp, { op: 'append' }>[],
): Promise<number> {
  if (ops.length === 0) return 0;
  const hashes = new Map<string, { table: string; hash: RowHash; row: EntityRow }>();
  const rows = [];
  for (const op of ops) {
    const key = keyOf(op.table, op.row.id);
    if (hashes.has(key)) continue; // the first of two entries with one id is the one kept
    const hash = rowHash(op.row);
    hashes.set(key, { table: op.table, hash, row: op.row });
    rows.push({ tbl: op.table, id: op.row.id, data: op.row, hash_a: hash[0], hash_b: hash[1] });
  }
  const inserted = await tx.query<{ tbl: string; id: string }>(
    `insert into ledger_entries (vendor_id, tbl, id, data, seq, hash_a, hash_b)
     select $1, r.tbl, r.id, r.data, $2, r.hash_a, r.hash_b
       from jsonb_to_recordset($3::jsonb)
         as r(tbl text, id text, data jsonb, hash_a bigint, hash_b bigint)
     on conflict (vendor_id, tbl, id) do nothing returning tbl, id`,
    [vendorId, serverSeq, JSON.stringify(rows)],
  );
  for (const { tbl, id } of inserted) {
    const { table, hash, row } = hashes.get(keyOf(tbl, id))!;
    deltas.shift(table, hash, +1);
    lookupChanges.append(table, row);
  }
  return inserted.length;
}
