/**
 * Changes the platform turned down. A rejected change leaves the outbox (so the queue never
 * jams) and lands in this desktop's `needsAttention` table with its verdict and what it was, in
 * the same transaction: it is never dropped silently. The platform also puts every rejection on
 * the shop-wide list (attentionItem, synced), so every desktop of the shop sees it; the list
 * shown is the shop-wide one plus this desktop's own rejections not yet arrived there. Dismissing
 * or fixing an item is a change (attentionItem.settle) that takes it off every desktop's list.
 */
import { CUSTOMER_ERASED } from '@domain/customers/invariants/erased';
import type { Table } from 'dexie';
import { findMutation } from '@domain/mutations/registry';
import type { OutboxEntry } from '@domain/outbox';
import type { FollowUpChange } from '@domain/parts/define';
import {
  settleAttentionItem,
  type AttentionItem,
  type AttentionResolution,
} from '@domain/sync/attention';
import type { RejectedMutation, RejectionReason } from '@domain/sync/protocol';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import { syncScope } from './rebase-pending';
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
  /** The staff member who made the change and who approved it, when known. */
  madeBy?: string | null;
  approvedBy?: string | null;
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
    // An edit of an erased person is turned down so the data stays gone: keep none of it here.
    args: rejection.rule === CUSTOMER_ERASED ? null : (entry?.args ?? null),
    madeAt: entry?.createdAt ?? null,
    rejectedAt: now,
    reason: rejection.reason,
    rule: rejection.rule ?? null,
    details: rejection.details ?? null,
    message: rejection.message,
    records,
    dismissedAt: null,
    madeBy: entry?.actorStaffId ?? null,
    approvedBy: entry?.approverStaffId ?? null,
  };
}

/**
 * Forgets the arguments of this desk's rejected changes that name an erased customer (an edit of
 * their name, a charge): the person's data must not outlive the erasure in this list either. The
 * rows stay, without their one-click fixes.
 */
export async function forgetErasedCustomerArgs(db: VendorDb, customerId: string): Promise<void> {
  await needsAttentionTable(db)
    .filter((row) => row.args !== null && JSON.stringify(row.args).includes(customerId))
    .modify({ args: null });
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

export function attentionItemTable(db: VendorDb): Table<AttentionItem, string> {
  return db.table('attentionItem');
}

/** A shop-wide item as the list shows it; this desktop's own copy fills in what it lacks. */
function fromAttentionItem(
  item: AttentionItem,
  own: NeedsAttentionRow | undefined,
): NeedsAttentionRow {
  return {
    mutationId: item.id,
    seq: own?.seq ?? 0,
    name: item.name,
    args: item.args ?? own?.args ?? null,
    madeAt: item.madeAt,
    rejectedAt: item.rejectedAt,
    reason: item.reason,
    rule: item.rule,
    details: item.details,
    message: item.message,
    records: item.records.length > 0 ? item.records : (own?.records ?? []),
    dismissedAt: item.dismissedAt ?? own?.dismissedAt ?? null,
    madeBy: item.madeBy ?? own?.madeBy ?? null,
    approvedBy: item.approvedBy ?? own?.approvedBy ?? null,
  };
}

/**
 * What the Sync page lists: the shop's open items, newest first — every desktop's rejections as
 * the platform recorded them, and this desktop's own ones it has not pulled yet.
 */
export async function openNeedsAttention(db: VendorDb): Promise<NeedsAttentionRow[]> {
  const [items, own] = await Promise.all([
    attentionItemTable(db).toArray(),
    needsAttentionTable(db).toArray(),
  ]);
  const ownById = new Map(own.map((row) => [row.mutationId, row]));
  const shopWide = new Set(items.map((item) => item.id));
  const rows = [
    ...items.map((item) => fromAttentionItem(item, ownById.get(item.id))),
    ...own.filter((row) => !shopWide.has(row.mutationId)),
  ];
  return rows.filter((row) => row.dismissedAt === null).sort((a, b) => b.rejectedAt - a.rejectedAt);
}

/**
 * Takes an item off the shop's list on every desktop: marks this desktop's copy and makes the
 * settle change, in one transaction. `followUp` is the change a fix makes; it is saved in the
 * same transaction, so the shop never sees the item settled without its fix, nor the reverse.
 */
export async function settleNeedsAttention(
  db: VendorDb,
  mutationId: string,
  resolution: AttentionResolution,
  followUp?: FollowUpChange,
  now = Date.now(),
): Promise<void> {
  const definition = followUp ? findMutation(followUp.name) : undefined;
  if (followUp && !definition) throw new Error(`no mutation ${followUp.name}`);
  // The sync scope holds every table a follow-up change can write, so it is parsed once, by mutate.
  await db.transaction('rw', syncScope(db), async () => {
    if (definition && followUp) await mutate(db, definition, followUp.args);
    await needsAttentionTable(db).update(mutationId, { dismissedAt: now });
    await mutate(db, settleAttentionItem, { id: mutationId, resolution, settledAt: now });
  });
}
