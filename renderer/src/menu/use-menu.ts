/**
 * Live reads of the active vendor's menu. Each table has its own query, so editing a category
 * re-reads only the categories, not 5,000 items. Lists come back in the shop's order (sort keys).
 */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { shopClockOf, type ShopClock } from '@domain/menu/shop-clock';
import { stockTotals } from '@domain/menu/sold-out';
import type { Menu, MenuPhoto, StockEntry } from '@domain/menu/schema';
import { businessDate } from '@domain/time';
import { useNow } from '../time/use-now';
import { useActiveVendor, useVendorProfile } from '../vendors/use-vendor';
import { orderItems } from './menu-order';

export function useCategories() {
  const { db } = useActiveVendor();
  return useLiveQuery(() => db.menuCategory.orderBy('sortKey').toArray(), [db]);
}

export function useDayparts() {
  const { db } = useActiveVendor();
  return useLiveQuery(() => db.menuDaypart.orderBy('sortKey').toArray(), [db]);
}

export function useTags() {
  const { db } = useActiveVendor();
  return useLiveQuery(() => db.menuTag.orderBy('sortKey').toArray(), [db]);
}

export function useItems() {
  const { db } = useActiveVendor();
  return useLiveQuery(() => db.menuItem.toArray(), [db]);
}

/** The whole menu, items in category order then their own; undefined while loading. */
export function useMenu(): Menu | undefined {
  const categories = useCategories();
  const items = useItems();
  const dayparts = useDayparts();
  const tags = useTags();
  return useMemo(() => {
    if (!categories || !items || !dayparts || !tags) return undefined;
    return { categories, items: orderItems(items, categories), dayparts, tags };
  }, [categories, items, dayparts, tags]);
}

/** The vendor's zone and business-day cut-off; undefined while the profile loads. */
export function useShopClock(): ShopClock | undefined {
  const profile = useVendorProfile();
  const timeZone = profile?.timeZone;
  const cutoff = profile?.businessDayCutoff;
  return useMemo(
    () => (timeZone && cutoff ? shopClockOf({ timeZone, businessDayCutoff: cutoff }) : undefined),
    [timeZone, cutoff],
  );
}

/** Today's business date in the shop's zone; moves on by itself at the cut-off. */
export function useBusinessDate(clock: ShopClock | undefined): string | undefined {
  const now = useNow();
  return clock ? businessDate(now, clock.timeZone, clock.cutoffMinutes) : undefined;
}

/** The stock ledger entries of one business day. */
export function useStockEntries(day: string | undefined): StockEntry[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(
    () => (day ? db.menuStockEntry.where('businessDate').equals(day).toArray() : []),
    [db, day],
  );
}

/** Each item's stock movement on one business day (sum of its ledger entries). */
export function useStockTotals(day: string | undefined): ReadonlyMap<string, number> | undefined {
  const entries = useStockEntries(day);
  return useMemo(() => (entries && day ? stockTotals(entries, day) : undefined), [entries, day]);
}

/** An item's photo records in the order the item lists them. */
export function useItemPhotos(itemId: string | undefined): MenuPhoto[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(
    () => (itemId ? db.menuPhoto.where('itemId').equals(itemId).toArray() : []),
    [db, itemId],
  );
}
