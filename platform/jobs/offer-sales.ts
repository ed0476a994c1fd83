/**
 * The group-buy jobs, for every shop with platform sales (offers/sales.ts does the work, through
 * the app's payment orders, so a refund reaches the payment provider):
 *  - 'offer.holds', each minute or at the next hold's end: holds not paid in time end and their
 *    units are free again; a group whose deadline passed unfilled is refunded whole; an order
 *    paid but not yet issued (a crash in between) is issued.
 *  - 'voucher.expiry', hourly or at the next validity's end: vouchers past their validity
 *    expire, and are refunded when the offer's policy says so (offers/voucher-expiry.ts); visit
 *    cards sold at the counter expire too, and are never refunded by the platform.
 * Every write is a platform-originated change with an id derived from the order and the step, so
 * a run repeated, late or after downtime changes nothing more.
 */
import { expireInShopVouchers, expireVouchers } from '../offers/voucher-expiry';
import { offerSalesOf } from '../offers/sales';
import type { Database } from '../db/database';
import type { JobKind } from './runner';

export const OFFER_HOLDS_JOB = 'offer.holds';
export const VOUCHER_EXPIRY_JOB = 'voucher.expiry';

/** Shops that have sold (or tried to sell) an offer on the platform. */
async function sellingShops(db: Database): Promise<string[]> {
  const rows = await db.query<{ vendor_id: string }>(
    'select distinct vendor_id from offer_orders order by vendor_id',
  );
  return rows.map((row) => row.vendor_id);
}

/** Shops with vouchers: sold on the platform, or visit cards sold at the counter. */
async function voucherShops(db: Database): Promise<string[]> {
  const rows = await db.query<{ vendor_id: string }>(
    `select vendor_id from offer_orders
     union select vendor_id from voucher_codes where sale_id is not null
     order by vendor_id`,
  );
  return rows.map((row) => row.vendor_id);
}

export const offerHoldsJob: JobKind = {
  kind: OFFER_HOLDS_JOB,
  discover: sellingShops,
  run: async ({ db, key: vendorId, now }) => {
    const sales = offerSalesOf(db);
    // No app on this database takes sales (it cannot refund): look again in a minute.
    if (!sales) return now + 60_000;
    const holds = await sales.expireHolds(vendorId, now);
    const groups = await sales.settleDueGroups(vendorId, now);
    return Math.min(holds, groups);
  },
};

export const voucherExpiryJob: JobKind = {
  kind: VOUCHER_EXPIRY_JOB,
  discover: voucherShops,
  run: async ({ db, rules, key: vendorId, now }) => {
    // Cards sold at the counter have no order to refund: they need no payments.
    const inShop = await expireInShopVouchers(db, rules, vendorId, now);
    const sales = offerSalesOf(db);
    if (!sales) return Math.min(inShop, now + 60_000);
    return Math.min(inShop, await expireVouchers(sales, vendorId, now));
  },
};
