/**
 * Live reads of the group-buy part for its screens: the offers, newest first, and how many
 * vouchers of each this desk knows were sold (refunded ones not counted).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Offer } from '@domain/offers/schema';
import { useActiveVendor } from '../vendors/use-vendor';

export function useOffers(): Offer[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(
    async () =>
      (await db.offer.toArray()).sort(
        (a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1),
      ),
    [db],
  );
}

export function useSoldCounts(): ReadonlyMap<string, number> | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(async () => {
    const counts = new Map<string, number>();
    await db.voucher.each((voucher) => {
      if (voucher.state !== 'refunded') {
        counts.set(voucher.offerId, (counts.get(voucher.offerId) ?? 0) + 1);
      }
    });
    return counts;
  }, [db]);
}
