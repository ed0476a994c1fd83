/**
 * The vendor database's schema, one entry per version. Versions are only ever appended: a shop's
 * data written by any earlier release must open in this one (see schema.test.ts).
 */
import type { Transaction } from 'dexie';
import { itemCodes } from '@domain/menu/codes';
import { DEFAULT_BUSINESS_DAY_CUTOFF } from '@domain/vendor';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const vendorSchemaVersions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      vendorProfile: 'id',
      outbox: 'seq, id',
      meta: 'key',
    },
  },
  {
    // Profiles from version 1 had no business-day cut-off; every time rule needs one now.
    version: 2,
    stores: {},
    upgrade: async (tx) => {
      await tx
        .table('vendorProfile')
        .toCollection()
        .modify((profile: Record<string, unknown>) => {
          if (typeof profile.businessDayCutoff !== 'string') {
            profile.businessDayCutoff = DEFAULT_BUSINESS_DAY_CUTOFF;
          }
        });
    },
  },
  {
    // The menu (issue 3). Indexes are the ones the menu pages query by; photo Blobs and nothing
    // else sit in the local-only photoBlob table (never synced, see renderer/src/menu/photos/photo-store.ts).
    version: 3,
    stores: {
      menuCategory: 'id, sortKey',
      menuItem: 'id, categoryId, sku, barcode, status',
      menuDaypart: 'id, sortKey',
      menuTag: 'id, sortKey',
      menuPhoto: 'id, itemId',
      menuStockEntry: 'id, itemId, businessDate, [itemId+businessDate]',
      photoBlob: 'id, itemId',
    },
  },
  {
    // Sync (issue 4): the platform's rows as of the sync cursor, which pending changes are
    // replayed on (renderer/src/sync/engine/rebase-pending.ts), and the changes the platform turned down.
    // The cursor and push progress sit in `meta`.
    version: 4,
    stores: {
      syncShadow: '[table+id], table',
      needsAttention: 'mutationId, rejectedAt',
    },
  },
  {
    // Needs attention, shop-wide (issue 8): the platform's attention items, synced like any part's
    // records. `needsAttention` stays: this desktop's own rejections as it heard of them, shown
    // until the shop-wide item arrives.
    version: 5,
    stores: {
      attentionItem: 'id, rejectedAt',
    },
  },
  {
    // Variants (issue 10): an item's codes, its own and its variants', under one multi-entry
    // index (derived-fields.ts keeps it on every write from now on; here the items already stored
    // get theirs). The sku and barcode indexes gave way to it: they saw only the item's own codes.
    version: 6,
    stores: {
      menuItem: 'id, categoryId, status, *codes',
    },
    upgrade: async (tx) => {
      await tx
        .table('menuItem')
        .toCollection()
        .modify((item: Record<string, unknown>) => {
          item.codes = itemCodes(item);
        });
    },
  },
  {
    // Shop staff (issue 11): members, roles and the desk settings, synced; and, on this desk
    // only, the wrong-PIN counts per member (domain/staff/lockout.ts), which never leave it.
    version: 7,
    stores: {
      staffMember: 'id',
      staffRole: 'id',
      staffSettings: 'id',
      pinAttempts: 'staffId',
    },
  },
  {
    // Customer accounts (issue 12): the account, the person apart (erasure deletes that record),
    // tiers, plans and settings; and the append-only ledgers, by customer for balances and
    // history, by business day for the day's figures. The counter search is an in-memory index
    // (renderer/src/customers); the phone index answers a whole number and the duplicate check.
    version: 8,
    stores: {
      customer: 'id, mergedInto, createdAt',
      customerPersonal: 'id, phone',
      customerTier: 'id',
      topUpPlan: 'id',
      customerSettings: 'id',
      storedValueEntry: 'id, customerId, businessDate',
      pointsEntry: 'id, customerId, businessDate',
      saleEntry: 'id, customerId, businessDate',
      privacyLogEntry: 'id, at',
    },
  },
  {
    // Bookings (issue 13): resources, services, settings, exceptions and busy blocks, synced
    // subscriptions, the waitlist; bookings by the business dates they touch (a day's calendar is
    // one index read, however many bookings the year holds), by customer (their profile), by code
    // (a guest on the phone) and by start (tomorrow's to call, the next to remind); the status
    // ledger by booking.
    version: 9,
    stores: {
      resource: 'id, kind',
      service: 'id',
      bookingSettings: 'id',
      bookingException: 'id, date, calendarId',
      busyBlock: 'id, resourceId, startsAt, calendarId',
      calendarSubscription: 'id',
      booking: 'id, *days, customerId, code, startsAt',
      bookingEvent: 'id, bookingId',
      waitlistEntry: 'id, businessDate',
    },
  },
  {
    // Photos reach the platform (issue 14): the images still to upload, one row per photo (its
    // photoBlob id), by state ('queued' or 'refused' by the platform). Written in the transaction
    // that keeps the image (renderer/src/menu/photos/photo-store.ts), never synced.
    version: 10,
    stores: {
      mediaUpload: 'id, state',
    },
  },
  {
    // Group-buy (issue 14): offers and the shop's redemption settings; vouchers by code (the
    // desk types or scans it: one index read among tens of thousands), by offer (its report)
    // and by customer (their profile); redemptions by voucher (uses left) and by business day
    // (today's list, the day's report).
    version: 11,
    stores: {
      offer: 'id, status',
      offerSettings: 'id',
      voucher: 'id, code, offerId, customerId',
      redemption: 'id, voucherId, businessDate',
    },
  },
  {
    // The redemption desk (issue 14): the platform's voucher public keys by key id, fetched after
    // sign-in (renderer/src/offers/keys/), so a QR's signature verifies without a network.
    version: 12,
    stores: {
      voucherKey: 'keyId',
    },
  },
  {
    // Visit cards sold at the counter (issue 14, 次卡): the append-only sale entries, by customer
    // (their profile shows the card, awaiting its voucher until the platform's arrives) and by
    // offer.
    version: 13,
    stores: {
      offerSale: 'id, customerId, offerId',
    },
  },
  {
    // The storefront (issue 15, 店铺装修): the draft's blocks by their sort key, the theme, the
    // publish requests, the platform's versions by number, schedules by status, and the site.
    version: 14,
    stores: {
      storefrontBlock: 'id, sortKey',
      storefrontTheme: 'id',
      storefrontPublishRequest: 'id',
      storefrontVersion: 'id, number',
      storefrontSchedule: 'id, status',
      storefrontSite: 'id',
    },
  },
];

/** Each store the newest of `versions` has, with its index spec ('id, categoryId, *codes'). */
export function latestStoreSpecs(
  versions: readonly SchemaVersion[] = vendorSchemaVersions,
): Record<string, string> {
  const specs: Record<string, string> = {};
  for (const { stores } of versions) {
    for (const [table, spec] of Object.entries(stores)) {
      if (spec === null) delete specs[table];
      else specs[table] = spec;
    }
  }
  return specs;
}

/** The stores the newest of `versions` has: every version's stores, a later null removing one. */
export function latestStores(
  versions: readonly SchemaVersion[] = vendorSchemaVersions,
): Set<string> {
  return new Set(Object.keys(latestStoreSpecs(versions)));
}
