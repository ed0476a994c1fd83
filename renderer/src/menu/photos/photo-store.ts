/**
 * Photo images are kept on this device in photoBlob, never in a mutation or the outbox: they
 * reach the platform by their own upload (renderer/src/media), queued in the same small
 * transaction that keeps the image, so a kept image is never left out of the queue. This runs
 * BEFORE the photo's metadata is added through the mutation layer; a caller whose metadata write
 * fails removes the image (and its queued upload) again, so no image outlives a failed save for
 * long. A metadata row without an image here (a photo added on another desktop) shows a
 * placeholder until its image is fetched from the platform by its content hash.
 */
import type { VendorDb } from '../../db/vendor-db';
import { queueUpload } from '../../media/upload-queue';
import type { ResizedPhoto } from './resize-image';

export async function keepPhotoImage(
  db: VendorDb,
  id: string,
  itemId: string,
  photo: Pick<ResizedPhoto, 'image' | 'thumb'>,
  contentHash: string,
): Promise<void> {
  await db.transaction('rw', db.photoBlob, db.mediaUpload, async () => {
    await db.photoBlob.put({ id, itemId, image: photo.image, thumb: photo.thumb });
    await queueUpload(db, id, contentHash);
  });
}

export async function dropPhotoImages(db: VendorDb, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.transaction('rw', db.photoBlob, db.mediaUpload, async () => {
    await db.photoBlob.bulkDelete([...ids]);
    await db.mediaUpload.bulkDelete([...ids]);
  });
}
