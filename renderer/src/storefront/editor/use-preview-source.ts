/**
 * The preview's inputs, read live from this device's store: the shop's rows a storefront page is
 * built from (StorefrontSource, the same shape the platform reads from its own rows, turned into
 * the page's data by the same storefrontData), and local object URLs of the images the page
 * shows, by content hash. Everything is local, so the preview works with no network.
 */
import { useEffect, useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { StorefrontDocument } from '@domain/storefront/schema';
import type { StorefrontData, StorefrontSource } from '@domain/storefront/page-data';
import { shopClockOf } from '@domain/menu/shop-clock';
import { businessDate } from '@domain/time';
import { useActiveVendor } from '../../vendors/use-vendor';

/**
 * The shop's rows as of now, with the stock entries of the business day `at` falls in (what
 * sold-out is read from). Undefined while loading or before the shop has a profile.
 */
export function usePreviewSource(at: number): StorefrontSource | undefined {
  const { db, vendorId } = useActiveVendor();
  const profile = useLiveQuery(() => db.vendorProfile.get(vendorId), [db, vendorId]);
  const day = profile
    ? businessDate(at, profile.timeZone, shopClockOf(profile).cutoffMinutes)
    : undefined;
  const rows = useLiveQuery(
    async () => ({
      categories: await db.menuCategory.orderBy('sortKey').toArray(),
      items: await db.menuItem.toArray(),
      photos: await db.menuPhoto.toArray(),
      dayparts: await db.menuDaypart.orderBy('sortKey').toArray(),
      stockEntries: day ? await db.menuStockEntry.where('businessDate').equals(day).toArray() : [],
      offers: await db.offer.toArray(),
      bookingSettings: (await db.bookingSettings.toArray())[0] ?? null,
      services: await db.service.toArray(),
      resources: await db.resource.toArray(),
    }),
    [db, day],
  );
  return useMemo(() => (profile && rows ? { profile, ...rows } : undefined), [profile, rows]);
}

/** The content hashes of the images a page shows: the theme's, its blocks', the menu's, offers'. */
export function imageHashesOf(document: StorefrontDocument, data: StorefrontData): string[] {
  const hashes = new Set<string>();
  const add = (hash: string | null | undefined) => hash && hashes.add(hash);
  add(document.theme.logo);
  add(document.theme.cover);
  for (const block of document.blocks) {
    if (block.type === 'banner') add(block.image);
    if (block.type === 'gallery') for (const photo of block.photos) add(photo.hash);
  }
  for (const category of data.menu.categories) for (const item of category.items) add(item.photo);
  for (const offer of data.offers) add(offer.cover);
  return [...hashes].sort();
}

type Urls = ReadonlyMap<string, { full: string; thumb: string }>;

/**
 * Object URLs of the images by content hash, revoked when the set changes or the preview closes.
 * An image kept by hash (offers', the storefront's) is found under its hash; a menu photo under
 * its photo's id. A hash with no image on this device yet is left out (the page shows none).
 */
export function useImageUrls(hashes: readonly string[], photos: StorefrontSource['photos']): Urls {
  const { db } = useActiveVendor();
  const key = hashes.join();
  const blobs = useLiveQuery(async () => {
    const photoIdOf = new Map(
      photos.flatMap((photo) => (photo.contentHash ? [[photo.contentHash, photo.id]] : [])),
    );
    const found: [string, { image: Blob; thumb: Blob }][] = [];
    for (const hash of key ? key.split(',') : []) {
      const row =
        (await db.photoBlob.get(hash)) ??
        (photoIdOf.has(hash) ? await db.photoBlob.get(photoIdOf.get(hash)!) : undefined);
      if (row) found.push([hash, { image: row.image, thumb: row.thumb }]);
    }
    return found;
  }, [db, key, photos]);
  // Made with the blobs they show, revoked when those change or the preview closes.
  const urls = useMemo<Urls>(
    () =>
      new Map(
        (blobs ?? []).map(([hash, blob]) => [
          hash,
          { full: URL.createObjectURL(blob.image), thumb: URL.createObjectURL(blob.thumb) },
        ]),
      ),
    [blobs],
  );
  useEffect(
    () => () => {
      for (const { full, thumb } of urls.values()) {
        URL.revokeObjectURL(full);
        URL.revokeObjectURL(thumb);
      }
    },
    [urls],
  );
  return urls;
}
