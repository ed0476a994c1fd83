/**
 * The menu's synced tables. Items are looked up by their codes (SKU and barcode, wherever on the
 * item they live: see itemCodes) for the platform's uniqueness rule, stock entries by item for the
 * oversold rule.
 */
import { defineTable, fieldLookup } from '../parts/define';
import { itemCodes } from './codes';

export const menuTables = [
  defineTable({ name: 'menuCategory', kind: 'entity' }),
  defineTable({
    name: 'menuItem',
    kind: 'entity',
    // Version 2: variants' codes joined the item's.
    lookups: { code: { version: 2, values: (row) => itemCodes(row) } },
  }),
  defineTable({ name: 'menuDaypart', kind: 'entity' }),
  defineTable({ name: 'menuTag', kind: 'entity' }),
  defineTable({ name: 'menuPhoto', kind: 'entity' }),
  defineTable({
    name: 'menuStockEntry',
    kind: 'ledger',
    lookups: { itemId: fieldLookup('itemId') },
  }),
] as const;
