/**
 * What a customer sees of a shop's offers and of their own vouchers: what the deal page shows
 * (no stock figure beyond what is left, no other buyer, nothing of the shop's set-up), and a
 * voucher's code, QR and where it stands.
 */
import type { Offer, Voucher } from '../../domain/offers/schema';
import { voucherIdFor } from '../../domain/vouchers/code';
import type { Database } from '../db/database';
import { unitsTaken } from './order-store';

export interface GroupStanding {
  /** People still needed for the open group; the whole group size when none is open. */
  needed: number;
  /** When the open group's time runs out; null when none is open. */
  deadline: number | null;
}

/** How the offer's open group stands at `now`, for a group deal; null for a plain one. */
export async function groupStanding(
  db: Database,
  vendorId: string,
  offer: Offer,
  now: number,
): Promise<GroupStanding | null> {
  if (offer.groupSize <= 1) return null;
  const [row] = await db.query<{ deadline: number; people: string }>(
    `select g.deadline, (select count(distinct o.phone) from offer_orders o
        where o.group_id = g.id and o.state = 'paid')::text as people
     from offer_groups g where g.vendor_id = $1 and g.offer_id = $2 and g.state = 'forming'
       and g.deadline > $3 order by g.opened_at, g.id limit 1`,
    [vendorId, offer.id, now],
  );
  if (!row) return { needed: offer.groupSize, deadline: null };
  return {
    needed: Math.max(0, offer.groupSize - Number(row.people)),
    deadline: Number(row.deadline),
  };
}

/** Units still to sell, or null without a stock limit. */
export async function unitsLeft(
  db: Database,
  vendorId: string,
  offer: Offer,
): Promise<number | null> {
  if (offer.stock === null) return null;
  // A plain read: what the page shows may be a moment old; buying judges under the lock.
  const taken = await unitsTaken(db, vendorId, offer.id, null);
  return Math.max(0, offer.stock - taken.total);
}

export async function customerOffer(db: Database, vendorId: string, offer: Offer, now: number) {
  const [left, group] = await Promise.all([
    unitsLeft(db, vendorId, offer),
    groupStanding(db, vendorId, offer, now),
  ]);
  return {
    id: offer.id,
    title: offer.title,
    description: offer.description,
    photoHashes: offer.photoHashes,
    includes: offer.lines.map((line) =>
      line.kind === 'text'
        ? { text: line.text, itemId: null, quantity: null }
        : { text: null, itemId: line.itemId, quantity: line.quantity },
    ),
    priceFen: offer.priceFen,
    originalPriceFen: offer.originalPriceFen,
    groupSize: offer.groupSize,
    groupHours: offer.groupHours,
    group,
    left,
    perCustomerLimit: offer.perCustomerLimit,
    usesPerVoucher: offer.usesPerVoucher,
    saleFrom: offer.saleFrom,
    saleUntil: offer.saleUntil,
    validity: offer.validity,
    usage: offer.usage,
    refund: offer.refund,
  };
}

export function customerVoucher(voucher: Voucher, usesTaken: number) {
  return {
    code: voucher.code,
    qr: voucher.qr,
    offerId: voucher.offerId,
    state: voucher.state,
    uses: voucher.uses,
    usesLeft: Math.max(0, voucher.uses - usesTaken),
    pricePaidFen: voucher.pricePaidFen,
    purchasedAt: voucher.purchasedAt,
    validFrom: voucher.validFrom,
    validUntil: voucher.validUntil,
  };
}

/** The shop's vouchers of these orders, with the uses taken of each (the redemption ledger). */
export async function vouchersOfOrders(
  db: Database,
  vendorId: string,
  orderIds: readonly string[],
): Promise<Array<{ voucher: Voucher; usesTaken: number }>> {
  if (orderIds.length === 0) return [];
  const codes = await db.query<{ code: string }>(
    'select code from voucher_codes where vendor_id = $1 and order_id = any($2::text[])',
    [vendorId, [...orderIds]],
  );
  const ids = codes.map((row) => voucherIdFor(vendorId, row.code));
  const rows = await db.query<{ data: Voucher; taken: string }>(
    `select e.data, (select coalesce(sum((r.data ->> 'uses')::int), 0)
        from row_lookups l join ledger_entries r
          on r.vendor_id = l.vendor_id and r.tbl = l.tbl and r.id = l.id
        where l.vendor_id = e.vendor_id and l.tbl = 'redemption' and l.lookup = 'voucherId'
          and l.value = e.id)::text as taken
     from entities e where e.vendor_id = $1 and e.tbl = 'voucher' and e.id = any($2::text[])
       and not e.deleted
     order by (e.data ->> 'purchasedAt')::bigint, e.data ->> 'code'`,
    [vendorId, ids],
  );
  return rows.map((row) => ({ voucher: row.data, usesTaken: Number(row.taken) }));
}
