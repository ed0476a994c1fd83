/**
 * Vouchers whose validity has ended: a platform sale's vouchers still 'valid' past validUntil
 * become 'expired' (one change per order, its id derived from the order, so a run repeated
 * writes nothing new), and, when the offer's refund policy refunds expired vouchers, the order
 * is refunded — only when none of its vouchers has a use standing: a partly used order (a
 * ten-visit card used twice, or one voucher of two) expires without a refund, because a payment
 * is refunded whole (payments/orders.ts) and the ledger rule refuses refunding a used voucher.
 * A visit card sold at the counter (no order: in-shop-sales.ts) expires the same way, one change
 * per voucher with its id derived from the voucher, and is never refunded by the platform: its
 * money was taken at the till.
 */
import { derivedId } from '../../domain/ids';
import type { Offer, Voucher } from '../../domain/offers/schema';
import type { Database } from '../db/database';
import { originate } from '../sync/originate';
import type { SyncRules } from '../sync/rules';
import { entity } from '../jobs/booking-shared';
import type { VendorProfile } from '../../domain/vendor/schema';
import { orderCodes, putOrderVouchers } from './issue-vouchers';
import { ordersWhere } from './order-store';
import { vouchersOfOrders } from './public-views';
import { putVoucher } from './platform-mutations';
import type { OfferSales } from './sales';

const HOUR_MS = 3_600_000;

/** When the shop's next valid voucher lapses (at most an hour from now). */
async function nextDue(db: Database, vendorId: string, now: number): Promise<number> {
  const [next] = await db.query<{ at: string | null }>(
    `select min((data ->> 'validUntil')::bigint)::text as at from entities
     where vendor_id = $1 and tbl = 'voucher' and not deleted and data ->> 'state' = 'valid'`,
    [vendorId],
  );
  const nextAt = next?.at === null || next?.at === undefined ? null : Number(next.at);
  return Math.min(now + HOUR_MS, nextAt ?? Infinity);
}

/** Expires the order-less vouchers (cards sold at the counter) due by `now`; when next due. */
export async function expireInShopVouchers(
  db: Database,
  rules: SyncRules,
  vendorId: string,
  now: number,
): Promise<number> {
  const due = await db.query<{ data: Voucher }>(
    `select data from entities
     where vendor_id = $1 and tbl = 'voucher' and not deleted and data ->> 'state' = 'valid'
       and (data ->> 'validUntil')::bigint <= $2 and data ->> 'orderId' is null
     order by id`,
    [vendorId, now],
  );
  for (const { data: voucher } of due) {
    await originate(
      db,
      rules,
      vendorId,
      {
        name: putVoucher.name,
        args: { vouchers: [{ ...voucher, state: 'expired', stateAt: now }] },
        id: derivedId(voucher.id, 'voucher.expired'),
        listRejection: false,
      },
      now,
    );
  }
  return nextDue(db, vendorId, now);
}

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
  return nextDue(db, vendorId, now);
}
