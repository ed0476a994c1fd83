/**
 * A visit card sold at the counter (次卡, `visitCard.sell`) becomes its voucher on the platform,
 * issued the same way a paid order's are: a code drawn once from the platform-wide voucher_codes
 * (kept under the sale's id, so however often the sale is applied it names the same code, and so
 * the same voucher `voucherIdFor(shop, code)`), a QR signed with the platform's current key, the
 * validity from the offer's `validity` counted from the moment of the sale in the shop's zone, and
 * the offer's uses per voucher. It is written in the sale's own transaction and under its server
 * seq (sync/after-apply.ts), so the desk that sold it pulls the sale and the voucher together, and
 * a sale the platform turned down (invariants/in-shop-sale.ts) never gets one.
 *
 * Such vouchers have no order: the money was taken at the till. They expire like any voucher
 * (voucher-expiry.ts) but are never refunded by the platform; a refund of a card is the shop's
 * own at the counter.
 */
import { shopClockOf } from '../../domain/menu/shop-clock';
import type { RowOp } from '../../domain/mutations/row-ops';
import type { InShopSale, Offer, Voucher } from '../../domain/offers/schema';
import type { VendorProfile } from '../../domain/vendor/schema';
import { voucherIdFor } from '../../domain/vouchers/code';
import { signVoucher } from '../../domain/vouchers/signature';
import { validityWindow } from '../../domain/vouchers/usage-rules';
import type { Queryable } from '../db/database';
import type { ScrubContext } from '../customers/erasure';
import { applyRowOps } from '../sync/apply-ops';
import { currentSigningKey } from '../vouchers/signing-keys';
import { drawCodes } from './issue-vouchers';

/** Vouchers one sale issues: one card. */
const UNITS_PER_SALE = 1;

async function entityIn<T>(tx: Queryable, vendorId: string, table: string, id: string) {
  const [row] = await tx.query<{ data: T }>(
    'select data from entities where vendor_id = $1 and tbl = $2 and id = $3 and not deleted',
    [vendorId, table, id],
  );
  return row?.data ?? null;
}

/** The sale's codes: one, for the one card it sold. */
export function saleCodes(tx: Queryable, vendorId: string, saleId: string): Promise<string[]> {
  return drawCodes(tx, { column: 'sale_id', id: saleId, vendorId }, UNITS_PER_SALE);
}

/** The voucher of an in-shop sale, signed with the platform's current key. */
export async function saleVoucher(
  tx: Queryable,
  vendorId: string,
  sale: InShopSale,
  offer: Offer,
  profile: VendorProfile,
  code: string,
  now: number,
): Promise<Voucher> {
  const key = await currentSigningKey(tx);
  const { validFrom, validUntil } = validityWindow(offer.validity, sale.at, shopClockOf(profile));
  return {
    id: voucherIdFor(vendorId, code),
    code,
    offerId: offer.id,
    customerId: sale.customerId,
    orderId: null,
    saleId: sale.id,
    groupId: null,
    uses: offer.usesPerVoucher,
    pricePaidFen: sale.priceFen,
    purchasedAt: sale.at,
    validFrom,
    validUntil,
    state: 'valid',
    stateAt: now,
    qr: await signVoucher(key.privateKey, {
      code,
      vendorId,
      offerId: offer.id,
      validFrom,
      validUntil,
      uses: offer.usesPerVoucher,
      keyId: key.keyId,
    }),
  };
}

/**
 * Issues the sale's voucher within the sale's transaction; returns how many rows it wrote (0 when
 * the voucher stands already). The sale's invariants passed, so the offer is a sellable card.
 */
export async function issueInShopSale(
  { tx, vendorId, serverSeq, deltas, lookups }: ScrubContext,
  args: unknown,
  now: number = Date.now(),
): Promise<number> {
  const { sale } = args as { sale: InShopSale };
  const offer = await entityIn<Offer>(tx, vendorId, 'offer', sale.offerId);
  const profile = await entityIn<VendorProfile>(tx, vendorId, 'vendorProfile', vendorId);
  if (!offer) throw new Error(`sale ${sale.id}: offer ${sale.offerId} vanished after its checks`);
  if (!profile) throw new Error(`sale ${sale.id}: shop ${vendorId} has no profile`);
  const vouchers: Voucher[] = [];
  for (const code of await saleCodes(tx, vendorId, sale.id)) {
    // Applied again (the same sale under another change id): its voucher stands, maybe used.
    if (await entityIn(tx, vendorId, 'voucher', voucherIdFor(vendorId, code))) continue;
    vouchers.push(await saleVoucher(tx, vendorId, sale, offer, profile, code, now));
  }
  if (vouchers.length === 0) return 0;
  const ops = vouchers.map((row): RowOp => ({ op: 'put', table: 'voucher', row }));
  return applyRowOps(tx, vendorId, serverSeq, ops, deltas, lookups);
}
