/**
 * Group deals (拼团) bought through the public endpoints: vouchers wait for the group, turn valid
 * together when it fills, and a group whose deadline passes unfilled is refunded whole by the
 * platform's job, each step pulled by the shop's desk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Offer } from '../../domain/offers/schema';
import { sampleOffer, sampleRedemption } from '../../domain/test-support/offers';
import { publicOfferPaths as paths } from '../http/routes-public-offers';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { outboxEntry, pushAccepted } from '../test/server';
import {
  bought,
  buyer,
  HOUR,
  MINUTE,
  offerShop,
  orderVouchersOnDesk,
  paymentOf,
  startOfferPlatform,
  type OfferPlatform,
  type OfferShop,
} from './test-shop';

const groupDeal = (overrides: Partial<Offer> = {}) =>
  sampleOffer({
    status: 'onSale',
    firstOnSaleAt: Date.UTC(2026, 10, 30),
    groupSize: 2,
    groupHours: 24,
    title: { zh: '双人拼团', en: 'Group of two' },
    ...overrides,
  });

describe.each(backends)('group deals on %s', (backend) => {
  let env: OfferPlatform;
  let shop: OfferShop;
  let phones = 13_900_000_000;
  const nextPhone = () => String((phones += 1));

  beforeAll(async () => {
    env = await startOfferPlatform(backend);
    shop = await offerShop(env, '老王面馆', []);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => env?.platform.close());

  /** A group deal of its own for each test, put on sale by the desk. */
  async function newDeal(overrides: Partial<Offer> = {}): Promise<Offer> {
    const offer = groupDeal(overrides);
    const pushed = await pushAccepted(env.platform, shop.vendorId, shop.device, [
      outboxEntry(shop.device, 'offer.create', {
        offer: { ...offer, status: 'draft', firstOnSaleAt: null },
      }),
      outboxEntry(shop.device, 'offer.setStatus', {
        id: offer.id,
        from: 'draft',
        to: 'onSale',
        at: offer.firstOnSaleAt,
        firstOnSaleAt: offer.firstOnSaleAt,
      }),
    ]);
    for (const result of pushed.results) expect(result.status).toBe('applied');
    return offer;
  }

  const standing = async (offer: Offer) =>
    (await env.platform.call('GET', paths.offer(shop.vendorId, offer.id))).body.offer.group;
  const states = async (orderId: string) =>
    (await orderVouchersOnDesk(env, shop, orderId)).map((voucher) => voucher.state);

  it('keeps vouchers waiting until the group fills, then makes all of them valid', async () => {
    const offer = await newDeal();
    expect(await standing(offer)).toEqual({ needed: 2, deadline: null });
    const first = await bought(
      env,
      shop.vendorId,
      offer.id,
      await buyer(env, shop.vendorId, nextPhone()),
      2,
    );
    expect(await states(first)).toEqual(['awaitingGroup', 'awaitingGroup']);
    expect(await standing(offer)).toEqual({ needed: 1, deadline: env.clock.now + 24 * HOUR });
    // A waiting voucher cannot be redeemed yet.
    const [waiting] = await orderVouchersOnDesk(env, shop, first);
    const early = await pushAccepted(env.platform, shop.vendorId, shop.device, [
      outboxEntry(shop.device, 'voucher.redeem', {
        redemption: sampleRedemption(waiting!, { at: env.clock.now + MINUTE }),
      }),
    ]);
    expect(early.results[0]).toMatchObject({
      status: 'rejected',
      details: { reason: 'awaitingGroup' },
    });

    env.clock.now += HOUR;
    const second = await bought(
      env,
      shop.vendorId,
      offer.id,
      await buyer(env, shop.vendorId, nextPhone()),
    );
    expect(await states(first)).toEqual(['valid', 'valid']);
    expect(await states(second)).toEqual(['valid']);
    const [group] = await env.platform.db.query<{ state: string }>(
      'select g.state from offer_groups g join offer_orders o on o.group_id = g.id where o.id = $1',
      [first],
    );
    expect(group!.state).toBe('formed');
    // The next buyer starts the next group.
    const third = await bought(
      env,
      shop.vendorId,
      offer.id,
      await buyer(env, shop.vendorId, nextPhone()),
    );
    expect(await states(third)).toEqual(['awaitingGroup']);
    expect((await standing(offer)).needed).toBe(1);
  });

  it('counts people, not orders: one customer buying twice does not fill a group of two', async () => {
    const offer = await newDeal();
    const who = await buyer(env, shop.vendorId, nextPhone());
    const a = await bought(env, shop.vendorId, offer.id, who);
    const b = await bought(env, shop.vendorId, offer.id, who);
    expect([...(await states(a)), ...(await states(b))]).toEqual([
      'awaitingGroup',
      'awaitingGroup',
    ]);
    expect((await standing(offer)).needed).toBe(1);
  });

  it('refunds every order of a group whose deadline passes unfilled, and the desk learns it', async () => {
    const offer = await newDeal({ groupSize: 3, groupHours: 2 });
    const orders = [
      await bought(env, shop.vendorId, offer.id, await buyer(env, shop.vendorId, nextPhone())),
      await bought(env, shop.vendorId, offer.id, await buyer(env, shop.vendorId, nextPhone()), 2),
    ];
    env.clock.now += HOUR;
    await env.jobs.tick();
    expect(await states(orders[0]!)).toEqual(['awaitingGroup']);
    env.clock.now += HOUR;
    await env.jobs.tick();
    for (const orderId of orders) {
      for (const state of await states(orderId)) expect(state).toBe('refunded');
      const paymentId = await paymentOf(env, orderId);
      expect(env.sandbox.refunds.filter((refund) => refund.paymentId === paymentId)).toHaveLength(
        1,
      );
    }
    // Run again: nothing more is refunded or written.
    const before = env.sandbox.refunds.length;
    env.clock.now += HOUR;
    await env.jobs.tick();
    expect(env.sandbox.refunds.length).toBe(before);
    expect(await standing(offer)).toEqual({ needed: 3, deadline: null });
  });
});
