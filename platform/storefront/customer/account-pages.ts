/**
 * Signing in and out, the payment page (offers, top-ups and booking deposits alike), and
 * /s/:slug/me: the phone's vouchers, bookings and membership, and topping up with a plan.
 * A payment shows only to the phone it is for; anything else is the one "not found".
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { normalizePhone } from '../../../domain/customers/phone';
import type { Booking } from '../../../domain/bookings/schema';
import { MePage } from '../../../storefront/customer/me';
import { PaymentPage } from '../../../storefront/customer/offer';
import { SignIn } from '../../../storefront/customer/sign-in';
import { storefrontPaths } from '../../../storefront/paths';
import { sendPhoneCode, verifyPhoneCode } from '../../bookings/phone-codes';
import {
  accountOfPhone,
  membershipOf,
  readTopUpOrderId,
  startTopUp,
} from '../../customers/public-membership';
import { HttpError } from '../../http/errors';
import { publicBookingPaths } from '../../http/routes-public-bookings';
import { entity, guestPhone } from '../../jobs/booking-shared';
import { readOrder } from '../../offers/order-store';
import type { PaymentOrder } from '../../payments/orders';
import {
  callPublic,
  checkPost,
  limited,
  PageError,
  pageRequest,
  readForm,
  requireSession,
  sendPage,
  signInFor,
  textOfCode,
  withQuery,
  type CustomerPagesContext,
  type PageRequest,
} from './context';
import { customerPagePaths } from './offer-pages';
import { clearSession, setSession } from './session';
import { bookingsOfPhone, vouchersOfPhone } from './views';

const phoneField = z
  .string()
  .max(40)
  .transform((text, context) => {
    const parsed = normalizePhone(text);
    if (parsed.ok) return parsed.phone;
    context.addIssue({ code: 'custom', message: 'phone' });
    return z.NEVER;
  });
const nextField = z.string().max(400);
const codeForm = z.object({ phone: z.string().max(40), next: nextField });
const verifyForm = z.object({
  phone: phoneField,
  next: nextField,
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'code'),
});
const csrfForm = z.object({ csrf: z.string().max(100).optional() });
const topUpForm = z.object({
  csrf: z.string().max(100).optional(),
  planId: z.string().min(1).max(64),
});
const paymentParams = z.object({ slug: z.string(), paymentId: z.string().regex(/^[\w-]{1,64}$/) });

/** Where a sign-in returns: a path on this shop's pages, or its "me" page. */
function safeNext(page: PageRequest, next: string): string {
  const base = storefrontPaths.page(page.shop.slug);
  const ok =
    (next === base || next.startsWith(`${base}/`) || next.startsWith(`${base}?`)) &&
    !next.includes('//') &&
    !next.includes('\\');
  return ok ? next : page.url(storefrontPaths.me(page.shop.slug));
}

/** Where a paid payment leads, when it is the phone's; null when it is not (or unknown). */
async function paymentFor(
  ctx: CustomerPagesContext,
  page: PageRequest,
  phone: string,
  payment: PaymentOrder | null,
) {
  if (!payment || payment.vendorId !== page.shop.vendorId) return null;
  const { slug, vendorId } = page.shop;
  const { orderId } = payment;
  if (orderId.startsWith('offer:')) {
    const order = await readOrder(ctx.db, orderId.slice('offer:'.length));
    return order &&
      order.vendorId === vendorId &&
      order.phone === phone &&
      order.paymentId === payment.id
      ? page.url(customerPagePaths.order(slug, order.id))
      : null;
  }
  const topUp = readTopUpOrderId(orderId);
  if (topUp) {
    const account = await accountOfPhone(ctx.db, vendorId, phone);
    return account?.accountId === topUp.accountId ? page.url(storefrontPaths.me(slug)) : null;
  }
  if (orderId.startsWith('booking:')) {
    const booking = await entity<Booking>(ctx.db, vendorId, 'booking', orderId.slice(8));
    return booking && (await guestPhone(ctx.db, vendorId, booking.customerId)) === phone
      ? page.url(`${storefrontPaths.page(slug)}/bookings/${booking.code}`)
      : null;
  }
  return null;
}

export function accountPages(scope: FastifyInstance, ctx: CustomerPagesContext): void {
  const { db } = ctx;
  const base = (page: PageRequest) => storefrontPaths.page(page.shop.slug);

  function codeStep(
    page: PageRequest,
    request: FastifyRequest,
    reply: FastifyReply,
    phone: string,
    next: string,
    error: string | null,
    status = 200,
  ) {
    const body = SignIn({
      t: page.t,
      sendAction: page.url(`${base(page)}/sign-in/code`),
      verifyAction: page.url(`${base(page)}/sign-in`),
      next,
      step: 'code',
      phone,
      error,
    });
    return sendPage(reply, page, request, page.t('signInTitle'), body, status);
  }

  function phoneStep(
    page: PageRequest,
    request: FastifyRequest,
    reply: FastifyReply,
    next: string,
    error: string,
    status: number,
  ) {
    return sendPage(
      reply,
      page,
      request,
      page.t('signInTitle'),
      signInFor(page, next, undefined, error),
      status,
    );
  }

  scope.post(
    '/s/:slug/sign-in/code',
    { config: { access: 'public' }, preValidation: limited(ctx, 'code') },
    async (request, reply) => {
      const page = await pageRequest(ctx, request);
      checkPost(ctx, request, null);
      const form = readForm(codeForm, request.body);
      const next = safeNext(page, form.next);
      const phone = normalizePhone(form.phone);
      if (!phone.ok) return phoneStep(page, request, reply, next, page.t('errorPhone'), 400);
      try {
        await sendPhoneCode(
          db,
          ctx.services.sms,
          {
            vendorId: page.shop.vendorId,
            shopName: page.shop.profile.name,
            phone: phone.phone,
            address: request.ip,
            locale: page.language,
            now: ctx.now(),
          },
          ctx.phoneCodes,
        );
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        const { text } = textOfCode(error.code);
        // A code sent a moment ago still works: ask for it.
        if (error.code === 'code_cooldown')
          return codeStep(page, request, reply, phone.phone, next, page.t(text), 429);
        return phoneStep(page, request, reply, next, page.t(text), error.statusCode);
      }
      return codeStep(page, request, reply, phone.phone, next, null);
    },
  );

  scope.post(
    '/s/:slug/sign-in',
    { config: { access: 'public' }, preValidation: limited(ctx, 'code') },
    async (request, reply) => {
      const page = await pageRequest(ctx, request);
      checkPost(ctx, request, null);
      const form = readForm(verifyForm, request.body);
      const next = safeNext(page, form.next);
      try {
        const verified = await verifyPhoneCode(
          db,
          { vendorId: page.shop.vendorId, phone: form.phone, code: form.code, now: ctx.now() },
          ctx.phoneCodes,
        );
        setSession(request, reply, ctx.keys, page.shop.slug, verified.verificationToken);
        return reply.redirect(next, 303);
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        const { text, values } = textOfCode(error.code, error.issues);
        if (error.code === 'code_wrong')
          return codeStep(page, request, reply, form.phone, next, page.t(text, values), 400);
        return phoneStep(page, request, reply, next, page.t(text, values), error.statusCode);
      }
    },
  );

  scope.post(
    '/s/:slug/sign-out',
    { config: { access: 'public' }, preValidation: limited(ctx, 'write') },
    async (request, reply) => {
      const page = await pageRequest(ctx, request);
      const form = readForm(csrfForm, request.body);
      checkPost(ctx, request, page, form.csrf);
      clearSession(request, reply, page.shop.slug);
      return reply.redirect(page.url(storefrontPaths.me(page.shop.slug)), 303);
    },
  );

  async function ownPayment(page: PageRequest, params: unknown) {
    const session = requireSession(page);
    const parsed = paymentParams.safeParse(params);
    const payment = parsed.success ? await ctx.services.payments.get(parsed.data.paymentId) : null;
    const after = await paymentFor(ctx, page, session.phone, payment);
    if (!payment || !after) throw new PageError(404, 'not_found', 'errorNotFound');
    return { payment, after, session };
  }

  scope.get(
    '/s/:slug/pay/:paymentId',
    { config: { access: 'public' }, preValidation: limited(ctx, 'read') },
    async (request, reply) => {
      const page = await pageRequest(ctx, request);
      if (!page.session)
        return sendPage(
          reply,
          page,
          request,
          page.t('payTitle'),
          signInFor(page, request.url),
          401,
        );
      const { payment, after, session } = await ownPayment(page, request.params);
      if (payment.state === 'paid') return reply.redirect(after, 303);
      const self = page.url(customerPagePaths.pay(page.shop.slug, payment.id));
      const body = PaymentPage({
        t: page.t,
        amountFen: payment.amountFen,
        state: payment.state,
        sandbox: ctx.sandbox
          ? {
              action: page.url(`${customerPagePaths.pay(page.shop.slug, payment.id)}/sandbox`),
              csrf: session.csrf,
            }
          : null,
        payUrl: null,
        refreshUrl: self,
      });
      return sendPage(reply, page, request, page.t('payTitle'), body);
    },
  );

  if (ctx.sandbox) {
    scope.post(
      '/s/:slug/pay/:paymentId/sandbox',
      { config: { access: 'public' }, preValidation: limited(ctx, 'write') },
      async (request, reply) => {
        const page = await pageRequest(ctx, request);
        const form = readForm(csrfForm, request.body);
        checkPost(ctx, request, page, form.csrf);
        const { payment } = await ownPayment(page, request.params);
        await callPublic(
          ctx,
          request,
          'POST',
          publicBookingPaths.sandboxPaymentCallback(payment.id),
          { kind: 'paid', eventId: `storefront-paid-${payment.id}` },
        );
        return reply.redirect(page.url(customerPagePaths.pay(page.shop.slug, payment.id)), 303);
      },
    );
  }

  async function renderMe(
    page: PageRequest,
    request: FastifyRequest,
    reply: FastifyReply,
    error: string | null,
    status = 200,
  ) {
    const self = page.url(storefrontPaths.me(page.shop.slug));
    if (!page.session)
      return sendPage(reply, page, request, page.t('meTitle'), signInFor(page, self), status);
    const { vendorId, profile } = page.shop;
    const [{ vouchers }, bookings, membership] = await Promise.all([
      vouchersOfPhone(db, vendorId, page.session.phone),
      bookingsOfPhone(db, vendorId, page.session.phone),
      membershipOf(db, vendorId, profile, page.session.phone, ctx.now()),
    ]);
    const body = MePage({
      t: page.t,
      language: page.language,
      timeZone: profile.timeZone,
      vouchers,
      bookings: bookings.map((booking) => ({
        ...booking,
        url: page.url(`${base(page)}/bookings/${booking.code}`),
      })),
      membership,
      topUp: { action: page.url(`${base(page)}/me/top-ups`), csrf: page.session.csrf },
      error,
    });
    return sendPage(reply, page, request, page.t('meTitle'), body, status);
  }

  scope.get(
    '/s/:slug/me',
    { config: { access: 'public' }, preValidation: limited(ctx, 'read') },
    async (request, reply) => renderMe(await pageRequest(ctx, request), request, reply, null),
  );

  scope.post(
    '/s/:slug/me/top-ups',
    { config: { access: 'public' }, preValidation: limited(ctx, 'write') },
    async (request, reply) => {
      const page = await pageRequest(ctx, request);
      checkPost(ctx, request, page, (request.body as { csrf?: unknown } | undefined)?.csrf);
      const session = requireSession(page);
      const form = readForm(topUpForm, request.body);
      const started = await startTopUp(
        db,
        ctx.services.payments,
        page.shop,
        session.phone,
        form.planId,
        ctx.now(),
      );
      if (!started.ok) {
        const text = started.reason === 'not_member' ? 'errorNotMember' : 'errorNoPlan';
        return renderMe(
          page,
          request,
          reply,
          page.t(text),
          started.reason === 'not_member' ? 409 : 404,
        );
      }
      return reply.redirect(
        withQuery(customerPagePaths.pay(page.shop.slug, started.paymentId), {
          lang: page.language,
        }),
        303,
      );
    },
  );
}
