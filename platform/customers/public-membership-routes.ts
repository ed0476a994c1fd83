/**
 * The customer-facing membership endpoints, under /public/v1/shops/:shopId like the booking and
 * group-buy ones: no token, access 'public', rate-limited per address, zod at the door, errors in
 * `{code, message, issues?}`. The phone must come with a verification token for it at this shop
 * (phone-codes.ts); an unknown shop is a 404 like the other public endpoints'.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { normalizePhone } from '../../domain/customers/phone';
import type { VendorProfile } from '../../domain/vendor/schema';
import { verifiedPhone } from '../bookings/phone-codes';
import type { RateLimiter } from '../bookings/rate-limit';
import type { Database } from '../db/database';
import { HttpError, parseOr400 } from '../http/errors';
import { entity } from '../jobs/booking-shared';
import type { PaymentOrders } from '../payments/orders';
import { membershipOf, startTopUp } from './public-membership';

export const publicMembershipPaths = {
  lookup: (shopId: string) => `/public/v1/shops/${shopId}/membership/lookup`,
  topUp: (shopId: string) => `/public/v1/shops/${shopId}/membership/top-ups`,
} as const;

const shopParams = z.object({ shopId: z.uuid().transform((id) => id.toLowerCase()) });
const phoneSchema = z
  .string()
  .max(40)
  .transform((text, context) => {
    const parsed = normalizePhone(text);
    if (parsed.ok) return parsed.phone;
    context.addIssue({ code: 'custom', message: 'phone' });
    return z.NEVER;
  });
const proofFields = { phone: phoneSchema, verificationToken: z.string().min(1).max(100) };
const lookupBody = z.object(proofFields).strict();
const topUpBody = z.object({ ...proofFields, planId: z.string().min(1).max(64) }).strict();

export interface MembershipRouteOptions {
  limiter: RateLimiter;
  now: () => number;
}

export function publicMembershipRoutes(
  app: FastifyInstance,
  db: Database,
  payments: PaymentOrders,
  { limiter, now }: MembershipRouteOptions,
): void {
  const route = (group: 'read' | 'write') => ({
    config: { access: 'public' as const },
    preValidation: async (
      request: { ip: string },
      reply: { header: (k: string, v: string) => unknown },
    ) => {
      const wait = limiter.take(`membership.${group}`, request.ip, now());
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new HttpError(429, 'too_many_requests', `too many requests; try again in ${wait} s`);
      }
    },
  });

  async function provenShop(params: unknown, body: { phone: string; verificationToken: string }) {
    const { shopId } = parseOr400(shopParams, params, 'params');
    const profile = await entity<VendorProfile>(db, shopId, 'vendorProfile', shopId);
    if (!profile) throw new HttpError(404, 'not_found', 'nothing here');
    const phone = await verifiedPhone(db, shopId, body.verificationToken, now());
    if (phone === null || phone !== body.phone) {
      throw new HttpError(403, 'phone_not_verified', 'verify this phone with a code first');
    }
    return { vendorId: shopId, profile, phone };
  }

  app.post('/public/v1/shops/:shopId/membership/lookup', route('read'), async (request) => {
    parseOr400(shopParams, request.params, 'params');
    const body = parseOr400(lookupBody, request.body, 'body');
    const shop = await provenShop(request.params, body);
    return { membership: await membershipOf(db, shop.vendorId, shop.profile, shop.phone, now()) };
  });

  app.post(
    '/public/v1/shops/:shopId/membership/top-ups',
    route('write'),
    async (request, reply) => {
      parseOr400(shopParams, request.params, 'params');
      const body = parseOr400(topUpBody, request.body, 'body');
      const shop = await provenShop(request.params, body);
      const started = await startTopUp(db, payments, shop, shop.phone, body.planId, now());
      if (!started.ok) {
        throw started.reason === 'not_member'
          ? new HttpError(409, 'not_member', 'this phone is no member of the shop yet')
          : new HttpError(404, 'no_plan', 'no such top-up plan');
      }
      return reply.status(201).send({
        payment: { id: started.paymentId, amountFen: started.amountFen },
        payUrl: started.payUrl,
      });
    },
  );
}
