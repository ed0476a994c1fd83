/**
 * What the customers' screens need of the desk: the shop's clock and business day, and whether
 * the desk reaches the platform now (the offline cap asks only when it does not).
 */
import { useBusinessDate, useShopClock } from '../menu/use-menu';
import { useOnline } from '../sync/pages/use-sync-status';
import { useVendorSync } from '../sync/pages/use-vendor-sync';
import { useNow } from '../time/use-now';

export function useDesk() {
  const clock = useShopClock();
  const today = useBusinessDate(clock);
  const now = useNow();
  const { status } = useVendorSync();
  const online = useOnline(status?.online);
  return { clock, today, now, online };
}
