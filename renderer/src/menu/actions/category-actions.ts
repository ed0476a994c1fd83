/**
 * Writing categories through the mutation layer. Reordering writes new sort keys for the moved
 * category only; deleting moves the category's items in the same change (or is refused).
 */
import { planCategoryDelete, type CategoryDeleteError } from '@domain/menu/categories';
import {
  bulkUpdateItems,
  createCategory as createCategoryMutation,
  deleteCategory as deleteCategoryMutation,
  reorderCategories,
  updateCategory as updateCategoryMutation,
} from '@domain/menu/mutations';
import { keyForIndex } from '@domain/menu/sort-key';
import type { Category, MenuItem } from '@domain/menu/schema';
import { newId } from '@domain/ids';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import type { Undo } from './undo';

export type CategoryFields = Pick<Category, 'name' | 'hidden' | 'availability'>;

/** Adds a category at the end of the list (categories in sort-key order). */
export async function createCategory(
  db: VendorDb,
  fields: CategoryFields,
  categories: readonly Category[],
): Promise<Category> {
  const sortKey = keyForIndex(
    categories.map((category) => category.sortKey),
    categories.length,
  );
  const category: Category = { id: newId(), sortKey, ...fields };
  await mutate(db, createCategoryMutation, category);
  return category;
}

export async function updateCategory(
  db: VendorDb,
  id: string,
  fields: Partial<CategoryFields>,
): Promise<void> {
  await mutate(db, updateCategoryMutation, { id, ...fields });
}

/** Moves a category to `toIndex` of the list as it will be; one new sort key is written. */
export async function moveCategory(
  db: VendorDb,
  categories: readonly Category[],
  id: string,
  toIndex: number,
): Promise<void> {
  const from = categories.findIndex((category) => category.id === id);
  if (from === -1 || from === toIndex) return;
  const others = categories.filter((category) => category.id !== id);
  const sortKey = keyForIndex(
    others.map((category) => category.sortKey),
    toIndex,
  );
  await mutate(db, reorderCategories, { moves: [{ id, sortKey }] });
}

export type DeleteCategoryResult =
  { ok: true; undo: Undo } | { ok: false; error: CategoryDeleteError; itemCount: number };

/**
 * Deletes a category, moving its items to `moveItemsTo` in the same change; refused when it has
 * items and nowhere to put them. The undo recreates the category and moves the items back.
 */
export async function deleteCategory(
  db: VendorDb,
  category: Category,
  items: readonly MenuItem[],
  moveItemsTo: string | null,
  now: number,
): Promise<DeleteCategoryResult> {
  const plan = planCategoryDelete(category.id, items, { moveItemsTo, updatedAt: now });
  if (!plan.ok) return plan;
  await mutate(db, deleteCategoryMutation, plan.args);
  const movedIds = plan.args.moveItems?.itemIds ?? [];
  const undo: Undo = async () => {
    await mutate(db, createCategoryMutation, category);
    if (movedIds.length === 0) return;
    const changes = movedIds.map((id) => ({ id, fields: { categoryId: category.id } }));
    await mutate(db, bulkUpdateItems, { changes, updatedAt: Date.now() });
  };
  return { ok: true, undo };
}
