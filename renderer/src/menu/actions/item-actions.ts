/**
 * Writing items, one mutation per change through the mutation layer: a new item as a full row,
 * an edited one as its changed fields only, so another device's edit of other fields survives.
 */
import {
  appendStock,
  clearItemsSoldOut,
  createItem,
  markItemsSoldOut,
  updateItem,
  type ItemChanges,
} from '@domain/menu/mutations';
import { deltaToReach } from '@domain/menu/sold-out';
import type { MenuItem, StockReason } from '@domain/menu/schema';
import { newId } from '@domain/ids';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import { undoOf } from './bulk-actions';
import type { Undo } from './undo';

const editableKeys = (item: MenuItem) =>
  (Object.keys(item) as (keyof MenuItem)[]).filter((key) => key !== 'id' && key !== 'updatedAt');

/** The fields of `next` that differ from `before` (compared by value), ready for a patch. */
export function changedItemFields(before: MenuItem, next: MenuItem): ItemChanges {
  const changes: Record<string, unknown> = {};
  for (const key of new Set([...editableKeys(before), ...editableKeys(next)])) {
    const was = before[key] ?? null;
    const now = next[key] ?? null;
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[key] = now;
  }
  return changes as ItemChanges;
}

/** Creates the item, or patches what changed; returns false when nothing changed. */
export async function saveItem(
  db: VendorDb,
  item: MenuItem,
  before: MenuItem | undefined,
): Promise<boolean> {
  if (!before) {
    await mutate(db, createItem, item);
    return true;
  }
  const changes = changedItemFields(before, item);
  if (Object.keys(changes).length === 0) return false;
  await mutate(db, updateItem, { ...changes, id: item.id, updatedAt: item.updatedAt });
  return true;
}

/** 沽清 for the business day; the undo puts back whatever sold-out date each item had. */
export async function markSoldOut(
  db: VendorDb,
  items: readonly MenuItem[],
  businessDate: string,
  now: number,
): Promise<Undo> {
  const ids = items.map((item) => item.id);
  await mutate(db, markItemsSoldOut, { ids, businessDate, updatedAt: now });
  return undoOf(db, items, { soldOutBusinessDate: businessDate });
}

/** Back on sale today (the sold-out mark is cleared). */
export async function clearSoldOut(
  db: VendorDb,
  items: readonly MenuItem[],
  now: number,
): Promise<Undo> {
  const ids = items.map((item) => item.id);
  await mutate(db, clearItemsSoldOut, { ids, updatedAt: now });
  return undoOf(db, items, { soldOutBusinessDate: null });
}

/** Appends one stock movement for the business day (a sale is -1; ledger entries are never edited). */
export async function moveStock(
  db: VendorDb,
  item: Pick<MenuItem, 'id'>,
  delta: number,
  reason: StockReason,
  businessDate: string,
  now: number,
): Promise<void> {
  if (delta === 0) return;
  await mutate(db, appendStock, {
    entries: [{ id: newId(), itemId: item.id, businessDate, delta, reason, createdAt: now }],
  });
}

/** "Only 5 left": the adjustment entry that brings today's remaining stock to the count. */
export async function setRemainingStock(
  db: VendorDb,
  item: Pick<MenuItem, 'id'>,
  remaining: number,
  target: number,
  businessDate: string,
  now: number,
): Promise<void> {
  await moveStock(db, item, deltaToReach(remaining, target), 'adjustment', businessDate, now);
}
