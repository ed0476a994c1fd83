/**
 * How a paid order becomes vouchers on the desks. Its codes are drawn once and kept
 * (voucher_codes: unique on the platform, one row per unit of the order; a code another order
 * took is drawn again), so however often the order is issued it names the same vouchers, whose
 * ids are `voucherIdFor(shop, code)`. Each step of an order's vouchers is one `voucher.put`
 * originated with an id derived from the order and the state, so it counts once; the platform's
 * voucher rules (voucher-rules.ts) turn down a step backward. The customer is the shop's record
 * with the verified phone, or one made with an id derived from the phone, so two orders of a new
 * customer paid at once make one record.
 */
import type { Customer, CustomerPersonal } from '../../domain/customers/schema';
import { createCustomer } from '../../domain/customers/mutations';
import { derivedId } from '../../domain/ids';
import type { Offer, Voucher, VoucherState } from '../../domain/offers/schema';
import type { MutationResult } from '../../domain/sync/protocol';
import { shopClockOf } from '../../domain/menu/shop-clock';
import { generateVoucherCodes, voucherIdFor } from '../../domain/vouchers/code';
import { signVoucher } from '../../domain/vouchers/signature';
import { validityWindow } from '../../domain/vouchers/usage-rules';
import type { VendorProfile } from '../../domain/vendor/schema';
import type { Database, Queryable } from '../db/database';
import { originate } from '../sync/originate';
import type { SyncRules } from '../sync/rules';
import { currentSigningKey } from '../vouchers/signing-keys';
import type { OfferOrder } from './order-store';
import { putVoucher } from './platform-mutations';

/** What a voucher code is drawn for: a customer's order, or a card sold at the counter. */
export type CodeOwner = { column: 'order_id' | 'sale_id'; id: string; vendorId: string };

/**
 * The owner's codes, unit by unit (`units` of them), drawn now for the units that have none yet:
 * a code any shop already holds is drawn again, so a code stays unique on the platform.
 */
export async function drawCodes(
  tx: Queryable,
  { column, id, vendorId }: CodeOwner,
  units: number,
): Promise<string[]> {
  const have = await tx.query<{ code: string; unit: number }>(
    `select code, unit from voucher_codes where ${column} = $1 order by unit`,
    [id],
  );
  const codes = new Map(have.map((row) => [Number(row.unit), row.code]));
  for (let round = 0; codes.size < units; round += 1) {
    if (round > 20) throw new Error(`could not draw unique codes for ${column} ${id}`);
    const missing = Array.from({ length: units }, (_, unit) => unit).filter(
      (unit) => !codes.has(unit),
    );
    const drawn = generateVoucherCodes(missing.length);
    for (const [i, unit] of missing.entries()) {
      // A code already on the platform (any shop's) is skipped and drawn again next round.
      const inserted = await tx.query<{ code: string }>(
        `insert into voucher_codes (code, vendor_id, ${column}, unit) values ($1, $2, $3, $4)
         on conflict (code) do nothing returning code`,
        [drawn[i]!, vendorId, id, unit],
      );
      if (inserted[0]) codes.set(unit, inserted[0].code);
    }
  }
  return Array.from({ length: units }, (_, unit) => codes.get(unit)!);
}

/** The order's codes, one per unit it bought. */
export function ensureCodes(tx: Queryable, order: OfferOrder): Promise<string[]> {
  return drawCodes(
    tx,
    { column: 'order_id', id: order.id, vendorId: order.vendorId },
    order.quantity,
  );
}

export async function orderCodes(db: Queryable, orderId: string): Promise<string[]> {
  const rows = await db.query<{ code: string }>(
    'select code from voucher_codes where order_id = $1 order by unit',
    [orderId],
  );
  return rows.map((row) => row.code);
}

/** The shop's live customer with this phone (or the one it was merged into), else a new one. */
export async function ensureCustomer(
  db: Database,
  rules: SyncRules,
  order: OfferOrder,
  now: number,
): Promise<string> {
  if (order.customerId) return order.customerId;
  const { vendorId, phone } = order;
  const people = await db.query<{ data: CustomerPersonal }>(
    `select r.data from row_lookups l join entities r
       on r.vendor_id = l.vendor_id and r.tbl = l.tbl and r.id = l.id
     where l.vendor_id = $1 and l.tbl = 'customerPersonal' and l.lookup = 'phone' and l.value = $2
       and not r.deleted order by r.id`,
    [vendorId, phone],
  );
  for (const { data: person } of people) {
    const [row] = await db.query<{ data: Customer }>(
      `select data from entities where vendor_id = $1 and tbl = 'customer' and id = $2 and not deleted`,
      [vendorId, person.id],
    );
    if (row && row.data.erasedAt === null) return row.data.mergedInto ?? row.data.id;
  }
  const id = derivedId(vendorId, `customer.phone ${phone}`);
  const args = {
    customer: {
      id,
      source: 'miniProgram' as const,
      createdAt: now,
      consent: null,
      mergedInto: null,
      erasedAt: null,
    },
    personal: { id, name: order.name, phone, gender: null, birthday: null, tags: [], note: '' },
  };
  await originate(
    db,
    rules,
    vendorId,
    { name: createCustomer.name, args, id: derivedId(id, 'create'), listRejection: false },
    now,
  );
  return id;
}

export interface IssueContext {
  db: Database;
  rules: SyncRules;
  offer: Offer;
  profile: VendorProfile;
}

/** The order's vouchers in `state`, signed with the platform's current key. */
export async function orderVouchers(
  { db, offer, profile }: IssueContext,
  order: OfferOrder & { customerId: string; paidAt: number },
  codes: readonly string[],
  state: VoucherState,
  now: number,
): Promise<Voucher[]> {
  const key = await currentSigningKey(db);
  const { validFrom, validUntil } = validityWindow(
    offer.validity,
    order.paidAt,
    shopClockOf(profile),
  );
  return Promise.all(
    codes.map(async (code) => ({
      id: voucherIdFor(order.vendorId, code),
      code,
      offerId: offer.id,
      customerId: order.customerId,
      orderId: order.id,
      groupId: order.groupId,
      uses: offer.usesPerVoucher,
      pricePaidFen: offer.priceFen,
      purchasedAt: order.paidAt,
      validFrom,
      validUntil,
      state,
      stateAt: now,
      qr: await signVoucher(key.privateKey, {
        code,
        vendorId: order.vendorId,
        offerId: offer.id,
        validFrom,
        validUntil,
        uses: offer.usesPerVoucher,
        keyId: key.keyId,
      }),
    })),
  );
}

/** Writes the order's vouchers in `state` as one change the desks pull; its verdict. */
export async function putOrderVouchers(
  context: IssueContext,
  order: OfferOrder & { customerId: string; paidAt: number },
  codes: readonly string[],
  state: VoucherState,
  now: number,
): Promise<MutationResult> {
  const vouchers = await orderVouchers(context, order, codes, state, now);
  return originate(
    context.db,
    context.rules,
    order.vendorId,
    {
      name: putVoucher.name,
      args: { vouchers },
      id: derivedId(order.id, `voucher.${state}`),
      // Whoever asked hears the verdict (a refund refused), or a newer step already stands.
      listRejection: false,
    },
    now,
  );
}

/** Whether a verdict means the change stands (applied now, or before under the same id). */
export function stands(result: MutationResult): boolean {
  if (result.status === 'applied') return true;
  return result.status === 'duplicate' && result.verdict?.status === 'applied';
}
