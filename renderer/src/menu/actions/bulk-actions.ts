/**
 * Changes to many items at once. Each is ONE mutation (one transaction, one outbox entry), so a
 * bulk change lands whole or not at all, and each returns its undo, made from the items as they
 * were before the change.
 */
import { priceChangesOf, priceUndoOf, type PricePreviewRow } from '@domain/menu/bulk';
import {
  bulkUpdateItems,
  deleteItems as deleteItemsMutation,
  restoreItems,
  type ItemChange,
  type ItemChanges,
} from '@domain/menu/mutations';
import type { ItemStatus, MenuItem } from '@domain/menu/schema';
import { inverseItemChanges } from '@domain/menu/undo';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import type { Undo } from './undo';

async function applyChanges(db: VendorDb, changes: readonly ItemChange[], now: number) {
  if (changes.length > 0)
    await mutate(db, bulkUpdateItems, { changes: [...changes], updatedAt: now });
}

/** The undo of setting `fields` on `before`: every field back to the value it had. */
export function undoOf(db: VendorDb, before: readonly MenuItem[], fields: ItemChanges): Undo {
  const inverse = inverseItemChanges(
    before,
    before.map((item) => ({ id: item.id, fields })),
  );
  return () => applyChanges(db, inverse, Date.now());
}

/** Sets the same fields on every item (move to a category, on or off sale). */
export async function setItemFields(
  db: VendorDb,
  items: readonly MenuItem[],
  fields: ItemChanges,
  now: number,
): Promise<Undo> {
  await applyChanges(
    db,
    items.map((item) => ({ id: item.id, fields })),
    now,
  );
  return undoOf(db, items, fields);
}

export const moveItems = (
  db: VendorDb,
  items: readonly MenuItem[],
  categoryId: string,
  now: number,
) => setItemFields(db, items, { categoryId }, now);

export const setItemsStatus = (
  db: VendorDb,
  items: readonly MenuItem[],
  status: ItemStatus,
  now: number,
) => setItemFields(db, items, { status }, now);

/** Applies a previewed price change (old → new as the shop saw it); the undo restores the old prices. */
export async function changePrices(
  db: VendorDb,
  rows: readonly PricePreviewRow[],
  now: number,
): Promise<Undo> {
  await applyChanges(db, priceChangesOf(rows), now);
  const undo = priceUndoOf(rows);
  return () => applyChanges(db, undo, Date.now());
}

/**
 * Deletes items. Their photos are kept (metadata and images), so the undo, which puts the items
 * back exactly as they were, brings their photos back too.
 */
export async function deleteItems(db: VendorDb, items: readonly MenuItem[]): Promise<Undo> {
  const ids = items.map((item) => item.id);
  await mutate(db, deleteItemsMutation, { ids, photoIds: [] });
  const rows = items.map((item) => ({ ...item }));
  return async () => {
    await mutate(db, restoreItems, { items: rows });
  };
}
