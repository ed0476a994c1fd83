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
import type {
  Booking,
  BookingEvent,
  BookingException,
  BookingSettings,
  BusyBlock,
  CalendarSubscription,
  Resource,
  Service,
  WaitlistEntry,
} from '@domain/bookings/schema';
import type { PrivacyLogEntry } from '@domain/customers/mutations';
import type { InShopSale, Offer, OfferSettings, Redemption, Voucher } from '@domain/offers/schema';
import type { VoucherKey } from '@domain/vouchers/keys';
import type {
  DraftBlock,
  DraftTheme,
  PublishRequest,
  PublishSchedule,
  StorefrontSite,
  StorefrontVersion,
} from '@domain/storefront/schema';
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

/** A photo's image waiting to go up to the platform (renderer/src/media/upload-queue.ts). */
export interface MediaUploadRow {
  /** The photo's id, as in photoBlob: the bytes are read from there when the upload runs. */
  id: string;
  /** SHA-256 hex of the image's bytes: its address on the platform. */
  contentHash: string;
  /** 'refused': the platform said no for a reason sending again will not change. */
  state: 'queued' | 'refused';
  /** Failed tries so far (the backoff grows with them). */
  attempts: number;
  /** Not tried again before this (epoch ms). */
  nextAttemptAt: number;
  lastError: string | null;
  queuedAt: number;
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
  /** Local only: images still to upload (renderer/src/media/upload-queue.ts). */
  declare mediaUpload: Table<MediaUploadRow, string>;
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
  declare resource: Table<Resource, string>;
  declare service: Table<Service, string>;
  declare bookingSettings: Table<BookingSettings, string>;
  declare bookingException: Table<BookingException, string>;
  declare busyBlock: Table<BusyBlock, string>;
  declare calendarSubscription: Table<CalendarSubscription, string>;
  declare booking: Table<Booking, string>;
  declare bookingEvent: Table<BookingEvent, string>;
  declare waitlistEntry: Table<WaitlistEntry, string>;
  declare offer: Table<Offer, string>;
  declare offerSettings: Table<OfferSettings, string>;
  declare voucher: Table<Voucher, string>;
  declare redemption: Table<Redemption, string>;
  declare voucherKey: Table<VoucherKey, string>;
  declare offerSale: Table<InShopSale, string>;
  declare storefrontBlock: Table<DraftBlock, string>;
  declare storefrontTheme: Table<DraftTheme, string>;
  declare storefrontPublishRequest: Table<PublishRequest, string>;
  declare storefrontVersion: Table<StorefrontVersion, string>;
  declare storefrontSchedule: Table<PublishSchedule, string>;
  declare storefrontSite: Table<StorefrontSite, string>;

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
