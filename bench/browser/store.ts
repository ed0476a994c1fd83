/**
 * A throwaway vendor database per benchmark, opened with the console's own VendorDb class: the
 * same schema, indexes and strict durability as a shop's data. Tables the console has not declared
 * yet (the menu's, before its store schema lands) are added in one extra bench-only version, and
 * the page reports which, so a figure never silently rests on a schema the console lacks.
 */
import Dexie from 'dexie';
import { newId } from '@domain/ids';
import { syncedTables } from '@domain/mutations/tables';
import {
  latestStores,
  vendorSchemaVersions,
  type SchemaVersion,
} from '../../renderer/src/db/schema';
import { storedRow } from '../../renderer/src/db/derived-fields';
import { VendorDb, vendorDbName } from '../../renderer/src/db/vendor-db';

/** Rows of `table` as IndexedDB holds them, derived fields included: what a raw baseline writes. */
export const rawRows = <R extends Record<string, unknown>>(
  table: string,
  rows: readonly R[],
): R[] => rows.map((row) => storedRow(table, row));

/** Indexes a menu list and import plausibly need; used only when the console declares none. */
const benchMenuStores: Record<string, string> = {
  menuCategory: 'id, sortKey',
  menuItem: 'id, categoryId, sku, barcode',
  menuDaypart: 'id',
  menuTag: 'id',
  menuPhoto: 'id, itemId',
  menuStockEntry: 'id, itemId, businessDate',
};

export function tablesMissingFromSchema(): string[] {
  const declared = latestStores();
  return syncedTables.filter((table) => !declared.has(table));
}

function benchSchemaVersions(): SchemaVersion[] {
  const missing = tablesMissingFromSchema();
  if (missing.length === 0) return vendorSchemaVersions;
  const last = Math.max(...vendorSchemaVersions.map((v) => v.version));
  const stores = Object.fromEntries(missing.map((t) => [t, benchMenuStores[t] ?? 'id']));
  return [...vendorSchemaVersions, { version: last + 1, stores }];
}

export async function openBenchDb(vendorId = newId()): Promise<VendorDb> {
  const db = new VendorDb(vendorId, benchSchemaVersions());
  await db.open();
  return db;
}

/**
 * A second connection to the same database with the same strict durability and nothing of the
 * console's on top (no derived fields, renderer/src/db/derived-fields.ts): the raw Dexie the
 * baselines write through. Baselines write rows as the store keeps them (rawRows, prepared
 * untimed), so both sides maintain the same indexes.
 */
export async function openRaw(db: VendorDb): Promise<Dexie> {
  const raw = new Dexie(vendorDbName(db.vendorId), { chromeTransactionDurability: 'strict' });
  await raw.open();
  return raw;
}

/** A second connection to the same database whose transactions use relaxed durability. */
export async function openRelaxed(db: VendorDb): Promise<Dexie> {
  const relaxed = new Dexie(vendorDbName(db.vendorId), { chromeTransactionDurability: 'relaxed' });
  await relaxed.open();
  return relaxed;
}

export async function dropBenchDb(db: VendorDb, ...others: Dexie[]): Promise<void> {
  for (const other of others) other.close();
  db.close();
  await Dexie.delete(db.name);
}
