/**
 * The published storefront (storefront/paths.ts): GET /s/:slug serves the live version (the
 * highest number) rendered on the server with the shop's live rows at the platform's time, in
 * the request's language; /page.json the live document for other renderers; /poster the printable
 * QR poster; /preview the shop's draft by a signed link that expires. Every page is public,
 * rate-limited per address, ETagged with Cache-Control: no-cache, and sent with a CSP of the
 * platform's own origin and inline style. A browser asking for HTML is told about an unknown
 * shop, nothing published or a refused link by a page in its language; other callers get the
 * platform's `{code, message}`.
 *
 * With the shop's token, under /v1/vendors/:vendorId: POST /storefront/site claims or changes the
 * slug, POST /storefront/preview-link makes a draft link.
 *
 * Sandbox only (never in production): `?at=<epoch ms>` renders a page for another moment, and
 * /dev/v1/sandbox/clock moves the clock the pages and the job runner read, and
 * /dev/v1/sandbox/jobs/tick runs the job runner's tick now.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { mediaPaths } from '../../domain/media/protocol';
import { storefrontData } from '../../domain/storefront/data';
import { draftDocument } from '../../domain/storefront/document';
import { slugSchema, type StorefrontDocument } from '../../domain/storefront/schema';
import { pageLanguageOf } from '../../storefront/i18n/define';
import { storefrontPaths } from '../../storefront/paths';
import { storefrontHtml } from '../../storefront/render';
import type { PageLanguage, RenderContext } from '../../storefront/types';
import { MemoryTokenBuckets, type RateLimiter } from '../bookings/rate-limit';
import type { Database } from '../db/database';
import { SandboxClock, wallClock, type PlatformClock } from '../storefront/clock';
import {
  otherLanguage,
  PAGE_CSP,
  posterPage,
  shopTime,
  siteChrome,
  sitePage,
  withChrome,
  type SitePageKind,
} from '../storefront/pages';
import { signPreviewToken, verifyPreviewToken } from '../storefront/preview-link';
import { claimSlug, slugOfVendor, vendorOfSlug } from '../storefront/site';
import { draftRows, shopProfile, soldCountsOf, storefrontSource } from '../storefront/source';
import { liveVersion } from '../storefront/versions';
import type { SyncRules } from '../sync/rules';
import { HttpError, parseOr400 } from './errors';

const gzipAsync = promisify(gzip);

export const storefrontRoutePaths = {
  page: '/s/:slug',
  document: '/s/:slug/page.json',
  poster: '/s/:slug/poster',
  preview: '/s/:slug/preview',
  site: (vendorId: string) => `/v1/vendors/${vendorId}/storefront/site`,
  previewLink: (vendorId: string) => `/v1/vendors/${vendorId}/storefront/preview-link`,
  sandboxClock: '/dev/v1/sandbox/clock',
  sandboxTick: '/dev/v1/sandbox/jobs/tick',
} as const;

/** Page requests per address: a phone opens a page and a few more; a crawler is slowed. */
export const DEFAULT_STOREFRONT_LIMITS = { storefront: { capacity: 120, perMinute: 120 } };

export interface StorefrontOptions {
  /** The clock the pages read (default the wall clock; startPlatform gives a sandbox one). */
  clock?: PlatformClock;
  limiter?: RateLimiter;
  /** Honours ?at= and registers the sandbox clock routes: development and tests only. */
  sandbox?: boolean;
  /** Runs the job runner's tick now, for the sandbox's tick route (set by startPlatform). */
  runJobs?: () => Promise<number>;
}

/** Query values a page reads; anything else, or a bad value, is ignored rather than refused. */
const pageQuery = z.object({
  lang: z.enum(['zh-CN', 'en']).optional().catch(undefined),
  at: z.coerce.number().int().min(0).max(8.64e15).optional().catch(undefined),
  token: z.string().max(200).optional().catch(undefined),
});
const slugBody = z.object({ slug: z.string().max(100) }).strict();
const sandboxClockBody = z
  .object({
    advanceMs: z
      .number()
      .int()
      .min(0)
      .max(400 * 86_400_000)
      .optional(),
    at: z.number().int().min(0).max(8.64e15).optional(),
  })
  .strict()
  .refine((body) => (body.advanceMs === undefined) !== (body.at === undefined), 'advanceMs or at');

const wantsHtml = (request: FastifyRequest) =>
  (request.headers.accept ?? '').toLowerCase().includes('text/html');

interface PageRequest {
  slug: string | null;
  language: PageLanguage;
  query: z.infer<typeof pageQuery>;
}

function readPageRequest(request: FastifyRequest): PageRequest {
  const query = pageQuery.parse(request.query ?? {});
  const slug = slugSchema.safeParse((request.params as { slug?: unknown }).slug);
  const acceptLanguage = request.headers['accept-language'];
  return {
    slug: slug.success ? slug.data : null,
    language: pageLanguageOf(query.lang, typeof acceptLanguage === 'string' ? acceptLanguage : ''),
    query,
  };
}

/** The same address in the other language, keeping what else the page was asked with. */
function switchHref(request: FastifyRequest, language: PageLanguage): string {
  const url = new URL(request.url, 'http://page.invalid');
  url.searchParams.set('lang', otherLanguage(language));
  return url.pathname + url.search;
}

function absoluteUrl(request: FastifyRequest, path: string): string {
  return `${request.protocol}://${request.host}${path}`;
}

async function sendHtml(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  html: string,
): Promise<FastifyReply> {
  const etag = `W/"${createHash('sha256').update(html).digest('base64url').slice(0, 32)}"`;
  reply
    .header('etag', etag)
    .header('cache-control', 'no-cache')
    .header('vary', 'accept, accept-language, accept-encoding')
    .header('content-security-policy', PAGE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'strict-origin-when-cross-origin');
  const tags = (request.headers['if-none-match'] ?? '').split(',').map((tag) => tag.trim());
  if (status === 200 && (tags.includes(etag) || tags.includes(etag.slice(2)))) {
    return reply.code(304).send();
  }
  reply.code(status).type('text/html; charset=utf-8');
  if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    return reply.header('content-encoding', 'gzip').send(await gzipAsync(html));
  }
  return reply.send(html);
}

const refusals: Record<SitePageKind, { status: number; code: string; message: string }> = {
  unknownShop: { status: 404, code: 'shop_not_found', message: 'no shop has this address' },
  notPublished: { status: 404, code: 'not_published', message: 'this shop has published nothing' },
  previewForbidden: { status: 403, code: 'preview_forbidden', message: 'preview link not valid' },
  tooMany: { status: 429, code: 'too_many_requests', message: 'too many requests' },
  error: { status: 500, code: 'internal', message: 'the platform failed; try again' },
};

/** Thrown inside a page's handler: answered as a page (HTML) or the error shape (others). */
class PageRefusal extends Error {
  constructor(
    readonly kind: SitePageKind,
    readonly values: Record<string, string | number> = {},
  ) {
    super(kind);
  }
}

export function publicStorefrontRoutes(
  app: FastifyInstance,
  db: Database,
  options: StorefrontOptions = {},
): void {
  const clock = options.clock ?? wallClock;
  const limiter = options.limiter ?? new MemoryTokenBuckets(DEFAULT_STOREFRONT_LIMITS);
  const sandbox = options.sandbox ?? false;

  const limited = async (request: FastifyRequest, reply: FastifyReply) => {
    const wait = limiter.take('storefront', request.ip, clock.now());
    if (wait === 0) return;
    reply.header('retry-after', String(wait));
    if (!wantsHtml(request)) {
      throw new HttpError(429, 'too_many_requests', `too many requests; try again in ${wait} s`);
    }
    const { language } = readPageRequest(request);
    return sendHtml(request, reply, 429, sitePage('tooMany', language, { seconds: wait }));
  };
  const route = { config: { access: 'public' as const }, preValidation: limited };

  /** Runs a page's handler; a refusal or a failure becomes a page in the request's language. */
  const page =
    (
      render: (
        request: FastifyRequest,
        asked: PageRequest & { slug: string },
      ) => Promise<{ html: string } | { json: unknown }>,
    ) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const asked = readPageRequest(request);
      try {
        if (!asked.slug) throw new PageRefusal('unknownShop');
        const answer = await render(request, { ...asked, slug: asked.slug });
        if ('json' in answer) {
          reply.header('cache-control', 'no-cache').header('x-content-type-options', 'nosniff');
          return reply.send(answer.json);
        }
        return await sendHtml(request, reply, 200, answer.html);
      } catch (error) {
        const refusal = error instanceof PageRefusal ? error : new PageRefusal('error');
        if (!(error instanceof PageRefusal))
          request.log.error({ err: error }, 'storefront page failed');
        const { status, code, message } = refusals[refusal.kind];
        if (!wantsHtml(request)) throw new HttpError(status, code, message);
        return sendHtml(
          request,
          reply,
          status,
          sitePage(refusal.kind, asked.language, refusal.values),
        );
      }
    };

  const shopOf = async (slug: string) => {
    const vendorId = await vendorOfSlug(db, slug);
    if (!vendorId) throw new PageRefusal('unknownShop');
    const profile = await shopProfile(db, vendorId);
    if (!profile) throw new PageRefusal('notPublished');
    return { vendorId, profile };
  };
  const momentOf = (asked: PageRequest) =>
    sandbox && asked.query.at !== undefined ? asked.query.at : clock.now();

  const renderPage = async (
    request: FastifyRequest,
    asked: PageRequest & { slug: string },
    shop: Awaited<ReturnType<typeof shopOf>>,
    document: StorefrontDocument,
    previewExpires?: string,
  ) => {
    const at = momentOf(asked);
    const { vendorId, profile } = shop;
    const [source, soldCounts] = await Promise.all([
      storefrontSource(db, vendorId, profile, at),
      soldCountsOf(db, vendorId),
    ]);
    const context: RenderContext = {
      language: asked.language,
      imageUrl: (hash, size) =>
        mediaPaths.publicVariant(vendorId, hash, size === 'thumb' ? 'thumb' : 'large'),
      links: {
        offer: (offerId) => storefrontPaths.offer(asked.slug, offerId),
        book: (serviceId) => storefrontPaths.book(asked.slug, serviceId),
        me: () => storefrontPaths.me(asked.slug),
      },
    };
    const html = storefrontHtml({
      document,
      data: storefrontData(source, at, soldCounts),
      context,
      title: profile.name,
    });
    const chrome = siteChrome({
      language: asked.language,
      switchHref: switchHref(request, asked.language),
      previewExpires,
    });
    return { html: withChrome(html, chrome) };
  };

  app.get(
    storefrontRoutePaths.page,
    route,
    page(async (request, asked) => {
      const shop = await shopOf(asked.slug);
      const version = await liveVersion(db, shop.vendorId);
      if (!version) throw new PageRefusal('notPublished');
      return renderPage(request, asked, shop, version.document);
    }),
  );

  app.get(
    storefrontRoutePaths.document,
    route,
    page(async (_request, asked) => {
      const { vendorId } = await shopOf(asked.slug);
      const version = await liveVersion(db, vendorId);
      if (!version) throw new PageRefusal('notPublished');
      return {
        json: {
          schemaVersion: version.document.schemaVersion,
          version: version.number,
          publishedAt: version.publishedAt,
          document: version.document,
        },
      };
    }),
  );

  app.get(
    storefrontRoutePaths.poster,
    route,
    page(async (request, asked) => {
      const { profile } = await shopOf(asked.slug);
      const url = absoluteUrl(request, storefrontPaths.page(asked.slug));
      return { html: await posterPage(asked.language, profile.name, url) };
    }),
  );

  app.get(
    storefrontRoutePaths.preview,
    route,
    page(async (request, asked) => {
      const shop = await shopOf(asked.slug);
      const now = clock.now();
      const expiresAt = asked.query.token
        ? await verifyPreviewToken(db, shop.vendorId, asked.query.token, now)
        : null;
      if (expiresAt === null) throw new PageRefusal('previewForbidden');
      const draft = await draftRows(db, shop.vendorId);
      const expires = shopTime(expiresAt, shop.profile.timeZone, asked.language);
      return renderPage(request, asked, shop, draftDocument(draft.blocks, draft.theme), expires);
    }),
  );

  if (sandbox) sandboxClockRoutes(app, clock, options.runJobs);
}

function sandboxClockRoutes(
  app: FastifyInstance,
  clock: PlatformClock,
  runJobs: (() => Promise<number>) | undefined,
): void {
  const config = { config: { access: 'public' as const } };
  const reading = () => ({
    now: clock.now(),
    offsetMs: clock instanceof SandboxClock ? clock.offset : 0,
  });
  app.get(storefrontRoutePaths.sandboxClock, config, async () => reading());
  app.post(storefrontRoutePaths.sandboxClock, config, async (request) => {
    const body = parseOr400(sandboxClockBody, request.body, 'body');
    if (!(clock instanceof SandboxClock)) {
      throw new HttpError(409, 'clock_fixed', 'this platform runs on a clock it cannot move');
    }
    if (body.advanceMs !== undefined) clock.advance(body.advanceMs);
    else if (body.at !== undefined) clock.moveTo(body.at);
    return reading();
  });
  app.post(storefrontRoutePaths.sandboxTick, config, async () => {
    if (!runJobs) throw new HttpError(409, 'no_job_runner', 'this platform runs no jobs');
    return { ran: await runJobs(), now: clock.now() };
  });
}

/** The shop's own storefront routes, inside the /v1/vendors/:vendorId scope. */
export function vendorStorefrontRoutes(
  scope: FastifyInstance,
  db: Database,
  rules: SyncRules,
  options: StorefrontOptions = {},
): void {
  const clock = options.clock ?? wallClock;
  const vendorOf = (request: FastifyRequest) => request.vendorId as string;

  scope.post('/storefront/site', { config: { access: 'vendor' } }, async (request) => {
    const { slug } = parseOr400(slugBody, request.body, 'body');
    const parsed = slugSchema.safeParse(slug.trim().toLowerCase());
    if (!parsed.success) {
      throw new HttpError(400, 'slug_invalid', 'a slug is 3–40 of a–z, 0–9 and inner hyphens');
    }
    const claim = await claimSlug(db, rules, vendorOf(request), parsed.data, clock.now());
    if (!claim.ok) throw new HttpError(409, 'slug_taken', 'another shop holds this address');
    return { site: claim.site };
  });

  scope.post('/storefront/preview-link', { config: { access: 'vendor' } }, async (request) => {
    const vendorId = vendorOf(request);
    const slug = await slugOfVendor(db, vendorId);
    if (!slug) throw new HttpError(409, 'no_site', 'claim the storefront address first');
    const { token, expiresAt } = await signPreviewToken(db, vendorId, clock.now());
    const path = `${storefrontPaths.preview(slug)}?token=${encodeURIComponent(token)}`;
    return { url: absoluteUrl(request, path), expiresAt };
  });
}
