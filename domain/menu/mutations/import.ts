/**
 * A menu import is one mutation, so it lands whole or not at all, on the device (one transaction)
 * and on the platform (one request). New records travel as full rows; existing items as their
 * changed fields only, so an import never overwrites a field it did not change.
 */
import { z } from 'zod';
import { defineMutation } from '../../mutations/define';
import type { RowOp } from '../../mutations/row-ops';
import { itemChangeSchema } from './items';
import { categorySchema, menuIdSchema, menuItemSchema, menuTagSchema } from '../schema';
import { bounded, MAX_BATCH } from './limits';

/** An import's row operations: one per record it names (see importMenu's ops). */
const importRowOps = (batch: {
  categories: unknown[];
  tags: unknown[];
  createItems: unknown[];
  updateItems: unknown[];
  deleteItemIds: unknown[];
  deleteCategoryIds: unknown[];
}) =>
  batch.categories.length +
  batch.tags.length +
  batch.createItems.length +
  batch.updateItems.length +
  batch.deleteItemIds.length +
  batch.deleteCategoryIds.length;

export const menuImportSchema = bounded(
  z.object({
    categories: z.array(categorySchema).max(2_000),
    tags: z.array(menuTagSchema).max(2_000),
    createItems: z.array(menuItemSchema).max(MAX_BATCH),
    updateItems: z.array(itemChangeSchema).max(MAX_BATCH),
    deleteItemIds: z.array(menuIdSchema).max(MAX_BATCH),
    deleteCategoryIds: z.array(menuIdSchema).max(2_000),
    updatedAt: z.number().int(),
  }),
  importRowOps,
);
export type MenuImport = z.infer<typeof menuImportSchema>;

/**
 * A whole import as one change: new categories and tags, new items as full rows, existing items
 * as changed fields only (an import never overwrites a field it did not change), and, in
 * "replace" mode, deletions. See import/plan.ts for how a file becomes this.
 */
export const importMenu = defineMutation({
  name: 'menu.import',
  // 2: items carry variants; version 1 arguments are version 2 ones without them.
  version: 2,
  args: menuImportSchema,
  ops: (batch): RowOp[] => [
    ...batch.categories.map((row): RowOp => ({ op: 'put', table: 'menuCategory', row })),
    ...batch.tags.map((row): RowOp => ({ op: 'put', table: 'menuTag', row })),
    ...batch.createItems.map((row): RowOp => ({ op: 'put', table: 'menuItem', row })),
    ...batch.updateItems.map(({ id, fields }): RowOp => ({
      op: 'patch',
      table: 'menuItem',
      id,
      fields: { ...fields, updatedAt: batch.updatedAt },
    })),
    ...batch.deleteItemIds.map((id): RowOp => ({ op: 'delete', table: 'menuItem', id })),
    ...batch.deleteCategoryIds.map((id): RowOp => ({ op: 'delete', table: 'menuCategory', id })),
  ],
});
