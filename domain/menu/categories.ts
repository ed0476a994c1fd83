/**
 * Deleting a category: allowed when it is empty, or when its items go to another category in the
 * same change. The plan lists the items now; the platform re-checks, since another device may
 * have added an item meanwhile.
 */
import type { MenuItem } from './schema';

export type CategoryDeleteError = 'category_not_empty' | 'move_to_same_category';

export type CategoryDeletePlan =
  | {
      ok: true;
      args: {
        id: string;
        moveItems: { toCategoryId: string; itemIds: string[]; updatedAt: number } | null;
      };
    }
  | { ok: false; error: CategoryDeleteError; itemCount: number };

export function planCategoryDelete(
  categoryId: string,
  items: readonly Pick<MenuItem, 'id' | 'categoryId'>[],
  options: { moveItemsTo?: string | null; updatedAt: number },
): CategoryDeletePlan {
  const itemIds = items.filter((item) => item.categoryId === categoryId).map((item) => item.id);
  if (itemIds.length === 0) return { ok: true, args: { id: categoryId, moveItems: null } };
  const target = options.moveItemsTo;
  if (!target) return { ok: false, error: 'category_not_empty', itemCount: itemIds.length };
  if (target === categoryId)
    return { ok: false, error: 'move_to_same_category', itemCount: itemIds.length };
  return {
    ok: true,
    args: {
      id: categoryId,
      moveItems: { toCategoryId: target, itemIds, updatedAt: options.updatedAt },
    },
  };
}
