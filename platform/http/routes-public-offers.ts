/**
 * The customer-facing group-buy endpoints, under /public/v1/shops/:shopId like the booking ones
 * (routes-public-bookings.ts, whose SMS provider, phone codes and payment orders these share: a
 * payment callback reaches both through its one callback route). No token: each route says
 * access 'public', is rate-limited per address and route group, validates with zod and answers
 * errors in the sync protocol's `{code, message, issues?}`. Nothing of another shop shows: an
 * unknown shop, an offer not on sale, another shop's offer and a voucher code that is not the
 * phone's are each the same 404. Buying holds the units and opens a payment; the vouchers come
 * when it is paid (offers/sales.ts).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { normalizePhone } from '../../domain/customers/phone';
import type { Offer } from '../../domain/offers/schema';
import type { VendorProfile } from '../../domain/vendor/schema';
import type { Database } from '../db/database';
import {
  DEFAULT_PHONE_CODE_POLICY,
  sendPhoneCode,
  verifiedPhone,
  verifyPhoneCode,
  type PhoneCodePolicy,
} from '../bookings/phone-codes';
import { MemoryTokenBuckets, type RateLimiter } from '../bookings/rate-limit';
import { entity } from '../jobs/booking-shared';
import type { SmsProvider } from '../messages/sms';
import { ordersWhere } from '../offers/order-store';
import { customerOffer, customerVoucher, vouchersOfOrders } from '../offers/public-views';
import { OfferSales, onSaleAt } from '../offers/sales';
import type { PaymentOrders } from '../payments/orders';
import type { SyncRules } from '../sync/rules';
import { HttpError, parseOr400 } from './errors';
import { DEFAULT_PUBLIC_LIMITS } from './routes-public-bookings';

export const publicOfferPaths = {
  offers: (shopId: string) => `/public/v1/shops/${shopId}/offers`,
  offer: (shopId: string, offerId: string) => `/public/v1/shops/${shopId}/offers/${offerId}`,
  phoneCodes: (shopId: string) => `/public/v1/shops/${shopId}/offers/phone-codes`,
  verifyPhone: (shopId: string) => `/public/v1/shops/${shopId}/offers/phone-codes/verify`,
  buy: (shopId: string, offerId: string) => `/public/v1/shops/${shopId}/offers/${offerId}/orders`,
  vouchers: (shopId: string) => `/public/v1/shops/${shopId}/vouchers/lookup`,
  refund: (shopId: string) => `/public/v1/shops/${shopId}/vouchers/refund`,
} as const;

export interface PublicOfferOptions {
  limiter?: RateLimiter;
  phoneCodes?: PhoneCodePolicy;
  /** The platform's clock for these routes (tests move it). */
  now?: () => number;
}

const lowerUuid = z.uuid().transform((id) => id.toLowerCase());
const shopParams = z.object({ shopId: lowerUuid });
const offerParams = z.object({ shopId: lowerUuid, offerId: lowerUuid });
const phoneSchema = z
  .string()
  .max(40)
  .transform((text, context) => {
    const parsed = normalizePhone(text);
    if (parsed.ok) return parsed.phone;
    context.addIssue({ code: 'custom', message: 'phone' });
    return z.NEVER;
  });
const tokenSchema = z.string().min(1).max(100);
const sendCodeBody = z
  .object({ phone: phoneSchema, locale: z.enum(['zh-CN', 'en']).default('zh-CN') })
  .strict();
const verifyBody = z
  .object({ phone: phoneSchema, code: z.string().regex(/^\d{6}$/, 'code') })
  .strict();
const buyBody = z
  .object({
    name: z.string().trim().min(1).max(40),
    phone: phoneSchema,
    verificationToken: tokenSchema,
    quantity: z.number().int().min(1).max(100),
  })
  .strict();
const lookupBody = z.object({ phone: phoneSchema, verificationToken: tokenSchema }).strict();
const refundBody = z
  .object({
    phone: phoneSchema,
    verificationToken: tokenSchema,
    code: z.string().regex(/^\d{12}$/, 'voucher_code'),
  })
  .strict();

const NOT_FOUND = () => new HttpError(404, 'not_found', 'nothing here');

async function shopProfile(db: Database, vendorId: string): Promise<VendorProfile> {
  const profile = await entity<VendorProfile>(db, vendorId, 'vendorProfile', vendorId);
  if (!profile) throw NOT_FOUND();
  return profile;
}

export function publicOfferRoutes(
  app: FastifyInstance,
  db: Database,
  rules: SyncRules,
  shared: { sms: SmsProvider; payments: PaymentOrders },
  options: PublicOfferOptions = {},
): OfferSales {
  const now = options.now ?? Date.now;
  const limiter = options.limiter ?? new MemoryTokenBuckets(DEFAULT_PUBLIC_LIMITS);
  const codePolicy = options.phoneCodes ?? DEFAULT_PHONE_CODE_POLICY;
  const sales = new OfferSales(db, rules, shared.payments);

  const route = (group: keyof typeof DEFAULT_PUBLIC_LIMITS) => ({
    config: { access: 'public' as const },
    // After the body is read, so an oversized or broken body is still told 413 or 400.
    preValidation: async (request: FastifyRequest, reply: FastifyReply) => {
      const wait = limiter.take(`offers.${group}`, request.ip, now());
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new HttpError(429, 'too_many_requests', `too many requests; try again in ${wait} s`);
      }
    },
  });

  /** The offer customers may see at `at`: on sale in this shop, or the one 404. */
  async function offerOnSale(vendorId: string, offerId: string, at: number): Promise<Offer> {
    await shopProfile(db, vendorId);
    const offer = await entity<Offer>(db, vendorId, 'offer', offerId);
    if (!offer || !onSaleAt(offer, at)) throw NOT_FOUND();
    return offer;
  }

  /** The phone a verification token vouches for at this shop, matching the one given. */
  async function provenPhone(vendorId: string, phone: string, token: string, at: number) {
    const verified = await verifiedPhone(db, vendorId, token, at);
    if (verified === null || verified !== phone) {
      throw new HttpError(403, 'phone_not_verified', 'verify this phone with a code first');
    }
    return phone;
  }

  app.get('/public/v1/shops/:shopId/offers', route('read'), async (request) => {
    const { shopId } = parseOr400(shopParams, request.params, 'params');
    const profile = await shopProfile(db, shopId);
    const at = now();
    const rows = await db.query<{ data: Offer }>(
      `select data from entities where vendor_id = $1 and tbl = 'offer' and not deleted order by id`,
      [shopId],
    );
    const offers = rows.map((row) => row.data).filter((offer) => onSaleAt(offer, at));
    return {
      shop: { name: profile.name, timeZone: profile.timeZone },
      offers: await Promise.all(offers.map((offer) => customerOffer(db, shopId, offer, at))),
    };
  });

  app.get('/public/v1/shops/:shopId/offers/:offerId', route('read'), async (request) => {
    const { shopId, offerId } = parseOr400(offerParams, request.params, 'params');
    const at = now();
    const offer = await offerOnSale(shopId, offerId, at);
    return { offer: await customerOffer(db, shopId, offer, at) };
  });

  app.post('/public/v1/shops/:shopId/offers/phone-codes', route('code'), async (request, reply) => {
    const { shopId } = parseOr400(shopParams, request.params, 'params');
    const profile = await shopProfile(db, shopId);
    const body = parseOr400(sendCodeBody, request.body, 'body');
    const sent = await sendPhoneCode(
      db,
      shared.sms,
      {
        vendorId: shopId,
        shopName: profile.name,
        phone: body.phone,
        address: request.ip,
        locale: body.locale,
        now: now(),
      },
      codePolicy,
    );
    return reply.status(202).send(sent);
  });

  app.post('/public/v1/shops/:shopId/offers/phone-codes/verify', route('code'), async (request) => {
    const { shopId } = parseOr400(shopParams, request.params, 'params');
    await shopProfile(db, shopId);
    const body = parseOr400(verifyBody, request.body, 'body');
    return verifyPhoneCode(
      db,
      { vendorId: shopId, phone: body.phone, code: body.code, now: now() },
      codePolicy,
    );
  });

  app.post(
    '/public/v1/shops/:shopId/offers/:offerId/orders',
    route('write'),
    async (request, reply) => {
      const { shopId, offerId } = parseOr400(offerParams, request.params, 'params');
      const body = parseOr400(buyBody, request.body, 'body');
      const at = now();
      const offer = await offerOnSale(shopId, offerId, at);
      const phone = await provenPhone(shopId, body.phone, body.verificationToken, at);
      const { order, payUrl } = await sales.buy(shopId, offer, { ...body, phone }, at);
      return reply.status(201).send({
        order: {
          id: order.id,
          offerId: order.offerId,
          state: order.state,
          quantity: order.quantity,
          amountFen: order.amountFen,
          holdUntil: order.holdUntil,
        },
        payUrl,
      });
    },
  );

  app.post('/public/v1/shops/:shopId/vouchers/lookup', route('write'), async (request) => {
    const { shopId } = parseOr400(shopParams, request.params, 'params');
    await shopProfile(db, shopId);
    const body = parseOr400(lookupBody, request.body, 'body');
    const phone = await provenPhone(shopId, body.phone, body.verificationToken, now());
    const orders = await ordersWhere(db, 'vendor_id = $1 and phone = $2', [shopId, phone]);
    const vouchers = await vouchersOfOrders(
      db,
      shopId,
      orders.map((order) => order.id),
    );
    return {
      orders: orders.map((order) => ({
        id: order.id,
        offerId: order.offerId,
        state: order.state,
        quantity: order.quantity,
        amountFen: order.amountFen,
        holdUntil: order.holdUntil,
      })),
      vouchers: vouchers.map(({ voucher, usesTaken }) => customerVoucher(voucher, usesTaken)),
    };
  });

  app.post('/public/v1/shops/:shopId/vouchers/refund', route('write'), async (request) => {
    const { shopId } = parseOr400(shopParams, request.params, 'params');
    await shopProfile(db, shopId);
    const body = parseOr400(refundBody, request.body, 'body');
    const at = now();
    const phone = await provenPhone(shopId, body.phone, body.verificationToken, at);
    const [found] = await db.query<{ order_id: string }>(
      'select order_id from voucher_codes where code = $1 and vendor_id = $2',
      [body.code, shopId],
    );
    const [order] = found
      ? await ordersWhere(db, 'id = $1 and phone = $2', [found.order_id, phone])
      : [];
    if (!order) throw NOT_FOUND();
    const offer = await entity<Offer>(db, shopId, 'offer', order.offerId);
    if (order.state === 'refunded') {
      // Asked again: the same answer.
    } else if (order.state !== 'paid' || !offer?.refund.beforeUse) {
      throw new HttpError(409, 'not_refundable', 'this offer is not refunded on request');
    } else {
      const [mine] = await vouchersOfOrders(db, shopId, [order.id]).then((all) =>
        all.filter(({ voucher }) => voucher.code === body.code),
      );
      if (mine && mine.voucher.state !== 'valid' && mine.voucher.state !== 'awaitingGroup') {
        throw new HttpError(409, 'not_refundable', `this voucher is ${mine.voucher.state}`);
      }
      const outcome = await sales.refund(order, at);
      if (outcome === 'used') {
        throw new HttpError(409, 'voucher_used', 'a voucher of this order has been used');
      }
      if (outcome !== 'refunded') throw NOT_FOUND();
    }
    const vouchers = await vouchersOfOrders(db, shopId, [order.id]);
    return {
      vouchers: vouchers.map(({ voucher, usesTaken }) => customerVoucher(voucher, usesTaken)),
    };
  });

  return sales;
}
