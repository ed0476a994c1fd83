/**
 * The storefront part's synced tables. The draft is one record per block plus the theme record;
 * publish requests are appended entries; versions are the platform's immutable entries, looked
 * up by number (the live one is the highest); schedules wait by status; the site holds the slug.
 */
import { defineTable, fieldLookup, shopRecordLookup } from '../parts/define';

export const storefrontTables = [
  defineTable({ name: 'storefrontBlock', kind: 'entity' }),
  defineTable({ name: 'storefrontTheme', kind: 'entity', lookups: { shop: shopRecordLookup } }),
  defineTable({ name: 'storefrontPublishRequest', kind: 'ledger' }),
  defineTable({
    name: 'storefrontVersion',
    kind: 'ledger',
    // `shop`: every version under one value, so a rule reads the newest (the live one) with
    // ledgerLatest (invariants/stale-publish.ts).
    lookups: { number: fieldLookup('number'), shop: shopRecordLookup },
  }),
  defineTable({
    name: 'storefrontSchedule',
    kind: 'entity',
    lookups: { status: fieldLookup('status') },
  }),
  defineTable({ name: 'storefrontSite', kind: 'entity', lookups: { shop: shopRecordLookup } }),
] as const;
