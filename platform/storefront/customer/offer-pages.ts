/**
 * /s/:slug/offers/:offerId (the offer and its buy form), the buy POST (through the public
 * group-buy endpoint), and /s/:slug/orders/:orderId (the order's vouchers with their QR codes and
 * how its group stands). Only an offer on sale in this shop shows; an order shows to its phone only.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Offer } from '../../../domain/offers/schema';
import { OfferPage, OrderPage } from '../../../storefront/customer/offer';
import { localized } from '../../../storefront/customer/frame';
import { storefrontPaths } from '../../../storefront/paths';
import { publicOfferPaths } from '../../http/routes-public-offers';
import { entity } from '../../jobs/booking-shared';
import { readOrder } from '../../offers/order-store';
import { onSaleAt } from '../../offers/sales';
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
import { offerView, vouchersOfPhone } from './views';

const offerParams = z.object({
  slug: z.string(),
  offerId: z.uuid().transform((id) => id.toLowerCase()),
});
const orderParams = z.object({
  slug: z.string(),
  orderId: z.uuid().transform((id) => id.toLowerCase()),
});
const buyForm = z.object({
  csrf: z.string().max(100).optional(),
  name: z.string().trim().min(1).max(40),
  quantity: z.coerce.number().int().min(1).max(100),
});

export const customerPagePaths = {
  order: (slug: string, orderId: string) => `${storefrontPaths.page(slug)}/orders/${orderId}`,
  pay: (slug: string, paymentId: string) => `${storefrontPaths.page(slug)}/pay/${paymentId}`,
};

export function offerPages(scope: FastifyInstance, ctx: CustomerPagesContext): void {
  const { db } = ctx;

  async function onSale(page: PageRequest, params: unknown): Promise<Offer> {
    const parsed = offerParams.safeParse(params);
    const offer = parsed.success
      ? await entity<Offer>(db, page.shop.vendorId, 'offer', parsed.data.offerId)
      : null;
    if (!offer || !onSaleAt(offer, ctx.now())) throw new PageError(404, 'not_found', 'errorOffer');
    return offer;
  }

  async function renderOffer(
    page: PageRequest,
    request: Parameters<typeof sendPage>[2],
    reply: Parameters<typeof sendPage>[0],
    offer: Offer,
    error: string | null,
    status = 200,
  ) {
    const view = await offerView(db, page.shop.vendorId, offer, ctx.now());
    const self = page.url(storefrontPaths.offer(page.shop.slug, offer.id));
    const body = OfferPage({
      t: page.t,
      language: page.language,
      timeZone: page.shop.profile.timeZone,
      offer: view,
      buy: page.session
        ? {
            action: page.url(`${storefrontPaths.offer(page.shop.slug, offer.id)}/orders`),
            csrf: page.session.csrf,
            maxQuantity: Math.min(100, offer.perCustomerLimit ?? 100),
          }
        : null,
      signIn: page.session ? null : signInFor(page, self, page.t('signInToBuy')),
      error,
    });
    return sendPage(
      reply,
      page,
      request,
      localized(offer.title, page.language) || page.t('offerTitle'),
      body,
      status,
    );
  }

  scope.get(
    '/s/:slug/offers/:offerId',
    { config: { access: 'public' }, preValidation: limited(ctx, 'read') },
    async (request, reply) => {
      const page = await pageRequest(ctx, request);
      return renderOffer(page, request, reply, await onSale(page, request.params), null);
    },
  );

  scope.post(
    '/s/:slug/offers/:offerId/orders',
    { config: { access: 'public' }, preValidation: limited(ctx, 'write') },
    async (request, reply) => {
      const page = await pageRequest(ctx, request);
      checkPost(ctx, request, page, (request.body as { csrf?: unknown } | undefined)?.csrf);
      const session = requireSession(page);
      const offer = await onSale(page, request.params);
      const form = readForm(buyForm, request.body);
      const bought = await callPublic(
        ctx,
        request,
        'POST',
        publicOfferPaths.buy(page.shop.vendorId, offer.id),
        {
          name: form.name,
          phone: session.phone,
          verificationToken: session.token,
          quantity: form.quantity,
        },
      );
      if (bought.status !== 201) {
        const { text, values } = textOfCode(bought.body?.code, bought.body?.issues);
        return renderOffer(page, request, reply, offer, page.t(text, values), bought.status);
      }
      const order = await readOrder(db, String(bought.body.order.id));
      return reply.redirect(page.url(customerPagePaths.pay(page.shop.slug, order!.paymentId)), 303);
    },
  );

  scope.get(
    '/s/:slug/orders/:orderId',
    { config: { access: 'public' }, preValidation: limited(ctx, 'read') },
    async (request, reply) => {
      const page = await pageRequest(ctx, request);
      const parsed = orderParams.safeParse(request.params);
      if (!parsed.success) throw new PageError(404, 'not_found', 'errorNotFound');
      const self = page.url(customerPagePaths.order(page.shop.slug, parsed.data.orderId));
      if (!page.session)
        return sendPage(reply, page, request, page.t('orderTitle'), signInFor(page, self), 401);
      const { orders, vouchers } = await vouchersOfPhone(
        db,
        page.shop.vendorId,
        page.session.phone,
        parsed.data.orderId,
      );
      const order = orders[0];
      if (!order) throw new PageError(404, 'not_found', 'errorNotFound');
      const offer = await entity<Offer>(db, page.shop.vendorId, 'offer', order.offerId);
      const body = OrderPage({
        t: page.t,
        language: page.language,
        timeZone: page.shop.profile.timeZone,
        state: order.state,
        offer: offer ? await offerView(db, page.shop.vendorId, offer, ctx.now()) : null,
        vouchers,
        payLink:
          order.state === 'held'
            ? page.url(customerPagePaths.pay(page.shop.slug, order.paymentId))
            : null,
      });
      return sendPage(reply, page, request, page.t('orderTitle'), body);
    },
  );
}
