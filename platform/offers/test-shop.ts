/**
 * What the group-buy platform tests share: a platform with the sandbox SMS and payment
 * providers on a clock the test moves, a shop with its profile and offers put on sale by its
 * desk, a phone verified through the sandbox SMS outbox, buying, paying through the sandbox's
 * callback route, and what the desk pulls. Everything goes through HTTP on loopback.
 */
import { expect } from 'vitest';
import type { Offer, Voucher } from '../../domain/offers/schema';
import { sampleVendorProfile } from '../../domain/test-support/vendor-profile';
import { DEFAULT_PHONE_CODE_POLICY } from '../bookings/phone-codes';
import { MemoryTokenBuckets, type RateLimiter } from '../bookings/rate-limit';
import { publicBookingPaths } from '../http/routes-public-bookings';
import { publicOfferPaths as paths } from '../http/routes-public-offers';
import { JobRunner } from '../jobs/runner';
import { offerHoldsJob, voucherExpiryJob } from '../jobs/offer-sales';
import { SandboxPaymentProvider } from '../payments/sandbox-payments';
import { defaultSyncRules } from '../sync/rules';
import type { BackendName } from '../test/backends';
import { PulledRows, pullToEnd } from '../test/pull-client';
import {
  outboxEntry,
  pushAccepted,
  startTestPlatform,
  type Device,
  type HttpResult,
  type TestPlatform,
} from '../test/server';

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** A limiter the test can tighten: loose unless `tight` is set. */
export class SwitchableLimiter implements RateLimiter {
  tight = false;
  private readonly loose = new MemoryTokenBuckets({}, { capacity: 100_000, perMinute: 100_000 });
  private readonly strict = new MemoryTokenBuckets({}, { capacity: 3, perMinute: 1 });
  take(group: string, address: string, now: number): number {
    return (this.tight ? this.strict : this.loose).take(group, address, now);
  }
}

export interface OfferPlatform {
  platform: TestPlatform;
  sandbox: SandboxPaymentProvider;
  limiter: SwitchableLimiter;
  clock: { now: number };
  jobs: JobRunner;
}

export async function startOfferPlatform(backend: BackendName): Promise<OfferPlatform> {
  const clock = { now: Date.UTC(2026, 11, 1, 2) };
  const sandbox = new SandboxPaymentProvider();
  const limiter = new SwitchableLimiter();
  const now = () => clock.now;
  const phoneCodes = {
    ...DEFAULT_PHONE_CODE_POLICY,
    resendAfterMs: 0,
    perPhonePerHour: 10_000,
    perAddressPerHour: 10_000,
  };
  const platform = await startTestPlatform(backend, {
    signInLimit: { addressFailures: 100_000 },
    publicBookings: { sandbox: true, now, paymentProvider: sandbox, limiter, phoneCodes },
    publicOffers: { now, limiter, phoneCodes },
  });
  const jobs = new JobRunner({
    db: platform.db,
    rules: defaultSyncRules,
    kinds: [offerHoldsJob, voucherExpiryJob],
    now,
  });
  return { platform, sandbox, limiter, clock, jobs };
}

export interface OfferShop {
  vendorId: string;
  device: Device;
  login: string;
}

/** A shop with its profile, and these offers created as drafts then put on sale by its desk. */
export async function offerShop(
  { platform }: OfferPlatform,
  name: string,
  offers: readonly Offer[],
): Promise<OfferShop> {
  const shop = await platform.vendor(name);
  const { vendorId, device } = shop;
  const entries = [
    outboxEntry(device, 'vendorProfile.create', sampleVendorProfile({ id: vendorId, name })),
  ];
  for (const offer of offers) {
    entries.push(
      outboxEntry(device, 'offer.create', {
        offer: { ...offer, status: 'draft', firstOnSaleAt: null },
      }),
    );
    if (offer.status === 'onSale') {
      entries.push(
        outboxEntry(device, 'offer.setStatus', {
          id: offer.id,
          from: 'draft',
          to: 'onSale',
          at: offer.firstOnSaleAt,
          firstOnSaleAt: offer.firstOnSaleAt,
        }),
      );
    }
  }
  const pushed = await pushAccepted(platform, vendorId, device, entries);
  for (const result of pushed.results) expect(result.status).toBe('applied');
  return shop;
}

/** A verification token for the phone at the shop, by the code the sandbox SMS recorded. */
export async function verifiedToken(
  { platform }: OfferPlatform,
  vendorId: string,
  phone: string,
): Promise<string> {
  const sent = await platform.call('POST', paths.phoneCodes(vendorId), { body: { phone } });
  expect(sent.status).toBe(202);
  const outbox = await platform.call('GET', `${publicBookingPaths.sandboxSms}?phone=${phone}`);
  const messages = outbox.body.messages as Array<{ vendorId: string; params: { code: string } }>;
  const code = messages.filter((message) => message.vendorId === vendorId).at(-1)!.params.code;
  const verified = await platform.call('POST', paths.verifyPhone(vendorId), {
    body: { phone, code },
  });
  expect(verified.status).toBe(200);
  return verified.body.verificationToken as string;
}

export interface Buyer {
  phone: string;
  token: string;
  name: string;
}

export async function buyer(env: OfferPlatform, vendorId: string, phone: string): Promise<Buyer> {
  return {
    phone,
    token: await verifiedToken(env, vendorId, phone),
    name: `客人${phone.slice(-4)}`,
  };
}

export function buy(
  { platform }: OfferPlatform,
  vendorId: string,
  offerId: string,
  who: Buyer,
  quantity = 1,
): Promise<HttpResult> {
  return platform.call('POST', paths.buy(vendorId, offerId), {
    body: { name: who.name, phone: who.phone, verificationToken: who.token, quantity },
  });
}

export async function paymentOf({ platform }: OfferPlatform, orderId: string): Promise<string> {
  const [row] = await platform.db.query<{ payment_id: string }>(
    'select payment_id from offer_orders where id = $1',
    [orderId],
  );
  return row!.payment_id;
}

/** The sandbox provider's callback for the order's payment. */
export async function callback(
  env: OfferPlatform,
  orderId: string,
  kind: 'paid' | 'failed' | 'refunded',
  eventId: string,
): Promise<string> {
  const paymentId = await paymentOf(env, orderId);
  const result = await env.platform.call(
    'POST',
    publicBookingPaths.sandboxPaymentCallback(paymentId),
    { body: { kind, eventId } },
  );
  expect(result.status).toBe(200);
  return result.body.outcome as string;
}

/** Buys and pays; returns the order id. */
export async function bought(
  env: OfferPlatform,
  vendorId: string,
  offerId: string,
  who: Buyer,
  quantity = 1,
): Promise<string> {
  const result = await buy(env, vendorId, offerId, who, quantity);
  expect(result.status).toBe(201);
  const orderId = result.body.order.id as string;
  expect(await callback(env, orderId, 'paid', `paid-${orderId}`)).toBe('applied');
  return orderId;
}

/** The vouchers the shop's desk pulls, by id. */
export async function deskVouchers(
  { platform }: OfferPlatform,
  shop: OfferShop,
): Promise<Map<string, Voucher>> {
  const rows = new PulledRows();
  await pullToEnd(platform, shop.vendorId, shop.device, rows);
  return (rows.tables.get('voucher') ?? new Map()) as unknown as Map<string, Voucher>;
}

/** The vouchers of one order as the desk has them. */
export async function orderVouchersOnDesk(
  env: OfferPlatform,
  shop: OfferShop,
  orderId: string,
): Promise<Voucher[]> {
  const all = await deskVouchers(env, shop);
  return [...all.values()].filter((voucher) => voucher.orderId === orderId);
}
