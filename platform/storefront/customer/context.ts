/**
 * What every customer page handler shares: the shop from the address, the page's language, the
 * signed-in phone (session.ts), the page frame, form bodies read with zod, CSRF checks, and the
 * public endpoints called in-process (`callPublic`, with the customer's own address, so those
 * endpoints' rate limits and rules apply to a page's request exactly as to a direct call).
 *
 * Errors: a `PageError` names a text; the scope's error handler renders it as a page in the
 * customer's language for a browser (Accept: text/html) and as `{code, message}` for anything
 * else, so the standing fuzz suite reads the same error shape as from every other route.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createElement, Fragment, type ReactElement } from 'react';
import { z } from 'zod';
import { pageLanguageOf } from '../../../storefront/i18n/define';
import type { CustomerTexts } from '../../../storefront/i18n/customer';
import {
  customerHtml,
  customerTranslator,
  type CustomerTranslate,
  type Frame,
} from '../../../storefront/customer/frame';
import { MessagePage } from '../../../storefront/customer/me';
import { SignIn } from '../../../storefront/customer/sign-in';
import { storefrontPaths } from '../../../storefront/paths';
import type { PageLanguage } from '../../../storefront/types';
import { verifiedPhone, type PhoneCodePolicy } from '../../bookings/phone-codes';
import type { RateLimiter } from '../../bookings/rate-limit';
import type { Database } from '../../db/database';
import type { PublicBookingServices } from '../../http/routes-public-bookings';
import type { SyncRules } from '../../sync/rules';
import { cookieOf, sameOrigin, SESSION_COOKIE, type SessionKeys } from './session';
import { shopBySlug, type StorefrontShop } from './shop';

export interface CustomerPagesContext {
  app: FastifyInstance;
  db: Database;
  rules: SyncRules;
  services: PublicBookingServices;
  keys: SessionKeys;
  limiter: RateLimiter;
  now: () => number;
  phoneCodes: PhoneCodePolicy;
  /** The sandbox payment's "pay" button (development and tests only). */
  sandbox: boolean;
}

type TextKey = keyof CustomerTexts & string;

export class PageError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly text: TextKey,
    readonly values: Record<string, string | number> = {},
  ) {
    super(code);
  }
}

export interface PageRequest {
  shop: StorefrontShop;
  language: PageLanguage;
  t: CustomerTranslate;
  /** The session's verification token and phone, or null when signed out. */
  session: { token: string; phone: string; csrf: string } | null;
  /** A path on this shop's pages, in this page's language. */
  url: (path: string, query?: Record<string, string | number | null | undefined>) => string;
}

const langQuery = z.object({ lang: z.string().max(10).optional() }).loose();

export const wantsHtml = (request: FastifyRequest): boolean =>
  String(request.headers.accept ?? '').includes('text/html');

export function languageOf(request: FastifyRequest): PageLanguage {
  const parsed = langQuery.safeParse(request.query);
  const accept = request.headers['accept-language'];
  return pageLanguageOf(
    parsed.success ? parsed.data.lang : undefined,
    typeof accept === 'string' ? accept : undefined,
  );
}

export function withQuery(
  path: string,
  query: Record<string, string | number | null | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

const slugParams = z.object({ slug: z.string().max(64) }).loose();

/** The shop and the customer behind a page request; an unknown shop is the one 404 page. */
export async function pageRequest(
  ctx: CustomerPagesContext,
  request: FastifyRequest,
): Promise<PageRequest> {
  const language = languageOf(request);
  const { slug } = slugParams.parse(request.params);
  const shop = await shopBySlug(ctx.db, slug);
  if (!shop) throw new PageError(404, 'not_found', 'errorShop');
  const token = ctx.keys.open(cookieOf(request, SESSION_COOKIE));
  const phone = token ? await verifiedPhone(ctx.db, shop.vendorId, token, ctx.now()) : null;
  return {
    shop,
    language,
    t: customerTranslator(language),
    session: token && phone ? { token, phone, csrf: ctx.keys.csrfFor(token) } : null,
    url: (path, query = {}) => withQuery(path, { lang: language, ...query }),
  };
}

export const maskPhone = (phone: string): string =>
  phone.length > 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : phone;

export function frameOf(page: PageRequest, request: FastifyRequest, title: string): Frame {
  const other = page.language === 'en' ? 'zh-CN' : 'en';
  const path = request.url.split('?')[0] ?? '/';
  const query = Object.fromEntries(new URLSearchParams(request.url.split('?')[1] ?? ''));
  return {
    language: page.language,
    title,
    shopName: page.shop.profile.name,
    shopUrl: withQuery(storefrontPaths.page(page.shop.slug), { lang: page.language }),
    meUrl: withQuery(storefrontPaths.me(page.shop.slug), { lang: page.language }),
    otherLanguageUrl:
      request.method === 'GET'
        ? withQuery(path, { ...query, lang: other })
        : withQuery(storefrontPaths.me(page.shop.slug), { lang: other }),
    signedIn: page.session
      ? {
          phone: maskPhone(page.session.phone),
          signOutAction: page.url(`${storefrontPaths.page(page.shop.slug)}/sign-out`),
          csrf: page.session.csrf,
        }
      : null,
  };
}

export function sendPage(
  reply: FastifyReply,
  page: PageRequest,
  request: FastifyRequest,
  title: string,
  body: ReactElement,
  status = 200,
) {
  return reply
    .status(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-frame-options', 'DENY')
    .send(customerHtml(frameOf(page, request, title), body));
}

/** The sign-in form that brings the customer back to `next`. */
export function signInFor(
  page: PageRequest,
  next: string,
  heading?: string,
  error?: string | null,
): ReactElement {
  const base = storefrontPaths.page(page.shop.slug);
  return SignIn({
    t: page.t,
    sendAction: page.url(`${base}/sign-in/code`),
    verifyAction: page.url(`${base}/sign-in`),
    next,
    step: 'phone',
    heading,
    error: error ?? null,
  });
}

/** A form body read with `schema`, or a 400 page naming the fields. */
export function readForm<Schema extends z.ZodType>(schema: Schema, body: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'form'))];
  throw new PageError(400, 'invalid_request', 'errorInvalid', {
    fields: fields.slice(0, 5).join(', '),
  });
}

/** A POST must come from this host's pages; a signed-in one must carry the session's token. */
export function checkPost(
  ctx: CustomerPagesContext,
  request: FastifyRequest,
  page: PageRequest | null,
  csrf?: unknown,
) {
  if (!sameOrigin(request)) throw new PageError(403, 'cross_origin', 'errorForbidden');
  if (
    page?.session &&
    !ctx.keys.csrfMatches(page.session.token, typeof csrf === 'string' ? csrf : undefined)
  ) {
    throw new PageError(403, 'csrf', 'errorForbidden');
  }
}

/** The session a signed-in action needs; without one, a 401 page with the way to sign in. */
export function requireSession(page: PageRequest): NonNullable<PageRequest['session']> {
  if (!page.session) throw new PageError(401, 'signed_out', 'errorSession');
  return page.session;
}

/** Calls one of the platform's public JSON endpoints in-process, as the customer's address. */
export async function callPublic(
  ctx: CustomerPagesContext,
  request: FastifyRequest,
  method: 'GET' | 'POST',
  url: string,
  body?: unknown,
  // The endpoint's own JSON answer: each caller reads the few fields its route documents.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): Promise<{ status: number; body: any }> {
  const response = await ctx.app.inject({
    method,
    url,
    remoteAddress: request.ip,
    ...(body === undefined
      ? {}
      : { payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  return { status: response.statusCode, body: response.body ? JSON.parse(response.body) : null };
}

/** The text for a public endpoint's error code. */
export function textOfCode(
  code: string | undefined,
  issues?: Array<{ message: string }>,
): { text: TextKey; values?: Record<string, string> } {
  switch (code) {
    case 'too_many_requests':
    case 'too_many_codes':
      return { text: 'errorTooMany' };
    case 'code_cooldown':
      return { text: 'errorCooldown' };
    case 'code_wrong': {
      const left = /(\d+) tries left/.exec(issues?.[0]?.message ?? '')?.[1];
      return left ? { text: 'errorCodeWrong', values: { left } } : { text: 'errorCodeWrongPlain' };
    }
    case 'code_expired':
      return { text: 'errorCodeExpired' };
    case 'phone_not_verified':
      return { text: 'errorSession' };
    case 'slot_taken':
    case 'slot_full':
    case 'slot_unavailable':
    case 'booking_rejected':
      return { text: 'errorSlotTaken' };
    case 'too_late':
      return { text: 'errorTooSoon' };
    case 'too_far_ahead':
      return { text: 'errorTooFar' };
    case 'not_cancellable':
      return { text: 'errorNotCancellable' };
    case 'over_limit':
      return { text: 'errorLimit' };
    case 'sold_out':
      return { text: 'errorStock' };
    case 'not_found':
      return { text: 'errorNotFound' };
    case 'invalid_request':
      return { text: 'errorInvalid', values: { fields: '' } };
    default:
      return { text: 'errorGeneric' };
  }
}

/** The scope's error handler: a page for a browser, the error shape for anything else. */
export function installPageErrors(scope: FastifyInstance, ctx: CustomerPagesContext): void {
  scope.setErrorHandler(async (error, request, reply) => {
    const pageError = error instanceof PageError ? error : null;
    if (!wantsHtml(request)) {
      if (!pageError) throw error;
      return reply
        .status(pageError.statusCode)
        .send({ code: pageError.code, message: pageError.text });
    }
    const status = pageError?.statusCode ?? (error as { statusCode?: number }).statusCode ?? 500;
    if (!pageError && status >= 500) request.log.error({ err: error }, 'storefront page failed');
    const language = languageOf(request);
    const t = customerTranslator(language);
    const message = pageError ? t(pageError.text, pageError.values) : t('errorGeneric');
    const slug = slugParams.safeParse(request.params);
    const shop = slug.success ? await shopBySlug(ctx.db, slug.data.slug).catch(() => null) : null;
    const frame: Frame = {
      language,
      title: t('errorTitle'),
      shopName: shop?.profile.name ?? '',
      shopUrl: shop ? withQuery(storefrontPaths.page(shop.slug), { lang: language }) : '/',
      meUrl: shop ? withQuery(storefrontPaths.me(shop.slug), { lang: language }) : '/',
      otherLanguageUrl: withQuery(request.url.split('?')[0] ?? '/', {
        lang: language === 'en' ? 'zh-CN' : 'en',
      }),
      signedIn: null,
    };
    const back =
      request.method === 'GET' ? frame.shopUrl : String(request.headers.referer ?? frame.shopUrl);
    const sameHostBack = sameOrigin({
      headers: { host: request.headers.host, origin: back },
    } as FastifyRequest)
      ? back
      : frame.shopUrl;
    const signIn =
      shop && pageError?.code === 'signed_out'
        ? signInFor(
            {
              shop,
              language,
              t,
              session: null,
              url: (path, query = {}) => withQuery(path, { lang: language, ...query }),
            },
            storefrontPaths.me(shop.slug),
          )
        : null;
    const messagePage = MessagePage({ message, backUrl: sameHostBack, backText: t('tryAgain') });
    return reply
      .status(status >= 400 ? status : 500)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(customerHtml(frame, createElement(Fragment, null, messagePage, signIn)));
  });
}

/** The rate limit of a page group, as the public endpoints' (429 with Retry-After). */
export function limited(ctx: CustomerPagesContext, group: 'read' | 'write' | 'code') {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const wait = ctx.limiter.take(`storefront.${group}`, request.ip, ctx.now());
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      throw new PageError(429, 'too_many_requests', 'errorTooMany');
    }
  };
}
