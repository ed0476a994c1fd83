/// <reference types="node" />
/**
 * The upload queue and the download of missing images, against the real platform in this
 * process (PGlite in memory) over loopback: two desktops of one shop, each with its own
 * IndexedDB. A photo kept while offline stays queued, goes up after a "reload" once the network
 * is back, and the other desktop fetches the platform's variants into its photoBlob; a refused
 * image is not sent again, and a photo deleted on the way gets no image. An offer's photos (by
 * content hash) go up and come down the same way.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import { sampleOffer } from '@domain/test-support/offers';
import { VendorDb } from '../db/vendor-db';
import { keepPhotoImage, dropPhotoImages } from '../menu/photos/photo-store';
import { PlatformClient, type FetchLike } from '../platform-api/platform-client';
import {
  SHOP_PASSWORD,
  startPlatformHarness,
  type PlatformHarness,
} from '../sync/test-support/platform-harness';
import { contentHashOf } from './content-hash';
import { MediaSync } from './media-sync';

let platform: PlatformHarness;
let vendorId: string;
let token: string;

beforeAll(async () => {
  platform = await startPlatformHarness();
  const shop = await platform.createShop('老王面馆');
  vendorId = shop.vendorId;
  const signedIn = await new PlatformClient({ baseUrl: platform.url }).signIn({
    login: shop.login,
    password: SHOP_PASSWORD,
    deviceId: newId(),
    deviceName: '前台电脑',
  });
  token = signedIn.token;
}, 120_000);
afterAll(() => platform.stop());

const desktop = () =>
  new VendorDb(vendorId, undefined, { indexedDB: new IDBFactory(), IDBKeyRange });

/** A WebP as the console's resize worker makes one. */
async function webp(width: number, height: number): Promise<Blob> {
  const bytes = await sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 80, b: 40 } },
  })
    .webp()
    .toBuffer();
  return new Blob([new Uint8Array(bytes)], { type: 'image/webp' });
}

async function blobSize(blob: Blob) {
  const meta = await sharp(Buffer.from(await blob.arrayBuffer())).metadata();
  return [meta.width, meta.height];
}

let online = true;
const network: FetchLike = (input, init) =>
  online ? fetch(input, init) : Promise.reject(new TypeError('Failed to fetch'));

function mediaSync(db: VendorDb) {
  return new MediaSync({ vendorId, db, platformUrl: platform.url, token, fetch: network });
}

const stored = async (hash: string) =>
  (
    await platform.db.query('select hash from media_images where vendor_id = $1 and hash = $2', [
      vendorId,
      hash,
    ])
  ).length;

describe('moving photo images between desktops through the platform', () => {
  it('keeps an offline upload queued, sends it after a reload once online, and the other desktop fetches the variants', async () => {
    const front = desktop();
    const image = await webp(1024, 768);
    const thumb = await webp(160, 120);
    const hash = await contentHashOf(image);
    const [photoId, itemId] = [newId(), newId()];

    online = false;
    let running = mediaSync(front);
    await keepPhotoImage(front, photoId, itemId, { image, thumb }, hash);
    running.start();
    await running.settled();
    const waiting = await front.mediaUpload.get(photoId);
    expect(waiting).toMatchObject({ state: 'queued', contentHash: hash, lastError: 'offline' });
    expect(waiting!.attempts).toBeGreaterThanOrEqual(1);
    expect(await stored(hash)).toBe(0);
    running.stop();

    // The window reloads (a new runner over the same IndexedDB) and the network comes back.
    online = true;
    running = mediaSync(front);
    running.start();
    running.nudge('online');
    await running.settled();
    expect(await front.mediaUpload.count()).toBe(0);
    expect(await stored(hash)).toBe(1);
    running.stop();

    // The kitchen desktop has the photo's row (by sync) but not its image.
    const kitchen = desktop();
    await kitchen.menuPhoto.put({
      id: photoId,
      itemId,
      mime: 'image/webp',
      width: 1024,
      height: 768,
      contentHash: hash,
    });
    const kitchenSync = mediaSync(kitchen);
    kitchenSync.start();
    kitchenSync.nudge('synced');
    await kitchenSync.settled();
    kitchenSync.stop();
    const fetched = await kitchen.photoBlob.get(photoId);
    expect(fetched?.itemId).toBe(itemId);
    expect(await blobSize(fetched!.image)).toEqual([1024, 768]);
    expect(await blobSize(fetched!.thumb)).toEqual([320, 240]);
    await Promise.all([front.delete(), kitchen.delete()]);
  });

  it('marks an image the platform refuses and does not send it again; a dropped photo leaves the queue', async () => {
    const front = desktop();
    const notAnImage = new Blob(['not a photo'], { type: 'image/webp' });
    const refusedId = newId();
    await keepPhotoImage(
      front,
      refusedId,
      newId(),
      { image: notAnImage, thumb: notAnImage },
      await contentHashOf(notAnImage),
    );
    const running = mediaSync(front);
    running.start();
    await running.settled();
    expect(await front.mediaUpload.get(refusedId)).toMatchObject({
      state: 'refused',
      lastError: 'not_an_image',
    });
    running.nudge('online');
    await running.settled();
    expect((await front.mediaUpload.get(refusedId))?.attempts).toBe(0);

    const dropped = newId();
    const image = await webp(64, 64);
    await keepPhotoImage(
      front,
      dropped,
      newId(),
      { image, thumb: image },
      await contentHashOf(image),
    );
    await dropPhotoImages(front, [dropped]);
    expect(await front.mediaUpload.get(dropped)).toBeUndefined();
    running.stop();
    await front.delete();
  });

  it('uploads an offer photo kept under its hash, and the other desktop fetches every photo its offers name, once', async () => {
    const front = desktop();
    const [cover, second] = [await webp(800, 600), await webp(600, 800)];
    const hashes = [await contentHashOf(cover), await contentHashOf(second)];
    const offer = sampleOffer({ photoHashes: hashes });
    for (const [index, image] of [cover, second].entries()) {
      await keepPhotoImage(
        front,
        hashes[index]!,
        offer.id,
        { image, thumb: image },
        hashes[index]!,
      );
    }
    const running = mediaSync(front);
    running.start();
    await running.settled();
    running.stop();
    expect(await front.mediaUpload.count()).toBe(0);
    expect([await stored(hashes[0]!), await stored(hashes[1]!)]).toEqual([1, 1]);

    // The kitchen has, by sync, this offer and a copy naming the same cover.
    const kitchen = desktop();
    const copy = sampleOffer({ photoHashes: [hashes[0]!] });
    await kitchen.offer.bulkPut([offer, copy]);
    const kitchenSync = mediaSync(kitchen);
    kitchenSync.start();
    kitchenSync.nudge('synced');
    await kitchenSync.settled();
    kitchenSync.stop();
    expect((await kitchen.photoBlob.toCollection().primaryKeys()).sort()).toEqual(
      [...hashes].sort(),
    );
    const fetched = await kitchen.photoBlob.get(hashes[1]!);
    expect(await blobSize(fetched!.image)).toEqual([600, 800]);
    expect(await blobSize(fetched!.thumb)).toEqual([240, 320]);
    await Promise.all([front.delete(), kitchen.delete()]);
  });

  it('fetches nothing for a photo the platform does not have yet', async () => {
    const kitchen = desktop();
    const photoId = newId();
    await kitchen.menuPhoto.put({
      id: photoId,
      itemId: newId(),
      mime: 'image/webp',
      width: 10,
      height: 10,
      contentHash: 'c'.repeat(64),
    });
    const running = mediaSync(kitchen);
    running.start();
    await running.settled();
    running.stop();
    expect(await kitchen.photoBlob.count()).toBe(0);
    await kitchen.delete();
  });
});
