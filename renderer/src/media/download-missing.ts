/**
 * Images this desktop lacks: a photo whose metadata arrived by sync (added on another desktop)
 * carries its content hash but has no image here. This fetches the platform's variants (large for
 * the photo, thumb for lists) and keeps them in photoBlob, where the menu reads them; a photo
 * deleted meanwhile gets nothing. The platform may not have the image yet (the other desktop
 * is still uploading): then it is tried again later.
 */
import type { MenuPhoto } from '@domain/menu/schema';
import type { VendorDb } from '../db/vendor-db';
import type { MediaClient } from './media-client';

/** Photos with a content hash and no image on this device. */
export async function photosLackingImages(db: VendorDb): Promise<MenuPhoto[]> {
  const [photos, kept] = await Promise.all([
    db.menuPhoto.filter((photo) => typeof photo.contentHash === 'string').toArray(),
    db.photoBlob.toCollection().primaryKeys(),
  ]);
  const have = new Set(kept);
  return photos.filter((photo) => !have.has(photo.id));
}

/** 'kept': stored now; 'absent': the platform has no such image yet; 'gone': deleted here. */
export async function downloadPhoto(
  db: VendorDb,
  client: MediaClient,
  photo: MenuPhoto,
): Promise<'kept' | 'absent' | 'gone'> {
  const hash = photo.contentHash!;
  const image = await client.variant(hash, 'large');
  const thumb = image && (await client.variant(hash, 'thumb'));
  if (!image || !thumb) return 'absent';
  return db.transaction('rw', db.menuPhoto, db.photoBlob, async () => {
    const still = await db.menuPhoto.get(photo.id);
    if (!still || still.contentHash !== hash) return 'gone';
    if (!(await db.photoBlob.get(photo.id))) {
      await db.photoBlob.put({ id: photo.id, itemId: still.itemId, image, thumb });
    }
    return 'kept';
  });
}
