/**
 * Item mutations: changed fields only, no reads, the caller's clock (updatedAt, businessDate).
 * Uniqueness of SKU and barcode is checked before (codes.ts) and again on the platform.
 */
import { z } from 'zod';
import { defineMutation } from '../../mutations/define';
import type { RowOp } from '../../mutations/row-ops';
import { businessDateSchema, menuIdSchema, menuItemSchema } from '../schema';
import { bounded, MAX_BATCH } from './limits';

export const createItem = defineMutation({
  name: 'menuItem.create',
  // 2: items carry variants; version 1 arguments are version 2 ones without them.
  version: 2,
  args: menuItemSchema,
  ops: (item) => [{ op: 'put', table: 'menuItem', row: item }],
});

/** The fields of an item a change may carry; updatedAt travels beside them. */
export const itemChangesSchema = menuItemSchema.omit({ id: true, updatedAt: true }).partial();
export type ItemChanges = z.infer<typeof itemChangesSchema>;

export const updateItem = defineMutation({
  name: 'menuItem.update',
  // 2: items carry variants; version 1 arguments are version 2 ones without them.
  version: 2,
  args: itemChangesSchema.extend({ id: menuIdSchema, updatedAt: z.number().int() }),
  ops: ({ id, ...fields }) => [{ op: 'patch', table: 'menuItem', id, fields }],
});

export const itemChangeSchema = z.object({ id: menuIdSchema, fields: itemChangesSchema });
export type ItemChange = z.infer<typeof itemChangeSchema>;

/** Bulk price, move, on/off sale: one change per item, each with its own fields (see bulk.ts, undo.ts). */
export const bulkUpdateItems = defineMutation({
  name: 'menuItem.bulkUpdate',
  // 2: items carry variants; version 1 arguments are version 2 ones without them.
  version: 2,
  args: bounded(
    z.object({
      changes: z.array(itemChangeSchema).min(1).max(MAX_BATCH),
      updatedAt: z.number().int(),
    }),
    ({ changes }) => changes.length,
  ),
  ops: ({ changes, updatedAt }) =>
    changes.map(({ id, fields }) => ({
      op: 'patch',
      table: 'menuItem',
      id,
      fields: { ...fields, updatedAt },
    })),
});

/** Deletes items (one or many) and the photos the caller names; stock entries stay (ledger). */
export const deleteItems = defineMutation({
  name: 'menuItem.delete',
  version: 1,
  args: bounded(
    z.object({
      ids: z.array(menuIdSchema).min(1).max(MAX_BATCH),
      photoIds: z.array(menuIdSchema).max(MAX_BATCH).default([]),
    }),
    ({ ids, photoIds }) => ids.length + photoIds.length,
  ),
  ops: ({ ids, photoIds }) => [
    ...ids.map((id): RowOp => ({ op: 'delete', table: 'menuItem', id })),
    ...photoIds.map((id): RowOp => ({ op: 'delete', table: 'menuPhoto', id })),
  ],
});

/** Puts deleted items back exactly as they were: the undo of menuItem.delete. */
export const restoreItems = defineMutation({
  name: 'menuItem.restore',
  // 2: items carry variants; version 1 arguments are version 2 ones without them.
  version: 2,
  args: bounded(
    z.object({ items: z.array(menuItemSchema).min(1).max(MAX_BATCH) }),
    ({ items }) => items.length,
  ),
  ops: ({ items }) => items.map((row) => ({ op: 'put', table: 'menuItem', row })),
});

/** 沽清: sold out for the given business day; the next business day it is on sale again. */
export const markItemsSoldOut = defineMutation({
  name: 'menuItem.markSoldOut',
  version: 1,
  args: z.object({
    ids: z.array(menuIdSchema).min(1).max(MAX_BATCH),
    businessDate: businessDateSchema,
    updatedAt: z.number().int(),
  }),
  ops: ({ ids, businessDate, updatedAt }) =>
    ids.map((id) => ({
      op: 'patch',
      table: 'menuItem',
      id,
      fields: { soldOutBusinessDate: businessDate, updatedAt },
    })),
});

export const clearItemsSoldOut = defineMutation({
  name: 'menuItem.clearSoldOut',
  version: 1,
  args: z.object({ ids: z.array(menuIdSchema).min(1).max(MAX_BATCH), updatedAt: z.number().int() }),
  ops: ({ ids, updatedAt }) =>
    ids.map((id) => ({
      op: 'patch',
      table: 'menuItem',
      id,
      fields: { soldOutBusinessDate: null, updatedAt },
    })),
});
