/**
 * The synced tables of a vendor's data. Entity tables hold records that can be edited; ledger
 * tables hold append-only entries (a balance is the sum of its entries).
 */
export const entityTables = [
  'vendorProfile',
  'menuCategory',
  'menuItem',
  'menuDaypart',
  'menuTag',
  'menuPhoto',
] as const;
export const ledgerTables = ['menuStockEntry'] as const;

export type EntityTable = (typeof entityTables)[number];
export type LedgerTable = (typeof ledgerTables)[number];
export type SyncedTable = EntityTable | LedgerTable;

export const syncedTables: readonly SyncedTable[] = [...entityTables, ...ledgerTables];
