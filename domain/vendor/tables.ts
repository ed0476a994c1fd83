/** The vendor profile part's synced table: one record, the shop's own profile. */
import { defineTable, shopRecordLookup } from '../parts/define';

export const vendorTables = [
  defineTable({
    name: 'vendorProfile',
    kind: 'entity',
    lookups: { shop: shopRecordLookup },
  }),
] as const;
