/**
 * Images this desktop lacks: a photo that arrived by sync (added on another desktop) carries its
 * content hash but has no image here. Two kinds name images: a menu photo (its row, kept in
 * photoBlob under the photo's id) and an offer (its photoHashes, kept in photoBlob under the hash
 * itself, offers/offer-photos.ts). This fetches the platform's variants (large for the photo,
 * thumb for lists) and keeps them in photoBlob, where the menu and the offers read them; a photo
 * deleted meanwhile gets nothing. The platform may not have the image yet (the other desktop
 * is still uploading): then it is tried again later.
 */
import type { VendorDb } from '../db/vendor-db';
import type { MediaClient } from './media-client';

/** An image to fetch: where it goes in photoBlob, its hash, and who names it. */
export interface LackingImage {
  /** The photoBlob id: a menu photo's id, or for an offer's photo its hash. */
  id: string;
  contentHash: string;
  owner: { kind: 'menuPhoto'; itemId: string } | { kind: 'offer'; offerId: string };
}

/** Menu photos with a content hash and offers' photos that have no image on this device. */
export async function imagesLacking(db: VendorDb): Promise<LackingImage[]> {
  const [photos, offers, kept] = await Promise.all([
    db.menuPhoto.filter((photo) => typeof photo.contentHash === 'string').toArray(),
    db.offer.filter((offer) => offer.photoHashes.length > 0).toArray(),
    db.photoBlob.toCollection().primaryKeys(),
  ]);
  const have = new Set(kept);
  const lacking: LackingImage[] = photos
    .filter((photo) => !have.has(photo.id))
    .map((photo) => ({
      id: photo.id,
      contentHash: photo.contentHash!,
      owner: { kind: 'menuPhoto', itemId: photo.itemId },
    }));
  for (const offer of offers) {
    for (const hash of offer.photoHashes) {
      if (have.has(hash)) continue;
      have.add(hash);
      lacking.push({ id: hash, contentHash: hash, owner: { kind: 'offer', offerId: offer.id } });
    }
  }
  return lacking;
}

/** Whether the image is still wanted as `lacking` says: the photo or the offer still names it. */
async function stillNamed(db: VendorDb, lacking: LackingImage): Promise<boolean> {
  if (lacking.owner.kind === 'menuPhoto') {
    return (await db.menuPhoto.get(lacking.id))?.contentHash === lacking.contentHash;
  }
  const offer = await db.offer.get(lacking.owner.offerId);
  return offer?.photoHashes.includes(lacking.contentHash) ?? false;
}

/** 'kept': stored now; 'absent': the platform has no such image yet; 'gone': deleted here. */
export async function downloadImage(
  db: VendorDb,
  client: MediaClient,
  lacking: LackingImage,
): Promise<'kept' | 'absent' | 'gone'> {
  const hash = lacking.contentHash;
  const image = await client.variant(hash, 'large');
  const thumb = image && (await client.variant(hash, 'thumb'));
  if (!image || !thumb) return 'absent';
  return db.transaction('rw', db.menuPhoto, db.offer, db.photoBlob, async () => {
    if (!(await stillNamed(db, lacking))) return 'gone';
    if (!(await db.photoBlob.get(lacking.id))) {
      const ownerId =
        lacking.owner.kind === 'menuPhoto' ? lacking.owner.itemId : lacking.owner.offerId;
      await db.photoBlob.put({ id: lacking.id, itemId: ownerId, image, thumb });
    }
    return 'kept';
  });
}
