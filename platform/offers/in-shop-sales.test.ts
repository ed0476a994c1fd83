/**
 * A visit card sold at the counter (次卡, `visitCard.sell`) on a real platform: applying the sale
 * issues its voucher in the same change — a code unique on the platform, a QR that verifies with
 * the platform's key, the offer's uses and validity — and a sale pushed again (the same change,
 * or the same sale under another change) never makes a second voucher. A draft, a deal, an ended
 * card and a wrong price are turned down with their rules, on Needs attention, and issue nothing.
 * The expiry job expires these order-less vouchers when their validity ends, without a refund.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import type { InShopSale, Offer, Voucher } from '../../domain/offers/schema';
import { sampleOffer, sampleRedemption } from '../../domain/test-support/offers';
import { businessDate } from '../../domain/time';
import { verifyVoucher } from '../../domain/vouchers/signature';
import { voucherIdFor } from '../../domain/vouchers/code';
import { validityWindow } from '../../domain/vouchers/usage-rules';
import { shopClockOf } from '../../domain/menu/shop-clock';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { outboxEntry, pushAccepted } from '../test/server';
import { currentSigningKey } from '../vouchers/signing-keys';
import {
  DAY,
  MINUTE,
  deskVouchers,
  offerShop,
  startOfferPlatform,
  type OfferPlatform,
  type OfferShop,
} from './test-shop';

const onSale = (overrides: Partial<Offer> = {}) =>
  sampleOffer({
    kind: 'visitCard',
    title: { zh: '洗剪吹十次卡', en: 'Ten wash-and-cuts' },
    priceFen: 50_000,
    originalPriceFen: 80_000,
    usesPerVoucher: 10,
    validity: { kind: 'afterPurchase', days: 2 },
    status: 'onSale',
    firstOnSaleAt: Date.UTC(2026, 10, 30),
    ...overrides,
  });

describe.each(backends)('visit cards sold at the counter on %s', (backend) => {
  let env: OfferPlatform;
  let shop: OfferShop;
  const card = onSale();
  const draft = onSale({ status: 'draft', firstOnSaleAt: null });
  const deal = onSale({ kind: 'deal', usesPerVoucher: 1 });
  const ended = onSale();

  beforeAll(async () => {
    env = await startOfferPlatform(backend);
    shop = await offerShop(env, '阿美美发', [card, draft, deal, ended]);
    const end = await pushAccepted(env.platform, shop.vendorId, shop.device, [
      outboxEntry(shop.device, 'offer.setStatus', {
        id: ended.id,
        from: 'onSale',
        to: 'ended',
        at: env.clock.now,
        firstOnSaleAt: null,
      }),
    ]);
    expect(end.results[0]!.status).toBe('applied');
  }, SETUP_TIMEOUT_MS);
  afterAll(() => env?.platform.close());

  const saleOf = (offer: Offer, overrides: Partial<InShopSale> = {}): InShopSale => ({
    id: newId(),
    offerId: offer.id,
    customerId: newId(),
    priceFen: offer.priceFen,
    paidWith: 'wechat',
    at: env.clock.now,
    businessDate: businessDate(env.clock.now, 'Asia/Shanghai', 240),
    deviceId: shop.device.deviceId,
    ...overrides,
  });
  const sell = async (sale: InShopSale) => {
    const pushed = await pushAccepted(env.platform, shop.vendorId, shop.device, [
      outboxEntry(shop.device, 'visitCard.sell', { sale }),
    ]);
    return pushed.results[0]!;
  };
  const vouchersOfSale = async (saleId: string): Promise<Voucher[]> =>
    [...(await deskVouchers(env, shop)).values()].filter((voucher) => voucher.saleId === saleId);
  const codesOfSale = async (saleId: string) =>
    env.platform.db.query<{ code: string }>('select code from voucher_codes where sale_id = $1', [
      saleId,
    ]);

  it('issues one signed voucher with the card’s uses, however often the sale is pushed', async () => {
    const sale = saleOf(card);
    const entry = outboxEntry(shop.device, 'visitCard.sell', { sale });
    const first = await pushAccepted(env.platform, shop.vendorId, shop.device, [entry]);
    expect(first.results[0]!.status).toBe('applied');
    // The desk sends it again (it never heard the answer), and the same sale under a new change.
    const again = await pushAccepted(env.platform, shop.vendorId, shop.device, [entry]);
    expect(again.results[0]!.status).toBe('duplicate');
    expect((await sell(sale)).status).toBe('applied');

    const vouchers = await vouchersOfSale(sale.id);
    expect(vouchers).toHaveLength(1);
    const [voucher] = vouchers as [Voucher];
    expect(await codesOfSale(sale.id)).toEqual([{ code: voucher.code }]);
    expect(voucher).toMatchObject({
      id: voucherIdFor(shop.vendorId, voucher.code),
      offerId: card.id,
      customerId: sale.customerId,
      orderId: null,
      saleId: sale.id,
      uses: 10,
      pricePaidFen: 50_000,
      purchasedAt: sale.at,
      state: 'valid',
    });
    // The offer's validity (two days) counted from the sale, in the shop's zone.
    const window = validityWindow(card.validity, sale.at, shopClockOf(sampleVendorProfile()));
    expect({ validFrom: voucher.validFrom, validUntil: voucher.validUntil }).toEqual(window);
    expect(voucher.validUntil).toBeGreaterThan(sale.at + DAY);
    const key = await currentSigningKey(env.platform.db);
    const verified = await verifyVoucher(new Map([[key.keyId, key.publicKey]]), voucher.qr, {
      vendorId: shop.vendorId,
    });
    expect(verified).toMatchObject({
      ok: true,
      voucher: { code: voucher.code, offerId: card.id, uses: 10 },
    });
    // A flipped character of the signature fails.
    const flipped = voucher.qr.slice(0, -1) + (voucher.qr.endsWith('A') ? 'B' : 'A');
    expect((await verifyVoucher(new Map([[key.keyId, key.publicKey]]), flipped)).ok).toBe(false);

    // Redeemable at the desk, one use of ten.
    const redeemed = await pushAccepted(env.platform, shop.vendorId, shop.device, [
      outboxEntry(shop.device, 'voucher.redeem', {
        redemption: sampleRedemption(voucher, { at: env.clock.now + MINUTE }),
      }),
    ]);
    expect(redeemed.results[0]!.status).toBe('applied');
  });

  it.each([
    ['a draft', () => draft, { reason: 'draft' }],
    ['a deal', () => deal, { reason: 'notVisitCard' }],
    ['an ended card', () => ended, { reason: 'ended' }],
    ['an offer of no such', () => onSale(), { reason: 'unknown' }],
  ])('turns down selling %s, and issues nothing', async (_, offer, details) => {
    const sale = saleOf(offer());
    expect(await sell(sale)).toMatchObject({
      status: 'rejected',
      rule: 'visitCard.notSellable',
      details,
    });
    expect(await codesOfSale(sale.id)).toEqual([]);
    expect(await vouchersOfSale(sale.id)).toEqual([]);
  });

  it('turns down a sale at another price than the card’s, on Needs attention', async () => {
    const sale = saleOf(card, { priceFen: 45_000 });
    expect(await sell(sale)).toMatchObject({
      status: 'rejected',
      rule: 'visitCard.priceMismatch',
      details: { priceFen: 45_000, offerPriceFen: 50_000 },
    });
    expect(await vouchersOfSale(sale.id)).toEqual([]);
    const [item] = await env.platform.db.query<{ n: number }>(
      `select count(*)::int as n from entities where vendor_id = $1 and tbl = 'attentionItem'
         and data ->> 'rule' = 'visitCard.priceMismatch'`,
      [shop.vendorId],
    );
    expect(item!.n).toBe(1);
  });

  it('expires the card when its validity ends, once, without a refund', async () => {
    const sale = saleOf(card);
    expect((await sell(sale)).status).toBe('applied');
    env.clock.now += 10 * MINUTE;
    await env.jobs.tick();
    expect((await vouchersOfSale(sale.id)).map((v) => v.state)).toEqual(['valid']);

    env.clock.now += 4 * DAY;
    await env.jobs.tick();
    expect((await vouchersOfSale(sale.id)).map((v) => v.state)).toEqual(['expired']);
    expect(env.sandbox.refunds).toEqual([]);
    const count = async () =>
      (
        await env.platform.db.query<{ n: number }>(
          `select count(*)::int as n from mutation_results where vendor_id = $1`,
          [shop.vendorId],
        )
      )[0]!.n;
    const before = await count();
    env.clock.now += DAY;
    await env.jobs.tick();
    expect(await count()).toBe(before);
  });
});
