/**
 * Sold out (沽清) and daily stock. Sold-out is stored as the business date it applies to, so it
 * ends by itself when the next business day starts; nothing has to run at the cut-off. Daily stock
 * starts each business day at the item's dailyStock and moves by the day's ledger entries.
 */
import { businessDate, nextBusinessDayStart } from '../time';
import type { ShopClock } from './shop-clock';
import type { EffectiveStatus, MenuItem, StockEntry } from './schema';

/** The day's total stock movement per item (sum of deltas), read once for a whole list. */
export function stockTotals(entries: readonly StockEntry[], day: string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const entry of entries) {
    if (entry.businessDate === day)
      totals.set(entry.itemId, (totals.get(entry.itemId) ?? 0) + entry.delta);
  }
  return totals;
}

type StockFields = Pick<MenuItem, 'id' | 'dailyStock'>;
type StatusFields = Pick<MenuItem, 'id' | 'status' | 'soldOutBusinessDate' | 'dailyStock'>;

/** Portions left on a business day; null when the item has no daily stock (unlimited). */
export function remainingStockOn(
  item: StockFields,
  day: string,
  totals: ReadonlyMap<string, number>,
): number | null {
  if (item.dailyStock === null || item.dailyStock === undefined) return null;
  return item.dailyStock + (totals.get(item.id) ?? 0);
}

export function effectiveStatusOn(
  item: StatusFields,
  day: string,
  totals: ReadonlyMap<string, number>,
): EffectiveStatus {
  if (item.status === 'off_sale') return 'off_sale';
  if (item.soldOutBusinessDate === day) return 'sold_out';
  const remaining = remainingStockOn(item, day, totals);
  return remaining !== null && remaining <= 0 ? 'sold_out' : 'on_sale';
}

/** Portions left now (today's business day in the vendor's zone); null = unlimited. */
export function remainingStock(
  item: StockFields,
  nowEpochMs: number,
  clock: ShopClock,
  stockEntries: readonly StockEntry[],
): number | null {
  const day = businessDate(nowEpochMs, clock.timeZone, clock.cutoffMinutes);
  return remainingStockOn(item, day, stockTotals(stockEntries, day));
}

/** What the shop sees now: off sale, sold out for today (marked, or no stock left) or on sale. */
export function effectiveStatus(
  item: StatusFields,
  nowEpochMs: number,
  clock: ShopClock,
  stockEntries: readonly StockEntry[] = [],
): EffectiveStatus {
  const day = businessDate(nowEpochMs, clock.timeZone, clock.cutoffMinutes);
  return effectiveStatusOn(item, day, stockTotals(stockEntries, day));
}

/** When statuses may change by themselves next: the start of the next business day. */
export function nextStatusChangeAt(nowEpochMs: number, clock: ShopClock): number {
  return nextBusinessDayStart(nowEpochMs, clock.timeZone, clock.cutoffMinutes);
}

/** The ledger delta that makes today's remaining stock equal `target` ("only 5 left"). */
export function deltaToReach(remaining: number, target: number): number {
  return target - remaining;
}
