/**
 * The membership endpoints over HTTP on loopback: a member's balance (principal and bonus apart),
 * points, tier and history; a phone that is no customer sees an empty membership; a top-up with a
 * plan through the sandbox payment becomes one platform stored-value entry however often the
 * callback comes, and the desk pulls it; and the refusals: no or another phone's token, another
 * shop, an unknown plan, malformed bodies, the rate limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../domain/ids';
import type { StoredValueEntry } from '../../domain/customers/schema';
import { publicBookingPaths } from '../http/routes-public-bookings';
import {
  offerShop,
  startOfferPlatform,
  verifiedToken,
  type OfferPlatform,
  type OfferShop,
} from '../offers/test-shop';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { newCustomer, points, topUpArgs } from '../test/customers';
import { PulledRows, pullToEnd } from '../test/pull-client';
import { outboxEntry, pushAccepted } from '../test/server';
import { publicMembershipPaths as paths } from './public-membership-routes';

const MEMBER = '13811112222';
const STRANGER = '13922223333';

describe.each(backends)('the membership endpoints on %s', (backend) => {
  let env: OfferPlatform;
  let shop: OfferShop;
  let other: OfferShop;
  const memberId = newId();
  const planId = newId();
  const tierId = newId();

  beforeAll(async () => {
    env = await startOfferPlatform(backend);
    shop = await offerShop(env, '老王面馆', []);
    other = await offerShop(env, 'Hotpot House', []);
    const { device, vendorId } = shop;
    const at = env.clock.now;
    await pushAccepted(env.platform, vendorId, device, [
      outboxEntry(device, 'customer.create', newCustomer({ phone: MEMBER }, { id: memberId })),
      outboxEntry(device, 'storedValue.topUp', topUpArgs(memberId, 20_000, 2_000)),
      outboxEntry(device, 'points.adjust', {
        entry: points(memberId, 'adjust', 120, { reason: '开业赠送' }),
      }),
      outboxEntry(device, 'topUpPlan.put', {
        id: planId,
        payFen: 50_000,
        bonusFen: 8_000,
        active: true,
        createdAt: at,
      }),
      outboxEntry(device, 'topUpPlan.put', {
        id: newId(),
        payFen: 1_000,
        bonusFen: 0,
        active: false,
        createdAt: at,
      }),
      outboxEntry(device, 'customerTier.put', {
        id: tierId,
        name: { zh: '金卡', en: 'Gold' },
        basis: 'amountSpent',
        window: 'total',
        threshold: 100_000,
        benefit: { zh: '九五折', en: '5% off' },
        discountPercent: 5,
        rank: 1,
        createdAt: at,
      }),
    ]);
  }, SETUP_TIMEOUT_MS);
  afterAll(() => env?.platform.close());

  const lookup = (shopId: string, phone: string, verificationToken: string) =>
    env.platform.call('POST', paths.lookup(shopId), { body: { phone, verificationToken } });

  it('shows a member the balance apart, points, the next tier and history; the active plans only', async () => {
    const token = await verifiedToken(env, shop.vendorId, MEMBER);
    const answer = await lookup(shop.vendorId, MEMBER, token);
    expect(answer.status).toBe(200);
    const { membership } = answer.body;
    expect(membership.member).toBe(true);
    expect(membership.balance.bonusFen).toBe(2_000);
    expect(membership.balance).toEqual({ principalFen: 20_000, bonusFen: 2_000, totalFen: 22_000 });
    expect(membership.points).toBe(120);
    expect(membership.tier).toBeNull();
    expect(membership.next).toMatchObject({
      name: { zh: '金卡' },
      basis: 'amountSpent',
      missing: 100_000,
    });
    expect(membership.plans).toEqual([{ id: planId, payFen: 50_000, bonusFen: 8_000 }]);
    expect(membership.history.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(answer.body)).not.toContain(MEMBER);
  });

  it('shows a phone that is no customer an empty membership', async () => {
    const token = await verifiedToken(env, shop.vendorId, STRANGER);
    const answer = await lookup(shop.vendorId, STRANGER, token);
    expect(answer.body.membership).toEqual({
      member: false,
      balance: { principalFen: 0, bonusFen: 0, totalFen: 0 },
      points: 0,
      tier: null,
      next: null,
      history: [],
      plans: [],
    });
    const topUp = await env.platform.call('POST', paths.topUp(shop.vendorId), {
      body: { phone: STRANGER, verificationToken: token, planId },
    });
    expect(topUp.status).toBe(409);
    expect(topUp.body.code).toBe('not_member');
  });

  it('tops up with a plan: the paid payment becomes one stored-value entry the desk pulls', async () => {
    const token = await verifiedToken(env, shop.vendorId, MEMBER);
    const before = (await lookup(shop.vendorId, MEMBER, token)).body.membership.balance;
    const started = await env.platform.call('POST', paths.topUp(shop.vendorId), {
      body: { phone: MEMBER, verificationToken: token, planId },
    });
    expect(started.status).toBe(201);
    expect(started.body.payment.amountFen).toBe(50_000);
    const paymentId = started.body.payment.id as string;
    // Nothing is credited before the payment is confirmed.
    expect((await lookup(shop.vendorId, MEMBER, token)).body.membership.balance).toEqual(before);
    for (const eventId of ['paid-1', 'paid-1', 'paid-2']) {
      const delivered = await env.platform.call(
        'POST',
        publicBookingPaths.sandboxPaymentCallback(paymentId),
        {
          body: { kind: 'paid', eventId },
        },
      );
      expect(delivered.status).toBe(200);
    }
    const after = (await lookup(shop.vendorId, MEMBER, token)).body.membership;
    expect(after.balance.principalFen).toBe(before.principalFen + 50_000);
    expect(after.balance.bonusFen).toBe(before.bonusFen + 8_000);
    expect(after.history[0]).toMatchObject({
      kind: 'storedValue',
      entryKind: 'topUp',
      principalFen: 50_000,
      bonusFen: 8_000,
    });

    const rows = new PulledRows();
    await pullToEnd(env.platform, shop.vendorId, shop.device, rows);
    const entries = [
      ...(rows.tables.get('storedValueEntry')?.values() ?? []),
    ] as unknown as StoredValueEntry[];
    const online = entries.filter((entry) => entry.planId === planId);
    expect(online).toHaveLength(1);
    expect(online[0]).toMatchObject({
      customerId: memberId,
      kind: 'topUp',
      principalFen: 50_000,
      bonusFen: 8_000,
      receiptNo: null,
    });
  });

  it('refuses a missing or foreign proof, another shop, an unknown plan, malformed bodies and floods', async () => {
    const token = await verifiedToken(env, shop.vendorId, MEMBER);
    expect((await lookup(shop.vendorId, MEMBER, 'not-a-token')).status).toBe(403);
    expect((await lookup(shop.vendorId, STRANGER, token)).status).toBe(403);
    expect((await lookup(other.vendorId, MEMBER, token)).status).toBe(403);
    expect((await lookup(newId(), MEMBER, token)).status).toBe(404);
    const unknownPlan = await env.platform.call('POST', paths.topUp(shop.vendorId), {
      body: { phone: MEMBER, verificationToken: token, planId: newId() },
    });
    expect(unknownPlan.status).toBe(404);
    for (const body of [
      {},
      { phone: 'x', verificationToken: token },
      { phone: MEMBER, verificationToken: '' },
      { phone: MEMBER, verificationToken: token, extra: 1 },
    ]) {
      const refused = await env.platform.call('POST', paths.lookup(shop.vendorId), { body });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('invalid_request');
    }
    const badShop = await env.platform.call('POST', paths.lookup('not-a-shop'), {
      body: { phone: MEMBER, verificationToken: token },
    });
    expect(badShop.status).toBe(400);
    env.limiter.tight = true;
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1)
        statuses.push((await lookup(shop.vendorId, MEMBER, token)).status);
      expect(statuses).toContain(429);
    } finally {
      env.limiter.tight = false;
    }
  });
});
