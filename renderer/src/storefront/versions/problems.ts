/**
 * The checks before publishing (domain/storefront/checks.ts) run on this device's store: the
 * offers, the menu's dayparts, categories and dishes, the booking services (archived ones count
 * as gone) and the photos this computer holds, at the shop's time now. Errors block publishing,
 * warnings are shown and may be published anyway. The words live under storefront:checks.<code>.
 *
 * A photo counts as on hand when its image is on this computer, or when it is a dish's or an
 * offer's photo (the desktop that added it keeps and uploads it). An image a banner or gallery
 * got on another desktop and not yet fetched here is reported missing: this device cannot tell,
 * offline, whether the platform has it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { shopClockOf } from '@domain/menu/shop-clock';
import type { StorefrontDocument } from '@domain/storefront/schema';
import { storefrontProblems, type CheckContext, type Problem } from '@domain/storefront/checks';
import { businessDate } from '@domain/time';
import { useNow } from '../../time/use-now';
import { useActiveVendor, useVendorProfile } from '../../vendors/use-vendor';

export type PublishProblem = Problem;

/** The store's rows the checks read; undefined while they load. */
function useCheckRows(): Omit<CheckContext, 'now' | 'today'> | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(async () => {
    const [offers, dayparts, categories, items, services, blobIds, photos] = await Promise.all([
      db.offer.toArray(),
      db.menuDaypart.toArray(),
      db.menuCategory.toArray(),
      db.menuItem.toArray(),
      db.service.toArray(),
      db.photoBlob.toCollection().primaryKeys(),
      db.menuPhoto.toArray(),
    ]);
    const images = new Set<string>(blobIds);
    for (const photo of photos) if (photo.contentHash) images.add(photo.contentHash);
    for (const offer of offers) for (const hash of offer.photoHashes) images.add(hash);
    return { offers, dayparts, categories, items, services, images };
  }, [db]);
}

/** What the checks find in `document` now; undefined while the store's rows load. */
export function useStorefrontProblems(
  document: StorefrontDocument | undefined,
): PublishProblem[] | undefined {
  const rows = useCheckRows();
  const profile = useVendorProfile();
  const now = useNow();
  return useMemo(() => {
    if (!document || !rows) return undefined;
    const today = profile
      ? businessDate(now, profile.timeZone, shopClockOf(profile).cutoffMinutes)
      : undefined;
    return storefrontProblems(document, { ...rows, now, ...(today ? { today } : {}) });
  }, [document, rows, profile, now]);
}

/** Whether the problems keep the document from being published. */
export const blocksPublishing = (problems: readonly PublishProblem[]): boolean =>
  problems.some((problem) => problem.severity === 'error');
