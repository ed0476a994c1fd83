/**
 * Changes the platform turned down. A rejected change leaves the outbox (so the queue never
 * jams) and lands here with its verdict and what it was, in the same transaction: it is never
 * dropped silently. The shop dismisses an item once it has dealt with it; it is kept, marked.
 */
import type { Table } from 'dexie';
import type { OutboxEntry } from '@domain/outbox';
import type { RejectedMutation, RejectionReason } from '@domain/sync/protocol';
import type { VendorDb } from '../../db/vendor-db';
import { opKey, opsOfEntry, splitRowKey } from './replay';

export interface NeedsAttentionRow {
  mutationId: string;
  seq: number;
  /** The mutation's name, e.g. 'menuItem.update'. */
  name: string;
  /** What the change carried (null when only the platform's verdict is known). */
  args: unknown;
  /** Device clock when the shop made the change. */
  madeAt: number | null;
  rejectedAt: number;
  reason: RejectionReason;
  /** The invariant that said no, e.g. 'menuStock.oversold'. */
  rule: string | null;
  details: Record<string, unknown> | null;
  /** The platform's developer message, kept for support. */
  message: string;
  /** The records the change touched, so the page can name them. */
  records: Array<{ table: string; id: string }>;
  dismissedAt: number | null;
}

export function needsAttentionTable(db: VendorDb): Table<NeedsAttentionRow, string> {
  return db.table('needsAttention');
}

/** The row for a rejection; `entry` is the queued change when it is still known. */
export function needsAttentionRow(
  rejection: RejectedMutation,
  entry: OutboxEntry | undefined,
  now: number,
): NeedsAttentionRow {
  const records = entry
    ? [...new Set(opsOfEntry(entry).map(opKey))].map((key) => splitRowKey(key))
    : [];
  return {
    mutationId: rejection.mutationId,
    seq: rejection.seq,
    name: entry?.name ?? rejection.name,
    args: entry?.args ?? null,
    madeAt: entry?.createdAt ?? null,
    rejectedAt: now,
    reason: rejection.reason,
    rule: rejection.rule ?? null,
    details: rejection.details ?? null,
    message: rejection.message,
    records,
    dismissedAt: null,
  };
}

/** Records a rejection once: a second report of it (push, then pull) keeps the first. */
export async function recordRejection(
  db: VendorDb,
  rejection: RejectedMutation,
  entry: OutboxEntry | undefined,
  now = Date.now(),
): Promise<void> {
  const table = needsAttentionTable(db);
  const known = await table.get(rejection.mutationId);
  if (known && (known.args !== null || !entry)) return;
  const row = needsAttentionRow(rejection, entry, known?.rejectedAt ?? now);
  await table.put({ ...row, dismissedAt: known?.dismissedAt ?? null });
}

export async function dismissNeedsAttention(db: VendorDb, mutationId: string): Promise<void> {
  await needsAttentionTable(db).update(mutationId, { dismissedAt: Date.now() });
}

/** What the Sync page lists: not dismissed, newest first. */
export async function openNeedsAttention(db: VendorDb): Promise<NeedsAttentionRow[]> {
  const rows = await needsAttentionTable(db).orderBy('rejectedAt').reverse().toArray();
  return rows.filter((row) => row.dismissedAt === null);
}
