/** Every schema migration, in order. Append only: a shipped migration is never edited. */
import accounts from './001-accounts';
import sync from './002-sync';
import pullOrder from './003-pull-order';
import lookups from './004-lookups';
import deviceSecrets from './005-device-secrets';
import signInThrottle from './006-sign-in-throttle';
import staff from './007-staff';
import jobs from './008-jobs';
import lookupSpans from './009-lookup-spans';
import calendarFeeds from './010-calendar-feeds';
import publicBookings from './011-public-bookings';
import media from './012-media';
import voucherKeys from './013-voucher-keys';
import offerOrders from './014-offer-orders';
import inShopSaleCodes from './015-in-shop-sale-codes';
import storefront from './016-storefront';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  accounts,
  sync,
  pullOrder,
  lookups,
  deviceSecrets,
  signInThrottle,
  staff,
  jobs,
  lookupSpans,
  calendarFeeds,
  publicBookings,
  media,
  voucherKeys,
  offerOrders,
  inShopSaleCodes,
  storefront,
];
