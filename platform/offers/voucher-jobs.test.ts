/**
 * The voucher expiry job on a real platform: vouchers of platform sales past their validity
 * become 'expired' and, when the offer's policy says so, unused ones are refunded; a partly used
 * order expires without a refund; a run repeated changes nothing; the desk pulls each step.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Offer } from '../../domain/offers/schema';
import { sampleOffer, sampleRedemption } from '../../domain/test-support/offers';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { outboxEntry, pushAccepted } from '../test/server';
import {
  bought,
  buyer,
  DAY,
  MINUTE,
  offerShop,
  orderVouchersOnDesk,
  paymentOf,
  startOfferPlatform,
  type OfferPlatform,
  type OfferShop,
} from './test-shop';

const shortLived = (overrides: Partial<Offer> = {}) =>
  sampleOffer({
    status: 'onSale',
    firstOnSaleAt: Date.UTC(2026, 10, 30),
    validity: { kind: 'afterPurchase', days: 1 },
    ...overrides,
  });

describe.each(backends)('the voucher expiry job on %s', (backend) => {
  let env: OfferPlatform;
  let shop: OfferShop;
  const refunding = shortLived();
  const keeping = shortLived({ refund: { beforeUse: true, autoRefundExpired: false } });
  let phones = 13_700_000_000;
  const nextPhone = () => String((phones += 1));

  beforeAll(async () => {
    env = await startOfferPlatform(backend);
    shop = await offerShop(env, '老王面馆', [refunding, keeping]);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => env?.platform.close());

  const buyOne = async (offer: Offer, quantity = 1) =>
    bought(env, shop.vendorId, offer.id, await buyer(env, shop.vendorId, nextPhone()), quantity);
  const states = async (orderId: string) =>
    (await orderVouchersOnDesk(env, shop, orderId)).map((voucher) => voucher.state);
  const refundsOf = async (orderId: string) => {
    const paymentId = await paymentOf(env, orderId);
    return env.sandbox.refunds.filter((refund) => refund.paymentId === paymentId).length;
  };

  it('expires unused vouchers past their validity, refunds them per the policy, and only once', async () => {
    const refunded = await buyOne(refunding, 2);
    const kept = await buyOne(keeping);
    const partly = await buyOne(refunding, 2);
    const [used] = await orderVouchersOnDesk(env, shop, partly);
    const redeemed = await pushAccepted(env.platform, shop.vendorId, shop.device, [
      outboxEntry(shop.device, 'voucher.redeem', {
        redemption: sampleRedemption(used!, { at: env.clock.now + MINUTE }),
      }),
    ]);
    expect(redeemed.results[0]!.status).toBe('applied');

    // Still valid on the day of purchase: nothing happens.
    env.clock.now += 10 * MINUTE;
    await env.jobs.tick();
    expect(await states(refunded)).toEqual(['valid', 'valid']);

    env.clock.now += 2 * DAY;
    await env.jobs.tick();
    expect(await states(refunded)).toEqual(['refunded', 'refunded']);
    expect(await refundsOf(refunded)).toBe(1);
    expect(await states(kept)).toEqual(['expired']);
    expect(await refundsOf(kept)).toBe(0);
    // One voucher of the order used: the order expires, and a payment is not refunded in part.
    expect(await states(partly)).toEqual(['expired', 'expired']);
    expect(await refundsOf(partly)).toBe(0);

    const [results] = await env.platform.db.query<{ n: number }>(
      `select count(*)::int as n from mutation_results where vendor_id = $1`,
      [shop.vendorId],
    );
    env.clock.now += DAY;
    await env.jobs.tick();
    const [after] = await env.platform.db.query<{ n: number }>(
      `select count(*)::int as n from mutation_results where vendor_id = $1`,
      [shop.vendorId],
    );
    expect(after!.n).toBe(results!.n);
    expect(await refundsOf(refunded)).toBe(1);

    // An expired voucher is not redeemable at the desk.
    const [late] = await orderVouchersOnDesk(env, shop, kept);
    const refused = await pushAccepted(env.platform, shop.vendorId, shop.device, [
      outboxEntry(shop.device, 'voucher.redeem', {
        redemption: sampleRedemption(late!, { at: env.clock.now }),
      }),
    ]);
    expect(refused.results[0]).toMatchObject({
      status: 'rejected',
      rule: 'voucher.notRedeemable',
      details: { reason: 'expired' },
    });
  });
});
