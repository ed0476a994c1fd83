/**
 * The customers part's synced tables. The person is in `customerPersonal` alone (declared
 * personal); the account, tiers, plans, settings and every ledger hold only a customer's id.
 * Ledgers are looked up by customer for the balance rules, profiles by whom they were merged into
 * (a customer's aliases).
 */
import { defineTable, fieldLookup } from '../parts/define';
import { personalFields } from './schema';

export const customerTables = [
  defineTable({
    name: 'customer',
    kind: 'entity',
    lookups: { mergedInto: fieldLookup('mergedInto') },
  }),
  defineTable({
    name: 'customerPersonal',
    kind: 'entity',
    personal: personalFields,
    // A customer by a verified phone (the public booking endpoint).
    lookups: { phone: fieldLookup('phone') },
  }),
  defineTable({ name: 'customerTier', kind: 'entity' }),
  defineTable({ name: 'topUpPlan', kind: 'entity' }),
  defineTable({ name: 'customerSettings', kind: 'entity' }),
  defineTable({
    name: 'storedValueEntry',
    kind: 'ledger',
    lookups: { customerId: fieldLookup('customerId') },
  }),
  defineTable({
    name: 'pointsEntry',
    kind: 'ledger',
    lookups: { customerId: fieldLookup('customerId') },
  }),
  defineTable({
    name: 'saleEntry',
    kind: 'ledger',
    lookups: { customerId: fieldLookup('customerId') },
  }),
  defineTable({ name: 'privacyLogEntry', kind: 'ledger' }),
] as const;
