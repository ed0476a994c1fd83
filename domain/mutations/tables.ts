/**
 * The synced tables of a vendor's data, gathered from the parts' table declarations (each part's
 * tables.ts). Entity tables hold records that can be edited; ledger tables hold append-only
 * entries (a balance is the sum of its entries). A part adds its tables by being listed here.
 */
import { bookingTables } from '../bookings/tables';
import { customerTables } from '../customers/tables';
import { menuTables } from '../menu/tables';
import { offerTables } from '../offers/tables';
import type { LookupDeclaration, TableDeclaration } from '../parts/define';
import { staffTables } from '../staff/tables';
import { storefrontTables } from '../storefront/tables';
import { syncTables } from '../sync/tables';
import { vendorTables } from '../vendor/tables';

export const tableDeclarations = [
  ...vendorTables,
  ...menuTables,
  ...syncTables,
  ...staffTables,
  ...customerTables,
  ...bookingTables,
  ...offerTables,
  ...storefrontTables,
] as const;

type Declared = (typeof tableDeclarations)[number];
export type EntityTable = Extract<Declared, { kind: 'entity' }>['name'];
export type LedgerTable = Extract<Declared, { kind: 'ledger' }>['name'];
export type SyncedTable = EntityTable | LedgerTable;

export const entityTables: readonly EntityTable[] = tableDeclarations
  .filter((table): table is Extract<Declared, { kind: 'entity' }> => table.kind === 'entity')
  .map((table) => table.name);
export const ledgerTables: readonly LedgerTable[] = tableDeclarations
  .filter((table): table is Extract<Declared, { kind: 'ledger' }> => table.kind === 'ledger')
  .map((table) => table.name);
export const syncedTables: readonly SyncedTable[] = [...entityTables, ...ledgerTables];

/** The lookups a table declares, by name: what invariant reads of it may match on. */
export type LookupRegistry = ReadonlyMap<string, Readonly<Record<string, LookupDeclaration>>>;

export function lookupRegistry(tables: readonly TableDeclaration[]): LookupRegistry {
  return new Map(tables.map((table) => [table.name, table.lookups ?? {}]));
}

export const tableLookups: LookupRegistry = lookupRegistry(tableDeclarations);
