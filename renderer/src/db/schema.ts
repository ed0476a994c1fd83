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
