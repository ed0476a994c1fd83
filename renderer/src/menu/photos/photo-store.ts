/**
 * Photo images are kept on this device only: Blobs never travel to the platform, so they are
 * not a mutation and do not belong in the outbox. This module writes them in their own small
 * transaction, BEFORE the photo's metadata is added through the mutation layer; a caller whose
 * metadata write fails removes the image again, so no image outlives a failed save for long, and
 * a metadata row without an image (a photo added on another device) shows a placeholder.
 */
import type { VendorDb } from '../../db/vendor-db';
import type { ResizedPhoto } from './resize-image';

export async function keepPhotoImage(
  db: VendorDb,
  id: string,
  itemId: string,
  photo: Pick<ResizedPhoto, 'image' | 'thumb'>,
): Promise<void> {
  await db.photoBlob.put({ id, itemId, image: photo.image, thumb: photo.thumb });
}

export async function dropPhotoImages(db: VendorDb, ids: readonly string[]): Promise<void> {
  if (ids.length > 0) await db.photoBlob.bulkDelete([...ids]);
}
