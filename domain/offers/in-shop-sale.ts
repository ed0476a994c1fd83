/**
 * A visit card sold at the counter (次卡), as the desk makes it: the sale entry for a sellable
 * card (schema.ts whyNotSellable), at the card's price, on the business day of the moment of the
 * sale; and how the desk tells a sale still awaiting its voucher from one the platform issued.
 */
import { newId } from '../ids';
import type { ShopClock } from '../menu/shop-clock';
import { businessDate } from '../time';
import {
  whyNotSellable,
  type CounterPaymentMethod,
  type InShopSale,
  type NotSellableReason,
  type Offer,
  type Voucher,
} from './schema';

export type InShopSaleResult =
  { ok: true; sale: InShopSale } | { ok: false; reason: NotSellableReason };

export function inShopSaleOf(
  offer: Offer | null | undefined,
  customerId: string,
  paidWith: CounterPaymentMethod,
  desk: { clock: ShopClock; deviceId: string; now: number },
): InShopSaleResult {
  const reason = whyNotSellable(offer);
  if (reason !== null || !offer) return { ok: false, reason: reason ?? 'unknown' };
  const { clock, deviceId, now } = desk;
  return {
    ok: true,
    sale: {
      id: newId(),
      offerId: offer.id,
      customerId,
      priceFen: offer.priceFen,
      paidWith,
      at: now,
      businessDate: businessDate(now, clock.timeZone, clock.cutoffMinutes),
      deviceId,
    },
  };
}

/** The cards a shop can sell at the counter now, by title. */
export function sellableCards(offers: readonly Offer[]): Offer[] {
  return offers
    .filter((offer) => whyNotSellable(offer) === null)
    .sort((a, b) => a.title.zh.localeCompare(b.title.zh, 'zh-CN'));
}

export interface InShopSaleRow {
  sale: InShopSale;
  /** The voucher the platform issued for it; null while it is awaited. */
  voucher: Voucher | null;
}

/** Each sale with its voucher (by the voucher's `saleId`), latest sale first. */
export function inShopSaleRows(
  sales: readonly InShopSale[],
  vouchers: readonly Voucher[],
): InShopSaleRow[] {
  const bySale = new Map(
    vouchers.flatMap((voucher) => (voucher.saleId ? [[voucher.saleId, voucher] as const] : [])),
  );
  return [...sales]
    .sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1))
    .map((sale) => ({ sale, voucher: bySale.get(sale.id) ?? null }));
}
