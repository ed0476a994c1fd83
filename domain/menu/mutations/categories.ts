/**
 * Category mutations. Each carries only what changed and turns into row operations without
 * reading anything, so the console and the platform apply the same change; checks that need reads
 * (is the category empty?) happen before, in categories.ts, and again on the platform.
 */
import { z } from 'zod';
import { defineMutation } from '../../mutations/define';
import type { RowOp } from '../../mutations/row-ops';
import { categorySchema, menuIdSchema, sortKeySchema } from '../schema';
import { MAX_BATCH } from './limits';

export const createCategory = defineMutation({
  name: 'menuCategory.create',
  version: 1,
  args: categorySchema,
  ops: (category) => [{ op: 'put', table: 'menuCategory', row: category }],
});

export const categoryChangesSchema = categorySchema.omit({ id: true, sortKey: true }).partial();

export const updateCategory = defineMutation({
  name: 'menuCategory.update',
  version: 1,
  args: categoryChangesSchema.extend({ id: menuIdSchema }),
  ops: ({ id, ...fields }) => [{ op: 'patch', table: 'menuCategory', id, fields }],
});

/** New sort keys for the moved categories only (a drag moves one; a rebalance moves many). */
export const reorderCategories = defineMutation({
  name: 'menuCategory.reorder',
  version: 1,
  args: z.object({
    moves: z
      .array(z.object({ id: menuIdSchema, sortKey: sortKeySchema }))
      .min(1)
      .max(MAX_BATCH),
  }),
  ops: ({ moves }) =>
    moves.map(({ id, sortKey }) => ({
      op: 'patch',
      table: 'menuCategory',
      id,
      fields: { sortKey },
    })),
});

/**
 * Deletes a category. Its items must be moved in the same change (planCategoryDelete in
 * categories.ts lists them and refuses when there are items and nowhere to put them).
 */
export const deleteCategory = defineMutation({
  name: 'menuCategory.delete',
  version: 1,
  args: z.object({
    id: menuIdSchema,
    moveItems: z
      .object({
        toCategoryId: menuIdSchema,
        itemIds: z.array(menuIdSchema).max(MAX_BATCH),
        updatedAt: z.number().int(),
      })
      .nullish(),
  }),
  ops: ({ id, moveItems }) => {
    const moves: RowOp[] = [];
    for (const itemId of moveItems?.itemIds ?? []) {
      const fields = { categoryId: moveItems!.toCategoryId, updatedAt: moveItems!.updatedAt };
      moves.push({ op: 'patch', table: 'menuItem', id: itemId, fields });
    }
    return [...moves, { op: 'delete', table: 'menuCategory', id }];
  },
});
