/**
 * The offers part's synced tables. Vouchers are looked up by offer (the sold count, a report) and
 * by code (the desk types it; the platform's uniqueness); redemptions by voucher (uses left) and
 * by what they reverse (one reversal per redemption).
 */
import { defineTable, fieldLookup } from '../parts/define';

export const offerTables = [
  defineTable({ name: 'offer', kind: 'entity' }),
  defineTable({ name: 'offerSettings', kind: 'entity' }),
  defineTable({
    name: 'voucher',
    kind: 'entity',
    lookups: {
      offerId: fieldLookup('offerId'),
      code: fieldLookup('code'),
      customerId: fieldLookup('customerId'),
    },
  }),
  defineTable({
    name: 'redemption',
    kind: 'ledger',
    lookups: { voucherId: fieldLookup('voucherId'), reverses: fieldLookup('reverses') },
  }),
  // Visit cards sold at the counter (次卡), by customer (their profile) and by offer.
  defineTable({
    name: 'offerSale',
    kind: 'ledger',
    lookups: { customerId: fieldLookup('customerId'), offerId: fieldLookup('offerId') },
  }),
] as const;
