/**
 * /s/:slug/book: the party size (or a service) and the date as a GET form, the free times from
 * the public availability endpoint, and the booking POST through the public booking endpoint (a
 * slot taken meanwhile is told on the same page with the times as they are now);
 * /s/:slug/bookings/:code, the guest's own booking with its code, and cancelling it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { bookingCodeSchema } from '../../../domain/bookings/schema';
import {
  addCalendarDays,
  businessDate,
  calendarDateSchema,
  parseClock,
} from '../../../domain/time';
import { BookingPage, BookPage } from '../../../storefront/customer/book';
import { storefrontPaths } from '../../../storefront/paths';
import { publicBookingPaths } from '../../http/routes-public-bookings';
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
  type CustomerPagesContext,
  type PageRequest,
} from './context';
import { customerPagePaths } from './offer-pages';
import { ownBooking } from './views';

const bookQuery = z.object({
  lang: z.string().max(10).optional(),
  service: z.uuid().optional(),
  date: calendarDateSchema.optional(),
  party: z.coerce.number().int().min(1).max(200).default(2),
});
const bookForm = z.object({
  csrf: z.string().max(100).optional(),
  service: z.uuid().optional(),
  party: z.coerce.number().int().min(1).max(200),
  date: calendarDateSchema,
  startsAt: z.coerce.number().int().min(0),
  name: z.string().trim().max(40).default(''),
  note: z.string().trim().max(500).default(''),
});
const bookingParams = z.object({ slug: z.string(), code: bookingCodeSchema });
const cancelForm = z.object({ csrf: z.string().max(100).optional() });

interface Options {
  services: Array<{ id: string; name: { zh: string; en?: string | null }; priceFen: number }>;
  partySizes: { max: number };
  maxDaysAhead: number;
}

export function bookPages(scope: FastifyInstance, ctx: CustomerPagesContext): void {
  async function renderBook(
    page: PageRequest,
    request: FastifyRequest,
    reply: FastifyReply,
    query: z.infer<typeof bookQuery>,
    error: string | null,
    status = 200,
  ) {
    const { vendorId, profile, slug } = page.shop;
    const options = await callPublic(ctx, request, 'GET', publicBookingPaths.options(vendorId));
    if (options.status === 404) throw new PageError(404, 'not_found', 'noOnlineBooking');
    if (options.status !== 200) {
      throw new PageError(
        options.status === 429 ? 429 : 503,
        options.body?.code ?? 'unavailable',
        textOfCode(options.body?.code).text,
      );
    }
    const { services, partySizes, maxDaysAhead } = options.body as Options;
    const today = businessDate(
      ctx.now(),
      profile.timeZone,
      parseClock(profile.businessDayCutoff) ?? 0,
    );
    const service =
      query.service && services.some((each) => each.id === query.service) ? query.service : null;
    let slots: Array<{ startsAt: number }> | null = null;
    let closed = false;
    if (query.date) {
      const params = new URLSearchParams({ date: query.date, party: String(query.party) });
      if (service) params.set('service', service);
      const day = await callPublic(
        ctx,
        request,
        'GET',
        `${publicBookingPaths.availability(vendorId)}?${params}`,
      );
      if (day.status !== 200) {
        const { text, values } = textOfCode(day.body?.code, day.body?.issues);
        error = error ?? page.t(text, values);
        slots = [];
      } else {
        slots = day.body.slots as Array<{ startsAt: number }>;
        closed = Boolean(day.body.closed);
      }
    }
    const self = page.url(storefrontPaths.book(slug, service), {
      date: query.date,
      party: query.party,
    });
    const body = BookPage({
      t: page.t,
      language: page.language,
      timeZone: profile.timeZone,
      action: storefrontPaths.book(slug, null),
      services,
      partyMax: partySizes.max,
      query: { date: query.date ?? today, party: query.party, service },
      minDate: today,
      maxDate: addCalendarDays(today, maxDaysAhead),
      slots,
      closed,
      book: page.session
        ? { action: page.url(storefrontPaths.book(slug, null)), csrf: page.session.csrf }
        : null,
      signIn: page.session ? null : signInFor(page, self, page.t('signInToBook')),
      error,
    });
    return sendPage(reply, page, request, page.t('bookTitle'), body, status);
  }

  scope.get(
    '/s/:slug/book',
    { config: { access: 'public' }, preValidation: limited(ctx, 'read') },
    async (request, reply) => {
      const page = await pageRequest(ctx, request);
      const query = readForm(bookQuery, request.query);
      return renderBook(page, request, reply, query, null);
    },
  );

  scope.post(
    '/s/:slug/book',
    { config: { access: 'public' }, preValidation: limited(ctx, 'write') },
    async (request, reply) => {
      const page = await pageRequest(ctx, request);
      checkPost(ctx, request, page, (request.body as { csrf?: unknown } | undefined)?.csrf);
      const session = requireSession(page);
      const form = readForm(bookForm, request.body);
      const created = await callPublic(
        ctx,
        request,
        'POST',
        publicBookingPaths.book(page.shop.vendorId),
        {
          name: form.name,
          phone: session.phone,
          verificationToken: session.token,
          ...(form.service
            ? { serviceId: form.service, partySize: form.party }
            : { partySize: form.party }),
          startsAt: form.startsAt,
          note: form.note,
        },
      );
      if (created.status !== 201) {
        const { text, values } = textOfCode(created.body?.code, created.body?.issues);
        const query = { service: form.service, date: form.date, party: form.party };
        return renderBook(page, request, reply, query, page.t(text, values), created.status);
      }
      const code = String(created.body.booking.code);
      const own = await ownBooking(ctx.db, page.shop.vendorId, code, session.phone);
      const paymentId =
        own?.booking.deposit.state === 'pending' ? own.booking.deposit.paymentId : null;
      const next = paymentId
        ? customerPagePaths.pay(page.shop.slug, paymentId)
        : `${storefrontPaths.page(page.shop.slug)}/bookings/${code}`;
      return reply.redirect(page.url(next), 303);
    },
  );

  async function renderBooking(
    page: PageRequest,
    request: FastifyRequest,
    reply: FastifyReply,
    code: string,
    notice: string | null,
    error: string | null,
    status = 200,
  ) {
    const session = page.session!;
    const own = await ownBooking(ctx.db, page.shop.vendorId, code, session.phone);
    if (!own) throw new PageError(404, 'not_found', 'errorNotFound');
    const base = `${storefrontPaths.page(page.shop.slug)}/bookings/${code}`;
    const { booking } = own;
    const body = BookingPage({
      t: page.t,
      language: page.language,
      timeZone: page.shop.profile.timeZone,
      booking: own.view,
      cancel:
        booking.status === 'requested' || booking.status === 'confirmed'
          ? { action: page.url(`${base}/cancel`), csrf: session.csrf }
          : null,
      payLink:
        booking.deposit.state === 'pending' &&
        booking.deposit.paymentId &&
        booking.status === 'requested'
          ? page.url(customerPagePaths.pay(page.shop.slug, booking.deposit.paymentId))
          : null,
      notice,
      error,
    });
    return sendPage(reply, page, request, page.t('bookingTitle'), body, status);
  }

  scope.get(
    '/s/:slug/bookings/:code',
    { config: { access: 'public' }, preValidation: limited(ctx, 'read') },
    async (request, reply) => {
      const page = await pageRequest(ctx, request);
      const parsed = bookingParams.safeParse(request.params);
      if (!parsed.success) throw new PageError(404, 'not_found', 'errorNotFound');
      if (!page.session)
        return sendPage(
          reply,
          page,
          request,
          page.t('bookingTitle'),
          signInFor(page, request.url),
          401,
        );
      const cancelled = (request.query as { cancelled?: unknown }).cancelled === '1';
      return renderBooking(
        page,
        request,
        reply,
        parsed.data.code,
        cancelled ? page.t('cancelled') : null,
        null,
      );
    },
  );

  scope.post(
    '/s/:slug/bookings/:code/cancel',
    { config: { access: 'public' }, preValidation: limited(ctx, 'write') },
    async (request, reply) => {
      const page = await pageRequest(ctx, request);
      const form = readForm(cancelForm, request.body);
      checkPost(ctx, request, page, form.csrf);
      const session = requireSession(page);
      const parsed = bookingParams.safeParse(request.params);
      if (!parsed.success) throw new PageError(404, 'not_found', 'errorNotFound');
      const { code } = parsed.data;
      const result = await callPublic(
        ctx,
        request,
        'POST',
        publicBookingPaths.cancel(page.shop.vendorId),
        { code, phone: session.phone },
      );
      if (result.status === 404) throw new PageError(404, 'not_found', 'errorNotFound');
      if (result.status !== 200) {
        const { text, values } = textOfCode(result.body?.code, result.body?.issues);
        return renderBooking(page, request, reply, code, null, page.t(text, values), result.status);
      }
      return reply.redirect(
        page.url(`${storefrontPaths.page(page.shop.slug)}/bookings/${code}`, { cancelled: 1 }),
        303,
      );
    },
  );
}
