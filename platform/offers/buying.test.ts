/**
 * Buying group-buy offers through the public endpoints on a real platform on loopback: the
 * customer view, stock and per-customer limits under concurrent buyers, holds that run out,
 * vouchers issued exactly once however the payment callbacks come, codes and QRs a desk can
 * check, the customer's refund against the redemption ledger, validation, the rate limit and
 * scope (nothing of shop B through shop A).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { derivedId, newId } from '../../domain/ids';
import type { Offer } from '../../domain/offers/schema';
import { sampleOffer, sampleRedemption } from '../../domain/test-support/offers';
import { isValidVoucherCode, voucherIdFor } from '../../domain/vouchers/code';
import { verifyVoucher } from '../../domain/vouchers/signature';
import { decodeBase64Url } from '../../domain/vouchers/base32';
import { publicOfferPaths as paths } from '../http/routes-public-offers';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { outboxEntry, pushAccepted } from '../test/server';
import { publicVoucherKeys } from '../vouchers/signing-keys';
import {
  bought,
  buy,
  buyer,
  callback,
  MINUTE,
  offerShop,
  orderVouchersOnDesk,
  paymentOf,
  startOfferPlatform,
  type OfferPlatform,
  type OfferShop,
} from './test-shop';

const onSale = (overrides: Partial<Offer> = {}) =>
  sampleOffer({ status: 'onSale', firstOnSaleAt: Date.UTC(2026, 10, 30), ...overrides });

describe.each(backends)('buying group-buy offers on %s', (backend) => {
  let env: OfferPlatform;
  let shopA: OfferShop;
  let shopB: OfferShop;
  const plain = onSale();
  const scarce = onSale({ stock: 3, title: { zh: '限量套餐', en: 'Limited set' } });
  const limited = onSale({ perCustomerLimit: 2, stock: 50 });
  const draft = sampleOffer({ status: 'draft' });
  const offerOfB = onSale({ title: { zh: '火锅套餐', en: 'Hotpot set' } });
  let phones = 13_800_000_000;
  const nextPhone = () => String((phones += 1));

  beforeAll(async () => {
    env = await startOfferPlatform(backend);
    shopA = await offerShop(env, '老王面馆', [plain, scarce, limited, draft]);
    shopB = await offerShop(env, 'Hotpot House', [offerOfB]);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => env?.platform.close());

  it('lists the shop’s offers on sale as a customer sees them, and nothing else', async () => {
    const listed = await env.platform.call('GET', paths.offers(shopA.vendorId));
    expect(listed.status).toBe(200);
    expect(listed.body.shop).toEqual({ name: '老王面馆', timeZone: 'Asia/Shanghai' });
    const ids = listed.body.offers.map((offer: { id: string }) => offer.id);
    expect(ids.sort()).toEqual([plain.id, scarce.id, limited.id].sort());
    const shown = listed.body.offers.find((offer: { id: string }) => offer.id === scarce.id);
    expect(shown).toMatchObject({
      title: { zh: '限量套餐', en: 'Limited set' },
      priceFen: 8800,
      originalPriceFen: 12_800,
      groupSize: 1,
      group: null,
      left: 3,
      validity: { kind: 'afterPurchase', days: 30 },
      refund: { beforeUse: true, autoRefundExpired: true },
    });
    expect(JSON.stringify(listed.body)).not.toContain(offerOfB.id);
    const one = await env.platform.call('GET', paths.offer(shopA.vendorId, plain.id));
    expect(one.body.offer.id).toBe(plain.id);
  });

  it('answers an unknown shop, a draft, and another shop’s offer with the same 404; a bad id 400', async () => {
    const refusals = await Promise.all([
      env.platform.call('GET', paths.offers(newId())),
      env.platform.call('GET', paths.offer(shopA.vendorId, draft.id)),
      env.platform.call('GET', paths.offer(shopA.vendorId, offerOfB.id)),
      env.platform.call('GET', paths.offer(shopA.vendorId, newId())),
    ]);
    for (const refused of refusals) {
      expect(refused.status).toBe(404);
      expect(refused.body).toEqual(refusals[0]!.body);
    }
    const bad = await env.platform.call('GET', paths.offer(shopA.vendorId, 'not-an-offer'));
    expect(bad.status).toBe(400);
    expect(bad.body.issues[0].path).toBe('params.offerId');
    const who = await buyer(env, shopA.vendorId, nextPhone());
    const boughtOfB = await buy(env, shopA.vendorId, offerOfB.id, who);
    expect(boughtOfB.status).toBe(404);
    expect(boughtOfB.body).toEqual(refusals[0]!.body);
  });

  it('validates the purchase and wants the phone proven by a code of this shop', async () => {
    const who = await buyer(env, shopA.vendorId, nextPhone());
    const zero = await buy(env, shopA.vendorId, plain.id, who, 0);
    expect(zero.status).toBe(400);
    expect(zero.body.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'body.quantity',
    ]);
    const extra = await env.platform.call('POST', paths.buy(shopA.vendorId, plain.id), {
      body: { name: 'x', phone: who.phone, verificationToken: who.token, quantity: 1, priceFen: 1 },
    });
    expect(extra.status).toBe(400);
    const otherPhone = await buy(env, shopA.vendorId, plain.id, { ...who, phone: nextPhone() });
    expect(otherPhone.status).toBe(403);
    expect(otherPhone.body.code).toBe('phone_not_verified');
    // A code proven at shop B proves nothing at shop A.
    const atB = await buyer(env, shopB.vendorId, nextPhone());
    expect((await buy(env, shopA.vendorId, plain.id, atB)).status).toBe(403);
  });

  it('holds stock for exactly 3 of 10 buyers at once, and frees it when the holds run out', async () => {
    const buyers = await Promise.all(
      Array.from({ length: 10 }, () => buyer(env, shopA.vendorId, nextPhone())),
    );
    const answers = await Promise.all(
      buyers.map((who) => buy(env, shopA.vendorId, scarce.id, who)),
    );
    const held = answers.filter((answer) => answer.status === 201);
    expect(held).toHaveLength(3);
    for (const answer of answers.filter((answer) => answer.status !== 201)) {
      expect(answer.status).toBe(409);
      expect(answer.body.code).toBe('sold_out');
    }
    expect(held[0]!.body.order).toMatchObject({ state: 'held', quantity: 1, amountFen: 8800 });
    expect(held[0]!.body.payUrl).toEqual(expect.any(String));
    const left = async () =>
      (await env.platform.call('GET', paths.offer(shopA.vendorId, scarce.id))).body.offer.left;
    expect(await left()).toBe(0);

    // One pays in time; the other two holds run out and their units are sold again.
    const [paidOrder, lateOrder] = held.map((answer) => answer.body.order.id as string);
    expect(await callback(env, paidOrder!, 'paid', `pay-${paidOrder}`)).toBe('applied');
    env.clock.now += 11 * MINUTE;
    await env.jobs.tick();
    expect(await left()).toBe(2);
    // The customer paid as the hold ran out: refunded at once, and no voucher.
    expect(await callback(env, lateOrder!, 'paid', `late-${lateOrder}`)).toBe(
      'late_payment_refunded',
    );
    expect(await orderVouchersOnDesk(env, shopA, lateOrder!)).toEqual([]);
    expect(await orderVouchersOnDesk(env, shopA, paidOrder!)).toHaveLength(1);
    const again = await Promise.all(
      buyers.slice(0, 3).map((who) => buy(env, shopA.vendorId, scarce.id, who)),
    );
    expect(again.map((answer) => answer.status).sort()).toEqual([201, 201, 409]);
  });

  it('keeps one customer within the limit, however many of their purchases come at once', async () => {
    const who = await buyer(env, shopA.vendorId, nextPhone());
    const answers = await Promise.all(
      [1, 1, 1, 1].map((quantity) => buy(env, shopA.vendorId, limited.id, who, quantity)),
    );
    expect(answers.filter((answer) => answer.status === 201)).toHaveLength(2);
    const over = answers.find((answer) => answer.status !== 201)!;
    expect(over.status).toBe(409);
    expect(over.body.code).toBe('over_limit');
    const someoneElse = await buyer(env, shopA.vendorId, nextPhone());
    expect((await buy(env, shopA.vendorId, limited.id, someoneElse, 3)).body.code).toBe(
      'over_limit',
    );
    expect((await buy(env, shopA.vendorId, limited.id, someoneElse, 2)).status).toBe(201);
  });

  it('issues one voucher per unit exactly once, however late, often or out of order the callbacks come', async () => {
    const who = await buyer(env, shopA.vendorId, nextPhone());
    const answer = await buy(env, shopA.vendorId, plain.id, who, 3);
    const orderId = answer.body.order.id as string;
    expect(await orderVouchersOnDesk(env, shopA, orderId)).toEqual([]);
    // A failure that lost the race, then the payment three times: twice the same event, once another.
    env.clock.now += 2 * MINUTE;
    const outcomes = await Promise.all([
      callback(env, orderId, 'paid', `a-${orderId}`),
      callback(env, orderId, 'paid', `a-${orderId}`),
      callback(env, orderId, 'paid', `b-${orderId}`),
    ]);
    expect(outcomes.filter((outcome) => outcome === 'applied')).toHaveLength(1);
    expect(await callback(env, orderId, 'failed', `c-${orderId}`)).toBe('ignored');
    await env.jobs.tick();
    const vouchers = await orderVouchersOnDesk(env, shopA, orderId);
    expect(vouchers).toHaveLength(3);
    expect(new Set(vouchers.map((voucher) => voucher.code)).size).toBe(3);
    const [row] = await env.platform.db.query<{ n: number }>(
      `select count(*)::int as n from mutation_results where vendor_id = $1 and name = 'voucher.put'
         and status = 'applied' and mutation_id = $2`,
      [shopA.vendorId, derivedId(orderId, 'voucher.valid')],
    );
    expect(row!.n).toBe(1);
    const keys = new Map(
      (await publicVoucherKeys(env.platform.db)).map((key) => [
        key.keyId,
        decodeBase64Url(key.publicKey)!,
      ]),
    );
    for (const voucher of vouchers) {
      expect(voucher).toMatchObject({ state: 'valid', uses: 1, pricePaidFen: 8800, orderId });
      expect(isValidVoucherCode(voucher.code)).toBe(true);
      expect(voucher.id).toBe(voucherIdFor(shopA.vendorId, voucher.code));
      const checked = await verifyVoucher(keys, voucher.qr, { vendorId: shopA.vendorId });
      expect(checked).toMatchObject({
        ok: true,
        voucher: { code: voucher.code, offerId: plain.id },
      });
      expect(await verifyVoucher(keys, voucher.qr, { vendorId: shopB.vendorId })).toEqual({
        ok: false,
        reason: 'other_shop',
      });
    }
    // Filed under the customer the shop knows by the verified phone.
    const customers = new Set(vouchers.map((voucher) => voucher.customerId));
    expect(customers.size).toBe(1);
    const again = await bought(env, shopA.vendorId, plain.id, who);
    const [second] = await orderVouchersOnDesk(env, shopA, again);
    expect(second!.customerId).toBe(vouchers[0]!.customerId);
  });

  it('issues an order paid while the platform could not hear it (a crash in between) at the next job run', async () => {
    const who = await buyer(env, shopA.vendorId, nextPhone());
    const answer = await buy(env, shopA.vendorId, plain.id, who, 2);
    const orderId = answer.body.order.id as string;
    // The payment is marked paid, but no one was told: the vouchers were never written.
    await env.platform.db.query(`update payment_orders set state = 'paid' where id = $1`, [
      await paymentOf(env, orderId),
    ]);
    expect(await orderVouchersOnDesk(env, shopA, orderId)).toEqual([]);
    env.clock.now += 11 * MINUTE;
    await env.jobs.tick();
    const vouchers = await orderVouchersOnDesk(env, shopA, orderId);
    expect(vouchers.map((voucher) => voucher.state)).toEqual(['valid', 'valid']);
    await env.jobs.tick();
    expect(await orderVouchersOnDesk(env, shopA, orderId)).toEqual(vouchers);
  });

  it('shows a customer their vouchers by phone and code, and never another shop’s', async () => {
    const who = await buyer(env, shopA.vendorId, nextPhone());
    const orderId = await bought(env, shopA.vendorId, plain.id, who, 2);
    const mine = await env.platform.call('POST', paths.vouchers(shopA.vendorId), {
      body: { phone: who.phone, verificationToken: who.token },
    });
    expect(mine.status).toBe(200);
    expect(mine.body.orders).toEqual([
      expect.objectContaining({ id: orderId, state: 'paid', quantity: 2 }),
    ]);
    expect(mine.body.vouchers).toHaveLength(2);
    expect(mine.body.vouchers[0]).toMatchObject({ state: 'valid', usesLeft: 1, offerId: plain.id });
    // The same phone at shop B has nothing there.
    const atB = await buyer(env, shopB.vendorId, who.phone);
    const there = await env.platform.call('POST', paths.vouchers(shopB.vendorId), {
      body: { phone: atB.phone, verificationToken: atB.token },
    });
    expect(there.body).toEqual({ orders: [], vouchers: [] });
    // Shop A's voucher, refunded through shop B, is the same 404 as a made-up code.
    const code = mine.body.vouchers[0].code as string;
    const throughB = await env.platform.call('POST', paths.refund(shopB.vendorId), {
      body: { phone: atB.phone, verificationToken: atB.token, code },
    });
    const madeUp = await env.platform.call('POST', paths.refund(shopB.vendorId), {
      body: { phone: atB.phone, verificationToken: atB.token, code: '123456789018' },
    });
    expect(throughB.status).toBe(404);
    expect(throughB.body).toEqual(madeUp.body);
    // Another phone at shop A, with shop A's code: the same 404.
    const stranger = await buyer(env, shopA.vendorId, nextPhone());
    const notTheirs = await env.platform.call('POST', paths.refund(shopA.vendorId), {
      body: { phone: stranger.phone, verificationToken: stranger.token, code },
    });
    expect(notTheirs.body).toEqual(madeUp.body);
  });

  it('refunds an unused voucher on request, after which the desk’s redemption is turned down', async () => {
    const who = await buyer(env, shopA.vendorId, nextPhone());
    const orderId = await bought(env, shopA.vendorId, plain.id, who);
    const [voucher] = await orderVouchersOnDesk(env, shopA, orderId);
    const refunded = await env.platform.call('POST', paths.refund(shopA.vendorId), {
      body: { phone: who.phone, verificationToken: who.token, code: voucher!.code },
    });
    expect(refunded.status).toBe(200);
    expect(refunded.body.vouchers).toEqual([expect.objectContaining({ state: 'refunded' })]);
    const paymentId = (
      await env.platform.db.query<{ payment_id: string }>(
        'select payment_id from offer_orders where id = $1',
        [orderId],
      )
    )[0]!.payment_id;
    expect(env.sandbox.refunds).toContainEqual({ paymentId, amountFen: 8800 });
    const redeemed = await pushAccepted(env.platform, shopA.vendorId, shopA.device, [
      outboxEntry(shopA.device, 'voucher.redeem', {
        redemption: sampleRedemption(voucher!, { at: env.clock.now + MINUTE }),
      }),
    ]);
    expect(redeemed.results[0]).toMatchObject({
      status: 'rejected',
      rule: 'voucher.notRedeemable',
      details: { reason: 'refunded' },
    });
    expect((await orderVouchersOnDesk(env, shopA, orderId))[0]!.state).toBe('refunded');
    // The provider's refund callback closes the payment and changes nothing more.
    expect(await callback(env, orderId, 'refunded', `r-${orderId}`)).toBe('applied');
    const askedAgain = await env.platform.call('POST', paths.refund(shopA.vendorId), {
      body: { phone: who.phone, verificationToken: who.token, code: voucher!.code },
    });
    expect(askedAgain.body).toEqual(refunded.body);
  });

  it('keeps no phone or name of an erased customer in the orders they paid or left unpaid, nor their codes and messages', async () => {
    const who = await buyer(env, shopA.vendorId, nextPhone());
    const orderId = await bought(env, shopA.vendorId, plain.id, who);
    // A second purchase the same phone opened and never paid: it has no customer id.
    const unpaid = await buy(env, shopA.vendorId, limited.id, who);
    expect(unpaid.status).toBe(201);
    // The same phone at shop B is another shop's customer: kept.
    await buyer(env, shopB.vendorId, who.phone);
    const traces = async (vendorId: string) =>
      (
        await env.platform.db.query<{ n: number }>(
          `select ((select count(*) from phone_codes where vendor_id = $1 and phone = $2)
                 + (select count(*) from phone_code_sends where vendor_id = $1 and phone = $2)
                 + (select count(*) from phone_verifications where vendor_id = $1 and phone = $2)
                 + (select count(*) from sandbox_sms where vendor_id = $1 and to_phone = $2))::int as n`,
          [vendorId, who.phone],
        )
      )[0]!.n;
    expect(await traces(shopA.vendorId)).toBeGreaterThan(0); // the expectation can fail
    const tracesAtB = await traces(shopB.vendorId);
    expect(tracesAtB).toBeGreaterThan(0);
    const [order] = await env.platform.db.query<{ customer_id: string }>(
      'select customer_id from offer_orders where id = $1',
      [orderId],
    );
    const customerId = order!.customer_id;
    const holding = async () =>
      (
        await env.platform.db.query<{ n: number }>(
          'select count(*)::int as n from offer_orders where vendor_id = $1 and (phone = $2 or name = $3)',
          [shopA.vendorId, who.phone, who.name],
        )
      )[0]!.n;
    expect(await holding()).toBe(2); // the expectation can fail
    const at = env.clock.now + MINUTE;
    const erased = await pushAccepted(env.platform, shopA.vendorId, shopA.device, [
      outboxEntry(shopA.device, 'customer.erase', {
        id: customerId,
        erasedAt: at,
        log: { id: newId(), kind: 'erasure', customerId, count: null, at, staffId: null },
      }),
    ]);
    expect(erased.results[0]).toMatchObject({ status: 'applied' });
    expect(await holding()).toBe(0);
    expect(await traces(shopA.vendorId)).toBe(0);
    expect(await traces(shopB.vendorId)).toBe(tracesAtB);
    // The order itself, its units and its vouchers stay, under the customer's id.
    expect(await orderVouchersOnDesk(env, shopA, orderId)).toHaveLength(1);
  });

  it('refuses a refund once the voucher has been redeemed, and a redemption and a refund at once never both stand', async () => {
    const who = await buyer(env, shopA.vendorId, nextPhone());
    const orderId = await bought(env, shopA.vendorId, plain.id, who);
    const [voucher] = await orderVouchersOnDesk(env, shopA, orderId);
    const redeem = (at: number) =>
      pushAccepted(env.platform, shopA.vendorId, shopA.device, [
        outboxEntry(shopA.device, 'voucher.redeem', {
          redemption: sampleRedemption(voucher!, { at }),
        }),
      ]);
    expect((await redeem(env.clock.now + MINUTE)).results[0]!.status).toBe('applied');
    const refused = await env.platform.call('POST', paths.refund(shopA.vendorId), {
      body: { phone: who.phone, verificationToken: who.token, code: voucher!.code },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('voucher_used');
    expect((await orderVouchersOnDesk(env, shopA, orderId))[0]!.state).toBe('valid');

    // Both at once, five times over: exactly one of them stands each time.
    for (let round = 0; round < 5; round += 1) {
      const other = await buyer(env, shopA.vendorId, nextPhone());
      const id = await bought(env, shopA.vendorId, plain.id, other);
      const [fresh] = await orderVouchersOnDesk(env, shopA, id);
      const [refund, redemption] = await Promise.all([
        env.platform.call('POST', paths.refund(shopA.vendorId), {
          body: { phone: other.phone, verificationToken: other.token, code: fresh!.code },
        }),
        pushAccepted(env.platform, shopA.vendorId, shopA.device, [
          outboxEntry(shopA.device, 'voucher.redeem', {
            redemption: sampleRedemption(fresh!, { at: env.clock.now + MINUTE }),
          }),
        ]),
      ]);
      const redeemed = redemption.results[0]!.status === 'applied';
      expect(refund.status === 200).toBe(!redeemed);
      const [state] = (await orderVouchersOnDesk(env, shopA, id)).map((v) => v.state);
      expect(state).toBe(redeemed ? 'valid' : 'refunded');
    }
  });

  it('limits each address, with a retry-after, in the error shape', async () => {
    env.limiter.tight = true;
    try {
      const answers = [];
      for (let i = 0; i < 5; i += 1) {
        answers.push(await env.platform.call('GET', paths.offers(shopA.vendorId)));
      }
      const limitedAnswer = answers.find((answer) => answer.status === 429)!;
      expect(limitedAnswer.body.code).toBe('too_many_requests');
      expect(Number(limitedAnswer.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      env.limiter.tight = false;
    }
  });
});
