/**
 * One IndexedDB database per vendor profile, so a service provider's shops never mix. Every
 * write goes through mutate() (mutate.ts); this module only defines and opens the database.
 */
import Dexie, { type Table } from 'dexie';
import type {
  Category,
  Daypart,
  MenuItem,
  MenuPhoto,
  MenuTag,
  StockEntry,
} from '@domain/menu/schema';
import type { PrivacyLogEntry } from '@domain/customers/mutations';
import type {
  Customer,
  CustomerPersonal,
  CustomerSettings,
  CustomerTier,
  PointsEntry,
  SaleEntry,
  StoredValueEntry,
  TopUpPlan,
} from '@domain/customers/schema';
import type { OutboxEntry } from '@domain/outbox';
import type { PinAttempts } from '@domain/staff/lockout';
import type { StaffMember, StaffRole, StaffSettings } from '@domain/staff/schema';
import type { VendorProfile } from '@domain/vendor';
import { derivedFieldsMiddleware } from './derived-fields';
import { latestStoreSpecs, vendorSchemaVersions, type SchemaVersion } from './schema';
import { watch } from './version-change';

export interface MetaRow {
  key: string;
  value: unknown;
}

/** A menu photo's image and thumbnail, kept on this device only (Blobs are never synced). */
export interface PhotoBlobRow {
  id: string;
  itemId: string;
  image: Blob;
  thumb: Blob;
}

export interface VendorDbStorage {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

export class VendorDb extends Dexie {
  declare vendorProfile: Table<VendorProfile, string>;
  declare outbox: Table<OutboxEntry, number>;
  declare meta: Table<MetaRow, string>;
  declare menuCategory: Table<Category, string>;
  /** Rows carry `codes` too (derived-fields.ts), for the multi-entry index; it is not a MenuItem field. */
  declare menuItem: Table<MenuItem, string>;
  declare menuDaypart: Table<Daypart, string>;
  declare menuTag: Table<MenuTag, string>;
  declare menuPhoto: Table<MenuPhoto, string>;
  declare menuStockEntry: Table<StockEntry, string>;
  /** Local only: a photo's image and thumbnail (renderer/src/menu/photos/photo-store.ts). */
  declare photoBlob: Table<PhotoBlobRow, string>;
  declare staffMember: Table<StaffMember, string>;
  declare staffRole: Table<StaffRole, string>;
  declare staffSettings: Table<StaffSettings, string>;
  /** Local only: wrong PINs per member on this desk (renderer/src/staff/desk-store.ts). */
  declare pinAttempts: Table<PinAttempts, string>;
  declare customer: Table<Customer, string>;
  declare customerPersonal: Table<CustomerPersonal, string>;
  declare customerTier: Table<CustomerTier, string>;
  declare topUpPlan: Table<TopUpPlan, string>;
  declare customerSettings: Table<CustomerSettings, string>;
  declare storedValueEntry: Table<StoredValueEntry, string>;
  declare pointsEntry: Table<PointsEntry, string>;
  declare saleEntry: Table<SaleEntry, string>;
  declare privacyLogEntry: Table<PrivacyLogEntry, string>;

  constructor(
    readonly vendorId: string,
    versions: SchemaVersion[] = vendorSchemaVersions,
    /** Another IndexedDB (tests give each simulated device its own fake-indexeddb factory). */
    storage: VendorDbStorage = {},
  ) {
    // Changes must survive a power cut once the shop has been told they are saved.
    super(vendorDbName(vendorId), { chromeTransactionDurability: 'strict', ...storage });
    for (const { version, stores, upgrade } of versions) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
    this.use(derivedFieldsMiddleware(latestStoreSpecs(versions)));
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
