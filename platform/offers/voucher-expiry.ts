/**
 * Vouchers whose validity has ended: a platform sale's vouchers still 'valid' past validUntil
 * become 'expired' (one change per order, its id derived from the order, so a run repeated
 * writes nothing new), and, when the offer's refund policy refunds expired vouchers, the order
 * is refunded — only when none of its vouchers has a use standing: a partly used order (a
 * ten-visit card used twice, or one voucher of two) expires without a refund, because a payment
 * is refunded whole (payments/orders.ts) and the ledger rule refuses refunding a used voucher.
 */
import type { Offer } from '../../domain/offers/schema';
import { entity } from '../jobs/booking-shared';
import type { VendorProfile } from '../../domain/vendor/schema';
import { orderCodes, putOrderVouchers } from './issue-vouchers';
import { ordersWhere } from './order-store';
import { vouchersOfOrders } from './public-views';
import type { OfferSales } from './sales';

const HOUR_MS = 3_600_000;

/** Expires (and maybe refunds) what fell due by `now`; returns when it is next due. */
export async function expireVouchers(
  sales: OfferSales,
  vendorId: string,
  now: number,
): Promise<number> {
  const { db, rules } = sales;
  const due = await db.query<{ order_id: string }>(
    `select distinct data ->> 'orderId' as order_id from entities
     where vendor_id = $1 and tbl = 'voucher' and not deleted and data ->> 'state' = 'valid'
       and (data ->> 'validUntil')::bigint <= $2 and data ->> 'orderId' is not null`,
    [vendorId, now],
  );
  const profile = await entity<VendorProfile>(db, vendorId, 'vendorProfile', vendorId);
  if (!profile) return now + HOUR_MS;
  for (const { order_id: orderId } of due) {
    const [order] = await ordersWhere(db, `id = $1 and vendor_id = $2 and state = 'paid'`, [
      orderId,
      vendorId,
    ]);
    if (!order?.customerId || order.paidAt === null) continue;
    const offer = await entity<Offer>(db, vendorId, 'offer', order.offerId);
    if (!offer) continue;
    const paid = { ...order, customerId: order.customerId, paidAt: order.paidAt };
    const codes = await orderCodes(db, order.id);
    await putOrderVouchers({ db, rules, offer, profile }, paid, codes, 'expired', now);
    if (!offer.refund.autoRefundExpired) continue;
    const vouchers = await vouchersOfOrders(db, vendorId, [order.id]);
    if (vouchers.every(({ usesTaken }) => usesTaken === 0)) await sales.refund(order, now);
  }
  const [next] = await db.query<{ at: string | null }>(
    `select min((data ->> 'validUntil')::bigint)::text as at from entities
     where vendor_id = $1 and tbl = 'voucher' and not deleted and data ->> 'state' = 'valid'`,
    [vendorId],
  );
  const nextAt = next?.at === null || next?.at === undefined ? null : Number(next.at);
  return Math.min(now + HOUR_MS, nextAt ?? Infinity);
}
