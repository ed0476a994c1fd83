/**
 * The customer-facing booking endpoints, under /public/v1/shops/:shopId (the shop's vendor id;
 * not :vendorId, which the route registry reads as a vendor-token route). No token: each route
 * says access 'public', is rate-limited per address and route group, validates with zod and
 * answers errors in the sync protocol's `{code, message, issues?}`. Nothing of another shop or
 * customer shows: an unknown shop, one not taking bookings online, an unknown booking code and a
 * code with the wrong phone are each the same 404. What a customer does the platform writes as a
 * change it originates (sync/originate.ts), so it reaches every desk by pull and poke.
 *
 * Development only (`sandbox: true`, never in production): GET /dev/v1/sandbox/sms shows what the
 * sandbox SMS provider would have sent, and POST /dev/v1/sandbox/payments/:paymentId/callback
 * makes the sandbox payment provider deliver a callback (any event id, any order).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { normalizePhone } from '../../domain/customers/phone';
import { transitionArgs } from '../../domain/bookings/build';
import { dayAvailability } from '../../domain/bookings/availability';
import { depositAfter } from '../../domain/bookings/lifecycle';
import { recordBookingDeposit, transitionBooking } from '../../domain/bookings/mutations';
import {
  bookingCodeSchema,
  type Booking,
  type BookingSettings,
  type Deposit,
  type Service,
} from '../../domain/bookings/schema';
import { derivedId } from '../../domain/ids';
import { calendarDateSchema } from '../../domain/time';
import type { VendorProfile } from '../../domain/vendor/schema';
import type { Database } from '../db/database';
import {
  DEFAULT_PHONE_CODE_POLICY,
  sendPhoneCode,
  verifyPhoneCode,
  type PhoneCodePolicy,
} from '../bookings/phone-codes';
import { MemoryTokenBuckets, type RateLimiter } from '../bookings/rate-limit';
import { SandboxSmsProvider, type SmsProvider } from '../messages/sms';
import { PaymentOrders, type PaymentChange } from '../payments/orders';
import { bookingContext, createPublicBooking } from '../bookings/create-public';
import type { PaymentProvider } from '../payments/provider';
import { SandboxPaymentProvider } from '../payments/sandbox-payments';
import { entity, guestPhone } from '../jobs/booking-shared';
import { originate } from '../sync/originate';
import type { SyncRules } from '../sync/rules';
import { HttpError, parseOr400 } from './errors';

export const publicBookingPaths = {
  availability: (shopId: string) => `/public/v1/shops/${shopId}/availability`,
  options: (shopId: string) => `/public/v1/shops/${shopId}/booking-options`,
  phoneCodes: (shopId: string) => `/public/v1/shops/${shopId}/phone-codes`,
  verifyPhone: (shopId: string) => `/public/v1/shops/${shopId}/phone-codes/verify`,
  book: (shopId: string) => `/public/v1/shops/${shopId}/bookings`,
  lookup: (shopId: string) => `/public/v1/shops/${shopId}/bookings/lookup`,
  cancel: (shopId: string) => `/public/v1/shops/${shopId}/bookings/cancel`,
  paymentCallback: (provider: string) => `/public/v1/payments/callback/${provider}`,
  sandboxSms: '/dev/v1/sandbox/sms',
  sandboxPaymentCallback: (paymentId: string) => `/dev/v1/sandbox/payments/${paymentId}/callback`,
} as const;

/** Requests per address: a burst, then so many a minute, by route group. */
export const DEFAULT_PUBLIC_LIMITS = {
  read: { capacity: 60, perMinute: 60 },
  code: { capacity: 10, perMinute: 2 },
  write: { capacity: 20, perMinute: 10 },
  callback: { capacity: 600, perMinute: 600 },
};

export interface PublicBookingOptions {
  sms?: SmsProvider;
  /** The payment provider (default: the sandbox); orders are kept in this platform's database. */
  paymentProvider?: PaymentProvider;
  limiter?: RateLimiter;
  phoneCodes?: PhoneCodePolicy;
  /** The platform's clock for these routes (tests move it). */
  now?: () => number;
  /** Registers the /dev/v1/sandbox routes: development and tests only. */
  sandbox?: boolean;
}

export interface PublicBookingServices {
  sms: SmsProvider;
  payments: PaymentOrders;
}

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
const localeSchema = z.enum(['zh-CN', 'en']).default('zh-CN');
const sendCodeBody = z.object({ phone: phoneSchema, locale: localeSchema }).strict();
const verifyBody = z
  .object({ phone: phoneSchema, code: z.string().regex(/^\d{6}$/, 'code') })
  .strict();
const lookupBody = z.object({ code: bookingCodeSchema, phone: phoneSchema }).strict();
const cancelBody = z
  .object({
    code: bookingCodeSchema,
    phone: phoneSchema,
    reason: z.string().trim().max(200).optional(),
  })
  .strict();
const availabilityQuery = z
  .object({
    date: calendarDateSchema,
    party: z.coerce.number().int().min(1).max(200).optional(),
    service: z.uuid().optional(),
    staff: z.union([z.literal('any'), z.uuid()]).optional(),
  })
  .strict()
  .refine((query) => query.party !== undefined || query.service !== undefined, {
    message: 'party or service',
    path: ['party'],
  });
const createBody = z
  .object({
    name: z.string().trim().max(40),
    phone: phoneSchema,
    verificationToken: z.string().min(1).max(100),
    partySize: z.number().int().min(1).max(200).optional(),
    serviceId: z.uuid().optional(),
    staffId: z.uuid().optional(),
    startsAt: z.number().int().min(0),
    note: z.string().trim().max(500).default(''),
  })
  .strict()
  .refine((body) => body.partySize !== undefined || body.serviceId !== undefined, {
    message: 'partySize or serviceId',
    path: ['partySize'],
  })
  .refine((body) => body.staffId === undefined || body.serviceId !== undefined, {
    message: 'staffId needs serviceId',
    path: ['staffId'],
  });
const sandboxCallbackBody = z
  .object({ kind: z.enum(['paid', 'failed', 'refunded']), eventId: z.string().min(1).max(64) })
  .strict();

const NOT_FOUND = () => new HttpError(404, 'not_found', 'no such booking for that phone');
const SHOP_NOT_FOUND = () =>
  new HttpError(404, 'shop_not_found', 'this shop takes no bookings online');

interface Shop {
  vendorId: string;
  profile: VendorProfile;
  settings: BookingSettings;
}

async function shopOf(db: Database, request: FastifyRequest): Promise<Shop> {
  const { shopId } = parseOr400(shopParams, request.params, 'params');
  const [profile, settings] = await Promise.all([
    entity<VendorProfile>(db, shopId, 'vendorProfile', shopId),
    entity<BookingSettings>(db, shopId, 'bookingSettings', shopId),
  ]);
  if (!profile || !settings?.online) throw SHOP_NOT_FOUND();
  return { vendorId: shopId, profile, settings };
}

/** The shop's booking with this code, if the phone is its guest's; else null (one answer for both). */
async function bookingFor(
  db: Database,
  vendorId: string,
  code: string,
  phone: string,
): Promise<Booking | null> {
  const rows = await db.query<{ data: Booking }>(
    `select r.data from row_lookups l join entities r
       on r.vendor_id = l.vendor_id and r.tbl = l.tbl and r.id = l.id
     where l.vendor_id = $1 and l.tbl = 'booking' and l.lookup = 'code' and l.value = $2 and not r.deleted`,
    [vendorId, code],
  );
  const booking = rows[0]?.data;
  if (!booking) return null;
  return (await guestPhone(db, vendorId, booking.customerId)) === phone ? booking : null;
}

/** What a guest may see of their own booking: no ids of the shop's resources, no customer. */
function publicBooking(booking: Booking) {
  return {
    code: booking.code,
    status: booking.status,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    partySize: booking.partySize,
    serviceId: booking.serviceId,
    deposit: { amountFen: booking.deposit.amountFen, state: booking.deposit.state },
    holdUntil: booking.holdUntil,
  };
}

/**
 * A booking's deposit follows its payment: paid → the deposit is paid (and the booking confirmed
 * when the shop confirms automatically), refunded → refunded. Each change's id is derived from the
 * payment and the step, so a callback heard twice originates once.
 */
async function depositFollowsPayment(db: Database, rules: SyncRules, change: PaymentChange) {
  const { payment, to } = change;
  if (!payment.orderId.startsWith('booking:') || (to !== 'paid' && to !== 'refunded')) return;
  const booking = await entity<Booking>(db, payment.vendorId, 'booking', payment.orderId.slice(8));
  if (!booking || booking.deposit.paymentId !== payment.id) return;
  const at = change.payment.updatedAt;
  const deposit: Deposit = { ...booking.deposit, state: to };
  await originate(
    db,
    rules,
    payment.vendorId,
    {
      name: recordBookingDeposit.name,
      args: { id: booking.id, deposit, storedValueEntry: null },
      id: derivedId(payment.id, `deposit.${to}`),
    },
    at,
  );
  const settings = await entity<BookingSettings>(
    db,
    payment.vendorId,
    'bookingSettings',
    payment.vendorId,
  );
  if (to === 'paid' && booking.status === 'requested' && settings?.autoConfirm) {
    const id = derivedId(payment.id, 'deposit.confirm');
    const args = transitionArgs(booking, {
      to: 'confirmed',
      at,
      by: 'platform',
      deposit,
      eventId: derivedId(id, 'event'),
    });
    await originate(db, rules, payment.vendorId, { name: transitionBooking.name, args, id }, at);
  }
}

export function publicBookingRoutes(
  app: FastifyInstance,
  db: Database,
  rules: SyncRules,
  options: PublicBookingOptions = {},
): PublicBookingServices {
  const now = options.now ?? Date.now;
  const sms = options.sms ?? new SandboxSmsProvider(db, now);
  const payments = new PaymentOrders(db, options.paymentProvider ?? new SandboxPaymentProvider());
  const limiter = options.limiter ?? new MemoryTokenBuckets(DEFAULT_PUBLIC_LIMITS);
  const codePolicy = options.phoneCodes ?? DEFAULT_PHONE_CODE_POLICY;
  payments.onChange((change) => depositFollowsPayment(db, rules, change));

  const limited =
    (group: keyof typeof DEFAULT_PUBLIC_LIMITS) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const wait = limiter.take(group, request.ip, now());
      if (wait > 0) {
        reply.header('retry-after', String(wait));
        throw new HttpError(429, 'too_many_requests', `too many requests; try again in ${wait} s`);
      }
    };
  const route = (group: keyof typeof DEFAULT_PUBLIC_LIMITS) => ({
    config: { access: 'public' as const },
    // After the body is read (bounded by the body limit), so an oversized or broken body is
    // still told 413 or 400 rather than 429.
    preValidation: limited(group),
  });

  app.get('/public/v1/shops/:shopId/booking-options', route('read'), async (request) => {
    const { vendorId, profile, settings } = await shopOf(db, request);
    const services = await db.query<{ data: Service }>(
      `select data from entities where vendor_id = $1 and tbl = 'service' and not deleted order by id`,
      [vendorId],
    );
    const tables = await db.query<{ max: number | null }>(
      `select max((r.data ->> 'maxParty')::int) as max from row_lookups l join entities r
         on r.vendor_id = l.vendor_id and r.tbl = l.tbl and r.id = l.id
       where l.vendor_id = $1 and l.tbl = 'resource' and l.lookup = 'kind' and l.value = any($2::text[])
         and not r.deleted and (r.data ->> 'archived')::boolean is not true`,
      [vendorId, ['table', 'room']],
    );
    return {
      shop: { name: profile.name, timeZone: profile.timeZone },
      mode: settings.mode,
      slotMinutes: settings.slotMinutes,
      leadMinutes: settings.leadMinutes,
      maxDaysAhead: settings.maxDaysAhead,
      partySizes: { min: 1, max: Number(tables[0]?.max ?? 0) },
      services: services
        .map((row) => row.data)
        .filter((service) => !service.archived)
        .sort((a, b) => a.sort - b.sort)
        .map((service) => ({
          id: service.id,
          name: service.name,
          durationMin: service.durationMin,
          priceFen: service.priceFen,
          capacity: service.capacity,
        })),
      deposit: {
        required: settings.depositRules.length > 0,
        policyText: settings.policyText,
        refundBeforeHours: settings.refundBeforeHours,
      },
    };
  });

  app.get('/public/v1/shops/:shopId/availability', route('read'), async (request) => {
    const shop = await shopOf(db, request);
    const query = parseOr400(availabilityQuery, request.query, 'query');
    const day = dayAvailability({
      date: query.date,
      ctx: await bookingContext(db, shop, query.date),
      request: query.service
        ? {
            kind: 'service',
            serviceId: query.service,
            resourceId: query.staff === undefined || query.staff === 'any' ? null : query.staff,
            partySize: query.party ?? 1,
          }
        : { kind: 'party', partySize: query.party ?? 1 },
      now: now(),
      audience: 'customer',
    });
    // The times only: which tables or staff are free is the shop's business.
    return {
      date: query.date,
      closed: day.closed,
      slots: day.slots.map((slot) => ({ startsAt: slot.startsAt, endsAt: slot.endsAt })),
    };
  });

  app.post('/public/v1/shops/:shopId/phone-codes', route('code'), async (request, reply) => {
    const { vendorId, profile } = await shopOf(db, request);
    const body = parseOr400(sendCodeBody, request.body, 'body');
    const sent = await sendPhoneCode(
      db,
      sms,
      {
        vendorId,
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

  app.post('/public/v1/shops/:shopId/phone-codes/verify', route('code'), async (request) => {
    const { vendorId } = await shopOf(db, request);
    const body = parseOr400(verifyBody, request.body, 'body');
    return verifyPhoneCode(
      db,
      { vendorId, phone: body.phone, code: body.code, now: now() },
      codePolicy,
    );
  });

  app.post('/public/v1/shops/:shopId/bookings', route('write'), async (request, reply) => {
    const shop = await shopOf(db, request);
    const body = parseOr400(createBody, request.body, 'body');
    const { booking, payUrl } = await createPublicBooking(db, rules, payments, shop, body, now());
    return reply.status(201).send({ booking: publicBooking(booking), payUrl });
  });

  app.post('/public/v1/shops/:shopId/bookings/lookup', route('write'), async (request) => {
    const { vendorId } = await shopOf(db, request);
    const body = parseOr400(lookupBody, request.body, 'body');
    const booking = await bookingFor(db, vendorId, body.code, body.phone);
    if (!booking) throw NOT_FOUND();
    return { booking: publicBooking(booking) };
  });

  app.post('/public/v1/shops/:shopId/bookings/cancel', route('write'), async (request) => {
    const { vendorId, settings } = await shopOf(db, request);
    const body = parseOr400(cancelBody, request.body, 'body');
    const booking = await bookingFor(db, vendorId, body.code, body.phone);
    if (!booking) throw NOT_FOUND();
    if (booking.status === 'cancelled') return { booking: publicBooking(booking) };
    if (!['requested', 'confirmed'].includes(booking.status)) {
      throw new HttpError(
        409,
        'not_cancellable',
        `a booking that is ${booking.status} cannot be cancelled`,
      );
    }
    const at = now();
    const deposit = depositAfter(booking, 'cancelled', { at, cancelledBy: 'customer', settings });
    const args = transitionArgs(booking, {
      to: 'cancelled',
      at,
      by: 'customer',
      cancelledBy: 'customer',
      reason: body.reason ?? null,
      deposit,
      eventId: derivedId(booking.id, `customer.cancel.${booking.statusAt}`),
    });
    const result = await originate(
      db,
      rules,
      vendorId,
      {
        name: transitionBooking.name,
        args,
        id: derivedId(booking.id, `customer.cancel.${booking.statusAt}`),
      },
      at,
    );
    if (result.status === 'rejected') {
      throw new HttpError(
        409,
        'not_cancellable',
        'the shop changed this booking first; look it up again',
      );
    }
    // The money back, through the provider; a payment still pending is closed (paid late: refunded).
    if (booking.deposit.paymentId) {
      if (deposit?.state === 'refunded') await payments.refund(booking.deposit.paymentId, at);
      else if (booking.deposit.state === 'pending')
        await payments.expire(booking.deposit.paymentId, at);
    }
    const after = await entity<Booking>(db, vendorId, 'booking', booking.id);
    return { booking: publicBooking(after ?? booking) };
  });

  app.post('/public/v1/payments/callback/:provider', route('callback'), async (request, reply) => {
    const { provider } = parseOr400(
      z.object({ provider: z.string().max(40) }),
      request.params,
      'params',
    );
    if (provider !== payments.provider.name)
      throw new HttpError(404, 'not_found', 'no such payment provider');
    const callback = payments.provider.parseCallback(request.headers, request.body);
    if (!callback) throw new HttpError(400, 'invalid_callback', 'the callback does not check');
    const outcome = await payments.handleCallback(callback, now());
    return reply.status(200).send({ outcome });
  });

  if (options.sandbox) {
    app.get(publicBookingPaths.sandboxSms, { config: { access: 'public' } }, async (request) => {
      const { phone } = parseOr400(
        z.object({ phone: phoneSchema.optional() }),
        request.query,
        'query',
      );
      if (!(sms instanceof SandboxSmsProvider))
        throw new HttpError(404, 'not_found', 'no sandbox SMS');
      return { messages: await sms.outbox(phone) };
    });
    app.post(
      '/dev/v1/sandbox/payments/:paymentId/callback',
      { config: { access: 'public' } },
      async (request) => {
        const { paymentId } = parseOr400(
          z.object({ paymentId: z.string().max(64) }),
          request.params,
          'params',
        );
        const body = parseOr400(sandboxCallbackBody, request.body, 'body');
        const provider = payments.provider;
        if (!(provider instanceof SandboxPaymentProvider))
          throw new HttpError(404, 'not_found', 'no sandbox payments');
        const signed = provider.callback({
          eventId: body.eventId,
          paymentId,
          kind: body.kind,
          at: now(),
        });
        const callback = provider.parseCallback(signed.headers, signed.body);
        return { outcome: await payments.handleCallback(callback!, now()) };
      },
    );
  }
  return { sms, payments };
}
