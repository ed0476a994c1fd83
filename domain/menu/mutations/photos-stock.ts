/**
 * Photo metadata and the stock ledger. Photo Blobs never travel in a mutation; stock entries are
 * appended and never edited, so two devices selling offline both count after sync.
 */
import { z } from 'zod';
import { defineMutation } from '../../mutations/define';
import { menuIdSchema, menuPhotoSchema, stockEntrySchema } from '../schema';
import { bounded, MAX_BATCH } from './limits';

/** Photo metadata without the image: the console's store keeps the Blobs beside this row. */
export const photoMetadataSchema = menuPhotoSchema.omit({ blob: true, thumb: true });

/** Adds a photo and sets the item's photo list (its order is the order shown) in one change. */
export const addPhoto = defineMutation({
  name: 'menuPhoto.create',
  version: 1,
  args: z.object({
    photo: photoMetadataSchema,
    itemPhotoIds: z.array(menuIdSchema).max(20),
    updatedAt: z.number().int(),
  }),
  ops: ({ photo, itemPhotoIds, updatedAt }) => [
    { op: 'put', table: 'menuPhoto', row: photo },
    {
      op: 'patch',
      table: 'menuItem',
      id: photo.itemId,
      fields: { photoIds: itemPhotoIds, updatedAt },
    },
  ],
});

export const removePhoto = defineMutation({
  name: 'menuPhoto.delete',
  version: 1,
  args: z.object({
    id: menuIdSchema,
    itemId: menuIdSchema,
    itemPhotoIds: z.array(menuIdSchema).max(20),
    updatedAt: z.number().int(),
  }),
  ops: ({ id, itemId, itemPhotoIds, updatedAt }) => [
    { op: 'delete', table: 'menuPhoto', id },
    { op: 'patch', table: 'menuItem', id: itemId, fields: { photoIds: itemPhotoIds, updatedAt } },
  ],
});

/** Stock movements: sales, "made ten more", reversing corrections. Entries are never edited. */
export const appendStock = defineMutation({
  name: 'menuStock.append',
  version: 1,
  args: bounded(
    z.object({ entries: z.array(stockEntrySchema).min(1).max(MAX_BATCH) }),
    ({ entries }) => entries.length,
  ),
  ops: ({ entries }) => entries.map((row) => ({ op: 'append', table: 'menuStockEntry', row })),
});
