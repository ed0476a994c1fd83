/**
 * The changes made on this device that the platform has not processed yet, read straight from
 * the outbox (written by mutate() with the rows, so it never misses one). Read-only.
 */
import type { OutboxEntry } from '@domain/outbox';
import type { VendorDb } from '../../db/vendor-db';
import { opKey, opsOfEntry, splitRowKey } from './replay';

/** Queued changes after `afterSeq`, oldest first, at most `limit`. */
export function listLocalChanges(
  db: VendorDb,
  afterSeq: number,
  limit: number,
): Promise<OutboxEntry[]> {
  return db.outbox.where('seq').above(afterSeq).limit(limit).toArray();
}

/** One queued change as the Sync page lists it. */
export interface PendingChange {
  seq: number;
  name: string;
  madeAt: number;
  /** Already received by the platform, waiting for its rows to come back. */
  sent: boolean;
  records: Array<{ table: string; id: string }>;
  /** The staff member who made it and who approved it (absent before staff were set up). */
  actorStaffId?: string;
  approverStaffId?: string;
}

export function describePending(entry: OutboxEntry, ackedSeq: number): PendingChange {
  const records = [...new Set(opsOfEntry(entry).map(opKey))].map(splitRowKey);
  return {
    seq: entry.seq,
    name: entry.name,
    madeAt: entry.createdAt,
    sent: entry.seq <= ackedSeq,
    records,
    ...(entry.actorStaffId ? { actorStaffId: entry.actorStaffId } : {}),
    ...(entry.approverStaffId ? { approverStaffId: entry.approverStaffId } : {}),
  };
}
