/**
 * The customer's pages on the published storefront (issue 15): an offer and buying it, booking a
 * table or a service, and "me" (vouchers, bookings, membership and topping up), server-rendered
 * HTML forms that work without script (POST → redirect → GET), on the public endpoints of the
 * bookings, group-buy and membership parts. Every route says access 'public' and is rate-limited
 * per address; the pages' sign-in and CSRF rules are in storefront/customer/session.ts.
 *
 * Also here: the membership JSON endpoints (customers/public-membership-routes.ts) and the
 * listener that turns a paid top-up into the platform's stored-value entry.
 */
import type { FastifyInstance } from 'fastify';
import { DEFAULT_PHONE_CODE_POLICY } from '../bookings/phone-codes';
import { MemoryTokenBuckets } from '../bookings/rate-limit';
import { publicMembershipRoutes } from '../customers/public-membership-routes';
import { topUpsFollowPayments } from '../customers/public-membership';
import type { Database } from '../db/database';
import { accountPages } from '../storefront/customer/account-pages';
import { bookPages } from '../storefront/customer/book-pages';
import { installPageErrors, type CustomerPagesContext } from '../storefront/customer/context';
import { offerPages } from '../storefront/customer/offer-pages';
import { SessionKeys } from '../storefront/customer/session';
import type { SyncRules } from '../sync/rules';
import {
  DEFAULT_PUBLIC_LIMITS,
  type PublicBookingOptions,
  type PublicBookingServices,
} from './routes-public-bookings';

export interface StorefrontCustomerOptions {
  publicBookings?: PublicBookingOptions;
  /** The session cookie's signing secret (default: STOREFRONT_SESSION_SECRET, else random). */
  sessionSecret?: string;
}

export async function storefrontCustomerRoutes(
  app: FastifyInstance,
  db: Database,
  rules: SyncRules,
  services: PublicBookingServices,
  options: StorefrontCustomerOptions = {},
): Promise<void> {
  const bookings = options.publicBookings ?? {};
  const ctx: CustomerPagesContext = {
    app,
    db,
    rules,
    services,
    keys: new SessionKeys(options.sessionSecret),
    limiter: bookings.limiter ?? new MemoryTokenBuckets(DEFAULT_PUBLIC_LIMITS),
    now: bookings.now ?? Date.now,
    phoneCodes: bookings.phoneCodes ?? DEFAULT_PHONE_CODE_POLICY,
    sandbox: bookings.sandbox === true,
  };
  topUpsFollowPayments(db, rules, services.payments);
  publicMembershipRoutes(app, db, services.payments, { limiter: ctx.limiter, now: ctx.now });
  await app.register(async (scope) => {
    // The pages' forms post as browsers do; only this scope reads that type.
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    installPageErrors(scope, ctx);
    offerPages(scope, ctx);
    bookPages(scope, ctx);
    accountPages(scope, ctx);
  });
}
