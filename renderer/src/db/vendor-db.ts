/**
 * One IndexedDB database per vendor profile, so a service provider's shops never mix. Every
 * write goes through mutate() (mutate.ts); this module only defines and opens the database.
 */
import Dexie, { type Table } from 'dexie';
import type { OutboxEntry } from '@domain/outbox';
import type { VendorProfile } from '@domain/vendor';
import { vendorSchemaVersions, type SchemaVersion } from './schema';
import { watch } from './version-change';

export interface MetaRow {
  key: string;
  value: unknown;
}

export class VendorDb extends Dexie {
  declare vendorProfile: Table<VendorProfile, string>;
  declare outbox: Table<OutboxEntry, number>;
  declare meta: Table<MetaRow, string>;

  constructor(
    readonly vendorId: string,
    versions: SchemaVersion[] = vendorSchemaVersions,
  ) {
    // Changes must survive a power cut once the shop has been told they are saved.
    super(vendorDbName(vendorId), { chromeTransactionDurability: 'strict' });
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

export function vendorDbName(vendorId: string): string {
  return `vendor-console.vendor.${vendorId}`;
}

const open = new Map<string, VendorDb>();

/** The open database of a vendor; one instance per window so live queries share it. */
export function vendorDb(vendorId: string): VendorDb {
  let db = open.get(vendorId);
  if (!db) {
    db = new VendorDb(vendorId);
    watch(db);
    open.set(vendorId, db);
  }
  return db;
}

export function closeVendorDbs(): void {
  for (const db of open.values()) db.close();
  open.clear();
}
