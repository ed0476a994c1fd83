/**
 * The staff records' history on the platform: after a change writes a staff member or role, its
 * new state is kept under that change's server seq and sending device. Reads answer "this record
 * as the desk saw it": the latest state at or before the change number the desk had pulled, or
 * one written by the desk's own earlier changes (which it saw the moment it made them).
 */
import type { RowOp } from '../../domain/mutations/row-ops';
import type { Queryable } from '../db/database';

export const HISTORY_TABLES: ReadonlySet<string> = new Set(['staffMember', 'staffRole']);

/** Keeps the new state of every staff record `ops` wrote (call after the rows are written). */
export async function recordStaffHistory(
  tx: Queryable,
  vendorId: string,
  serverSeq: number,
  deviceId: string,
  ops: readonly RowOp[],
): Promise<void> {
  const keys = ops
    .filter((op) => HISTORY_TABLES.has(op.table))
    .map((op) => ({
      tbl: op.table,
      id: op.op === 'put' || op.op === 'append' ? op.row.id : op.id,
    }));
  if (keys.length === 0) return;
  await tx.query(
    `insert into staff_history (vendor_id, tbl, id, seq, device_id, data)
     select e.vendor_id, e.tbl, e.id, $2, $3, e.data from entities e
     where e.vendor_id = $1 and not e.deleted and e.data is not null and (e.tbl, e.id) in
       (select k.tbl, k.id from jsonb_to_recordset($4::jsonb) as k(tbl text, id text))
     on conflict do nothing`,
    [vendorId, serverSeq, deviceId, JSON.stringify(keys)],
  );
}

/** Which history the desk saw: rows up to `asOf`, and rows its own device wrote. */
export interface SeenBy {
  asOf: number;
  deviceId: string;
}

export async function recordAsSeen<Row>(
  tx: Queryable,
  vendorId: string,
  table: string,
  id: string,
  seen: SeenBy,
): Promise<Row | null> {
  const [row] = await tx.query<{ data: Row }>(
    `select data from staff_history
     where vendor_id = $1 and tbl = $2 and id = $3 and (seq <= $4 or device_id = $5)
     order by seq desc limit 1`,
    [vendorId, table, id, seen.asOf, seen.deviceId],
  );
  return row?.data ?? null;
}

/** Whether the shop had set up staff (any member), as the desk saw it. */
export async function staffSetUpAsSeen(
  tx: Queryable,
  vendorId: string,
  seen: SeenBy,
): Promise<boolean> {
  const rows = await tx.query(
    `select 1 from staff_history
     where vendor_id = $1 and tbl = 'staffMember' and (seq <= $2 or device_id = $3) limit 1`,
    [vendorId, seen.asOf, seen.deviceId],
  );
  return rows.length > 0;
}
