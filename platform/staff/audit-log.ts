/**
 * The audit log: one row per processed change that needed a permission, written in the push
 * transaction with its verdict, and read by the shop newest first (routes-audit.ts).
 */
import { recordsOf } from '../../domain/sync/attention';
import type { RowOp } from '../../domain/mutations/row-ops';
import type { OutboxEntry } from '../../domain/outbox';
import type { AuditEntry, AuditQuery, AuditResponse } from '../../domain/staff/audit';
import type { Queryable } from '../db/database';
import { storable } from '../sync/storable';
import type { StaffJudgement } from './authority';

const AUDIT_RECORDS = 20;

export async function recordAudit(
  tx: Queryable,
  vendorId: string,
  serverSeq: number,
  entry: OutboxEntry,
  judgement: StaffJudgement,
  status: 'applied' | 'rejected',
  ops: readonly RowOp[],
): Promise<void> {
  await tx.query(
    `insert into staff_audit (vendor_id, server_seq, mutation_id, name, permissions, status,
       actor_staff_id, actor_name, approver_staff_id, approver_name, device_id, made_at,
       received_at, records)
     values ($1, $2, $3, $4, $5::jsonb, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb)`,
    [
      vendorId,
      serverSeq,
      entry.id,
      storable(entry.name),
      JSON.stringify(judgement.required),
      status,
      entry.actorStaffId ?? null,
      judgement.actorName,
      entry.approverStaffId ?? null,
      judgement.approverName,
      entry.deviceId,
      entry.createdAt,
      Date.now(),
      JSON.stringify(recordsOf(ops).slice(0, AUDIT_RECORDS)),
    ],
  );
}

interface AuditRow {
  server_seq: number;
  mutation_id: string;
  name: string;
  permissions: string[];
  status: 'applied' | 'rejected';
  actor_staff_id: string | null;
  actor_name: string | null;
  approver_staff_id: string | null;
  approver_name: string | null;
  device_id: string;
  device_name: string | null;
  made_at: number;
  received_at: number;
  records: AuditEntry['records'];
}

export async function readAudit(
  db: Queryable,
  vendorId: string,
  query: AuditQuery,
): Promise<AuditResponse> {
  const rows = await db.query<AuditRow>(
    `select a.server_seq, a.mutation_id, a.name, a.permissions, a.status, a.actor_staff_id,
       a.actor_name, a.approver_staff_id, a.approver_name, a.device_id, a.made_at, a.received_at,
       a.records,
       (select s.device_name from device_sessions s where s.device_id = a.device_id
         order by s.created_at desc limit 1) as device_name
     from staff_audit a
     where a.vendor_id = $1
       and ($2::bigint is null or a.server_seq < $2)
       and ($3::uuid is null or a.actor_staff_id = $3 or a.approver_staff_id = $3)
       and ($4::bigint is null or a.received_at >= $4)
       and ($5::bigint is null or a.received_at < $5)
     order by a.server_seq desc
     limit $6`,
    [
      vendorId,
      query.before ?? null,
      query.staffId ?? null,
      query.from ?? null,
      query.to ?? null,
      query.limit + 1,
    ],
  );
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map((row) => ({
      serverSeq: Number(row.server_seq),
      mutationId: row.mutation_id,
      name: row.name,
      permissions: row.permissions,
      status: row.status,
      actorStaffId: row.actor_staff_id,
      actorName: row.actor_name,
      approverStaffId: row.approver_staff_id,
      approverName: row.approver_name,
      deviceId: row.device_id,
      deviceName: row.device_name,
      madeAt: Number(row.made_at),
      receivedAt: Number(row.received_at),
      records: row.records,
    })),
    nextBefore: rows.length > query.limit ? Number(page[page.length - 1]!.server_seq) : null,
  };
}
