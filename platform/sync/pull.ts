/**
 * Reads one page of a vendor's changes after a cursor, in one repeatable-read snapshot, so the
 * page, the device's progress, its rejections and the checksums all describe the same moment.
 * A page ends on a whole change number: one mutation's rows never straddle two pages.
 */
import { syncedTables } from '../../domain/mutations/tables';
import { TableChecksum } from '../../domain/sync/checksum';
import type { Change, PullResponse, RejectedMutation } from '../../domain/sync/protocol';
import type { Database, Queryable } from '../db/database';

export interface PullInput {
  vendorId: string;
  deviceId: string;
  cursor: number;
  limit: number;
}

/** The cursor is beyond anything the platform has (its data was restored or replaced). */
export class CursorAheadError extends Error {
  constructor(readonly latest: number) {
    super(`cursor is ahead of the platform's latest change ${latest}`);
  }
}

interface ChangeRow {
  kind: 'entity' | 'ledger';
  tbl: string;
  id: string;
  data: Record<string, unknown> | null;
  deleted: boolean;
  seq: number;
}

const changesAfter = `
  select * from (
    select 'entity' as kind, tbl, id, data, deleted, seq from entities
      where vendor_id = $1 and seq > $2 and seq <= $3
    union all
    select 'ledger' as kind, tbl, id, data, false as deleted, seq from ledger_entries
      where vendor_id = $1 and seq > $2 and seq <= $3
  ) as changes order by seq, kind, tbl, id`;

export async function readPull(db: Database, input: PullInput): Promise<PullResponse> {
  const { vendorId, deviceId, cursor, limit } = input;
  return db.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read');
    const [counter] = await tx.query<{ last_seq: number }>(
      'select last_seq from vendor_seqs where vendor_id = $1',
      [vendorId],
    );
    const latest = counter?.last_seq ?? 0;
    if (cursor > latest) throw new CursorAheadError(latest);
    const { rows, nextCursor, hasMore } = await readPage(tx, vendorId, cursor, latest, limit);
    const response: PullResponse = {
      changes: rows.map(toChange),
      nextCursor,
      hasMore,
      latestCursor: latest,
      lastProcessedSeq: await lastProcessedAt(tx, vendorId, deviceId, nextCursor),
      devices: await tx.query(
        `select device_id as "deviceId", last_seq as "lastProcessedSeq" from device_cursors
         where vendor_id = $1 order by device_id`,
        [vendorId],
      ),
      rejections: await rejectionsBetween(tx, vendorId, deviceId, cursor, nextCursor),
    };
    if (!hasMore) response.checksums = await checksums(tx, vendorId);
    return response;
  });
}

async function readPage(
  tx: Queryable,
  vendorId: string,
  cursor: number,
  latest: number,
  limit: number,
) {
  const rows = await tx.query<ChangeRow>(`${changesAfter} limit $4`, [
    vendorId,
    cursor,
    latest,
    limit + 1,
  ]);
  if (rows.length <= limit) return { rows, nextCursor: latest, hasMore: false };
  // Cut after the last whole change number: drop the rows of the number that was cut short...
  const lastSeq = rows[limit - 1]!.seq;
  const whole = rows.filter((row) => row.seq < lastSeq);
  // ...and read that number's rows in full (a page may exceed `limit` to keep a mutation whole).
  const tail = await tx.query<ChangeRow>(changesAfter, [vendorId, lastSeq - 1, lastSeq]);
  return { rows: [...whole, ...tail], nextCursor: lastSeq, hasMore: lastSeq < latest };
}

function toChange(row: ChangeRow): Change {
  return row.kind === 'entity'
    ? {
        kind: 'entity',
        table: row.tbl,
        id: row.id,
        row: row.deleted ? null : row.data,
        deleted: row.deleted,
        serverSeq: row.seq,
      }
    : { kind: 'ledger', table: row.tbl, id: row.id, row: row.data ?? {}, serverSeq: row.seq };
}

/** The device's seqs are processed in order, so its last one up to `at` is the latest by server seq. */
async function lastProcessedAt(tx: Queryable, vendorId: string, deviceId: string, at: number) {
  const [row] = await tx.query<{ seq: number }>(
    `select seq from mutation_results where vendor_id = $1 and device_id = $2 and server_seq <= $3
     order by server_seq desc limit 1`,
    [vendorId, deviceId, at],
  );
  return row?.seq ?? 0;
}

async function rejectionsBetween(
  tx: Queryable,
  vendorId: string,
  deviceId: string,
  after: number,
  upTo: number,
): Promise<RejectedMutation[]> {
  const rows = await tx.query<{
    mutation_id: string;
    seq: number;
    name: string;
    server_seq: number;
    reason: RejectedMutation['reason'];
    rule: string | null;
    message: string | null;
    details: Record<string, unknown> | null;
  }>(
    `select mutation_id, seq, name, server_seq, reason, rule, message, details from mutation_results
     where vendor_id = $1 and device_id = $2 and status = 'rejected' and server_seq > $3 and server_seq <= $4
     order by server_seq`,
    [vendorId, deviceId, after, upTo],
  );
  return rows.map((row) => ({
    status: 'rejected',
    mutationId: row.mutation_id,
    seq: row.seq,
    name: row.name,
    serverSeq: row.server_seq,
    reason: row.reason,
    message: row.message ?? '',
    ...(row.rule ? { rule: row.rule } : {}),
    ...(row.details ? { details: row.details } : {}),
  }));
}

async function checksums(tx: Queryable, vendorId: string): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for (const table of syncedTables) result[table] = new TableChecksum().toString();
  const rows = await tx.query<{ tbl: string; row_count: number; sum_a: number; sum_b: number }>(
    'select tbl, row_count, sum_a, sum_b from table_checksums where vendor_id = $1',
    [vendorId],
  );
  for (const row of rows) {
    result[row.tbl] = new TableChecksum(row.row_count, row.sum_a, row.sum_b).toString();
  }
  return result;
}
