/**
 * Group-buy set-up for the specs: an offer on sale in the demo shop, pushed as a desk would, and
 * vouchers of it issued by the in-process platform itself — real codes, a QR signed with the
 * platform's current key, written as the platform's own change so the desks learn them by sync.
 */
import { expect } from '@playwright/test';
import type { Offer, Voucher } from '../../domain/offers/schema';
import { sampleOffer } from '../../domain/test-support/offers';
import { generateVoucherCodes, voucherIdFor } from '../../domain/vouchers/code';
import { signVoucher } from '../../domain/vouchers/signature';
import { newId } from '../../domain/ids';
import type { Database } from '../../platform/db/database';
import { DEMO } from '../../platform/seed-demo';
import { originate } from '../../platform/sync/originate';
import { defaultSyncRules } from '../../platform/sync/rules';
import { currentSigningKey } from '../../platform/vouchers/signing-keys';
import { pushAsSeedDesk } from './demo-platform';

const DAY_MS = 86_400_000;

/** An offer on sale in the demo shop, made by a seed desk. */
export async function offerOnSale(url: string, overrides: Partial<Offer> = {}): Promise<Offer> {
  const now = Date.now();
  const offer = sampleOffer({ createdAt: now, updatedAt: now, ...overrides });
  await pushAsSeedDesk(url, [
    { name: 'offer.create', args: { offer } },
    {
      name: 'offer.setStatus',
      args: { id: offer.id, from: 'draft', to: 'onSale', at: now, firstOnSaleAt: now },
    },
  ]);
  return { ...offer, status: 'onSale', firstOnSaleAt: now };
}

/** `count` vouchers of `offer` issued by the platform, valid from a day ago for 30 days. */
export async function issueVouchers(
  db: Database,
  offer: Offer,
  count: number,
  customerId: string = newId(),
): Promise<Voucher[]> {
  const key = await currentSigningKey(db);
  const now = Date.now();
  const validFrom = now - DAY_MS;
  const validUntil = now + 30 * DAY_MS;
  const vouchers = await Promise.all(
    generateVoucherCodes(count).map(async (code): Promise<Voucher> => ({
      id: voucherIdFor(DEMO.vendorId, code),
      code,
      offerId: offer.id,
      customerId,
      orderId: newId(),
      groupId: null,
      uses: offer.usesPerVoucher,
      pricePaidFen: offer.priceFen,
      purchasedAt: now,
      validFrom,
      validUntil,
      state: 'valid',
      stateAt: now,
      qr: await signVoucher(key.privateKey, {
        code,
        vendorId: DEMO.vendorId,
        offerId: offer.id,
        validFrom,
        validUntil,
        uses: offer.usesPerVoucher,
        keyId: key.keyId,
      }),
    })),
  );
  const result = await originate(db, defaultSyncRules, DEMO.vendorId, {
    name: 'voucher.put',
    args: { vouchers },
  });
  expect(result.status).toBe('applied');
  return vouchers;
}

/** The uses the platform counts as taken of a voucher: its ledger's sum. */
export async function usesTakenOnPlatform(db: Database, voucherId: string): Promise<number> {
  const [row] = await db.query<{ taken: number }>(
    `select coalesce(sum((data ->> 'uses')::int), 0)::int as taken
       from ledger_entries where vendor_id = $1 and tbl = 'redemption' and data ->> 'voucherId' = $2`,
    [DEMO.vendorId, voucherId],
  );
  return row!.taken;
}
