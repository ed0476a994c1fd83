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

interface StoredRow {
  data: EntityRow | null;
  deleted: boolean;
  hash_a: number | null;
  hash_b: number | null;
}

/**
 * Applies `ops` for `vendorId` as change `serverSeq`, noting checksum changes in `deltas` (the
 * caller saves them) and writing the changed rows' lookups; returns how many rows changed.
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
  for (const op of ops) {
    const written =
      op.op === 'append'
        ? await appendEntry(tx, vendorId, serverSeq, op.table, op.row)
        : await writeEntity(tx, vendorId, serverSeq, op);
    if (!written) continue;
    changed += 1;
    if (written.removed) deltas.shift(op.table, written.removed, -1);
    if (written.added) deltas.shift(op.table, written.added, +1);
    if (op.op === 'append') lookupChanges.append(op.table, op.row);
    else lookupChanges.entity(op.table, op.op === 'put' ? op.row.id : op.id, written.live ?? null);
  }
  await lookupChanges.save(tx, vendorId);
  return changed;
}

/** A write's checksum changes, and an entity's live row after it (null: deleted or missing). */
type Written = { removed?: RowHash; added?: RowHash; live?: EntityRow | null } | null;

async function writeEntity(
  tx: Queryable,
  vendorId: string,
  serverSeq: number,
  op: EntityOp,
): Promise<Written> {
  const id = op.op === 'put' ? op.row.id : op.id;
  const [stored] = await tx.query<StoredRow>(
    `select data, deleted, hash_a, hash_b from entities
     where vendor_id = $1 and tbl = $2 and id = $3 for update`,
    [vendorId, op.table, id],
  );
  const current: StoredEntity | undefined = stored && { row: stored.data, deleted: stored.deleted };
  const next = applyEntityOp(current, op);
  if (!next) return null;
  const added = next.row && !next.deleted ? rowHash(next.row) : undefined;
  await tx.query(
    `insert into entities (vendor_id, tbl, id, data, deleted, seq, hash_a, hash_b)
     values ($1, $2, $3, $4, $5, $6, $7, $8)
     on conflict (vendor_id, tbl, id) do update set data = excluded.data,
       deleted = excluded.deleted, seq = excluded.seq, hash_a = excluded.hash_a, hash_b = excluded.hash_b`,
    [
      vendorId,
      op.table,
      id,
      next.row,
      next.deleted,
      serverSeq,
      added?.[0] ?? null,
      added?.[1] ?? null,
    ],
  );
  const removed: RowHash | undefined =
    stored && !stored.deleted && stored.hash_a !== null && stored.hash_b !== null
      ? [stored.hash_a, stored.hash_b]
      : undefined;
  return { removed, added, live: next.row && !next.deleted ? next.row : null };
}

async function appendEntry(
  tx: Queryable,
  vendorId: string,
  serverSeq: number,
  table: string,
  row: EntityRow,
): Promise<Written> {
  const hash = rowHash(row);
  const inserted = await tx.query(
    `insert into ledger_entries (vendor_id, tbl, id, data, seq, hash_a, hash_b)
     values ($1, $2, $3, $4, $5, $6, $7) on conflict (vendor_id, tbl, id) do nothing returning id`,
    [vendorId, table, row.id, row, serverSeq, hash[0], hash[1]],
  );
  return inserted.length > 0 ? { added: hash } : null;
}
