/**
 * An offer's photos on this device. An offer names its photos by content hash (the platform's
 * address for the image), so their images are kept in photoBlob under that hash, one row for
 * every offer showing the same picture, and queued for upload in the same transaction
 * (menu/photos/photo-store.ts). The image of a hash that no offer names any more (removed, or
 * added in an edit that was cancelled) is dropped with its queued upload.
 */
import type { Offer } from '@domain/offers/schema';
import type { VendorDb } from '../db/vendor-db';
import { dropPhotoImages } from '../menu/photos/photo-store';

/** Of `hashes`, those no offer in `offers` names. */
export function unusedPhotoHashes(
  hashes: readonly string[],
  offers: ReadonlyArray<Pick<Offer, 'photoHashes'>>,
): string[] {
  const named = new Set(offers.flatMap((offer) => offer.photoHashes));
  return [...new Set(hashes)].filter((hash) => !named.has(hash));
}

/** Drops the images of those of `hashes` that no offer of the shop names. */
export async function dropUnusedOfferPhotos(db: VendorDb, hashes: readonly string[]) {
  if (hashes.length === 0) return;
  await dropPhotoImages(db, unusedPhotoHashes(hashes, await db.offer.toArray()));
}
