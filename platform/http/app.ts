/**
 * The platform's HTTP app, built without listening so tests and the embedding console can start
 * it on any port. Closing it ends the poke streams, lets in-flight requests finish and stops
 * listening for changes; the database belongs to whoever opened it (see start.ts).
 */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { MAX_PUSH_BYTES } from '../../domain/sync/protocol';
import { DEFAULT_SIGN_IN_POLICY, type SignInPolicy } from '../accounts/sign-in-throttle';
import type { Database } from '../db/database';
import { PokeHub } from '../sync/poke-hub';
import { defaultSyncRules, type SyncRules } from '../sync/rules';
import { requireVendorScope } from './auth';
import { installCors } from './cors';
import { installErrorHandler } from './errors';
import { calendarRoutes, publicCalendarRoutes } from '../bookings/calendar-routes';
import { accountRoutes } from './routes-accounts';
import { auditRoutes } from './routes-audit';
import { mediaRoutes, publicMediaRoutes, type MediaOptions } from './routes-media';
import { pokeRoute } from './routes-poke';
import { publicBookingRoutes, type PublicBookingOptions } from './routes-public-bookings';
import { publicOfferRoutes, type PublicOfferOptions } from './routes-public-offers';
import { parseQuery, redactedUrl } from './query';
import { installRouteRegistry } from './route-registry';
import { storefrontCustomerRoutes } from './routes-storefront-customer';
import { syncRoutes } from './routes-sync';
import {
  publicStorefrontRoutes,
  vendorStorefrontRoutes,
  type StorefrontOptions,
} from './routes-storefront';
import { voucherKeyRoutes } from '../vouchers/routes';

export interface AppOptions {
  db: Database;
  /** The mutation registry, argument upgrades and invariants; tests pass their own. */
  rules?: SyncRules;
  /** Pino options, or false for silence (tests). Default: info level, JSON lines. */
  logger?: FastifyServerOptions['logger'];
  /** Largest request body in bytes; larger gets 413. */
  bodyLimit?: number;
  /** Sign-in slowdown and limits (accounts/sign-in-throttle.ts); tests tighten or relax them. */
  signInLimit?: Partial<SignInPolicy>;
  heartbeatMs?: number;
  /** How often an open poke stream's token is checked again (default 10 s). */
  recheckMs?: number;
  /** Origins allowed besides app://console and loopback http (e.g. a hosted web build). */
  extraOrigins?: string[];
  /** The public booking endpoints' providers, limits and clock; `sandbox: true` adds the dev routes. */
  publicBookings?: PublicBookingOptions;
  /** The public group-buy endpoints' limits and clock (SMS and payments: the bookings' ones). */
  publicOffers?: PublicOfferOptions;
  /** The media endpoints' limits, limiter and clock. */
  media?: MediaOptions;
  /**
   * The served storefront's clock, limiter and sandbox (default: the public bookings' sandbox
   * flag): with the sandbox on, ?at= and the clock and job-tick routes.
   */
  storefront?: StorefrontOptions;
}

/** Every push the console packs (MAX_PUSH_BYTES) fits; a larger body gets 413. */
export const DEFAULT_BODY_LIMIT = MAX_PUSH_BYTES;

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db, rules = defaultSyncRules, extraOrigins = [] } = options;
  const logger =
    options.logger === undefined ? { level: process.env.LOG_LEVEL ?? 'info' } : options.logger;
  const app = Fastify({
    logger:
      logger && typeof logger === 'object'
        ? {
            ...logger,
            serializers: {
              req: (req: { method: string; url: string }) => ({
                method: req.method,
                url: redactedUrl(req.url),
              }),
            },
          }
        : logger,
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    routerOptions: { querystringParser: parseQuery },
  } as FastifyServerOptions);
  installRouteRegistry(app);
  app.decorateRequest('session', null);
  app.decorateRequest('vendorId', null);
  installErrorHandler(app);
  installCors(app, extraOrigins);

  const pokes = new PokeHub(db);
  await pokes.start();
  accountRoutes(app, db, { ...DEFAULT_SIGN_IN_POLICY, ...options.signInLimit });
  publicCalendarRoutes(app, db);
  const publicServices = publicBookingRoutes(app, db, rules, options.publicBookings);
  publicOfferRoutes(app, db, rules, publicServices, options.publicOffers);
  publicMediaRoutes(app, db, options.media);
  const storefront: StorefrontOptions = {
    ...options.storefront,
    sandbox: options.storefront?.sandbox ?? options.publicBookings?.sandbox ?? false,
  };
  publicStorefrontRoutes(app, db, storefront);
  await storefrontCustomerRoutes(app, db, rules, publicServices, options);
  let endStreams = () => undefined as void;
  await app.register(
    async (scope) => {
      scope.addHook('onRequest', async (request) => {
        await requireVendorScope(db, request, request.routeOptions.url?.endsWith('/poke'));
      });
      syncRoutes(scope, db, rules, pokes);
      auditRoutes(scope, db);
      calendarRoutes(scope, db);
      voucherKeyRoutes(scope, db);
      await mediaRoutes(scope, db, options.media);
      vendorStorefrontRoutes(scope, db, rules, storefront);
      const heartbeatMs = options.heartbeatMs ?? 25_000;
      const streams = pokeRoute(scope, db, pokes, {
        heartbeatMs,
        recheckMs: Math.min(heartbeatMs, options.recheckMs ?? 10_000),
        extraOrigins,
      });
      endStreams = streams.endAll;
    },
    { prefix: '/v1/vendors/:vendorId' },
  );
  app.addHook('preClose', async () => endStreams());
  app.addHook('onClose', async () => pokes.stop());
  return app;
}
