/**
 * An offer's photo images on this device: kept under their content hash, shared by the offers
 * that show the same picture, and dropped (with their queued upload) only when no offer names
 * them any more.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import { sampleOffer } from '@domain/test-support/offers';
import { VendorDb } from '../db/vendor-db';
import { keepPhotoImage } from '../menu/photos/photo-store';
import { dropUnusedOfferPhotos, unusedPhotoHashes } from './offer-photos';

const hash = (letter: string) => letter.repeat(64);

describe('offer photos on this device', () => {
  it('finds the hashes no offer names, once each', () => {
    const offers = [{ photoHashes: [hash('a'), hash('b')] }, { photoHashes: [hash('c')] }];
    expect(unusedPhotoHashes([hash('b'), hash('d'), hash('d'), hash('e')], offers)).toEqual([
      hash('d'),
      hash('e'),
    ]);
    expect(unusedPhotoHashes([hash('a')], [])).toEqual([hash('a')]);
  });

  it('drops a removed image and its queued upload, but keeps one another offer still shows', async () => {
    const db = new VendorDb(newId(), undefined, { indexedDB: new IDBFactory(), IDBKeyRange });
    const image = new Blob(['image'], { type: 'image/webp' });
    const kept = sampleOffer({ photoHashes: [hash('a')] });
    await db.offer.put(kept);
    for (const each of [hash('a'), hash('b')]) {
      await keepPhotoImage(db, each, kept.id, { image, thumb: image }, each);
    }
    await dropUnusedOfferPhotos(db, [hash('a'), hash('b')]);
    expect(await db.photoBlob.toCollection().primaryKeys()).toEqual([hash('a')]);
    expect(await db.mediaUpload.toCollection().primaryKeys()).toEqual([hash('a')]);
    await db.delete();
  });
});
