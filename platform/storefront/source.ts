/**
 * The shop's rows a served page is built from, read from the platform's entity rows (the same
 * rows desks push), and the vouchers sold per offer that say whether an offer is sold out. Only
 * what a customer may see goes into the page (domain/storefront/data.ts chooses it).
 */
import type { BookingSettings, Resource, Service } from '../../domain/bookings/schema';
import type { Category, Daypart, MenuItem, MenuPhoto, StockEntry } from '../../domain/menu/schema';
import { shopClockOf } from '../../domain/menu/shop-clock';
import type { Offer } from '../../domain/offers/schema';
import type { DraftBlock, DraftTheme } from '../../domain/storefront/schema';
import type { StorefrontSource } from '../../domain/storefront/page-data';
import { storefrontMoment } from '../../domain/storefront/visibility';
import type { VendorProfile } from '../../domain/vendor/schema';
import type { Queryable } from '../db/database';

async function rowsOf<T>(db: Queryable, vendorId: string, table: string): Promise<T[]> {
  const rows = await db.query<{ data: T }>(
    'select data from entities where vendor_id = $1 and tbl = $2 and not deleted order by id',
    [vendorId, table],
  );
  return rows.map((row) => row.data);
}

export async function shopProfile(db: Queryable, vendorId: string): Promise<VendorProfile | null> {
  const [row] = await db.query<{ data: VendorProfile }>(
    `select data from entities where vendor_id = $1::uuid and tbl = 'vendorProfile' and id = $1::text
       and not deleted`,
    [vendorId],
  );
  return row?.data ?? null;
}

/** The shop's rows as the page reads them at `at`: the stock entries of that business day. */
export async function storefrontSource(
  db: Queryable,
  vendorId: string,
  profile: VendorProfile,
  at: number,
): Promise<StorefrontSource> {
  const [categories, items, photos, dayparts, offers, settings, services, resources] =
    await Promise.all([
      rowsOf<Category>(db, vendorId, 'menuCategory'),
      rowsOf<MenuItem>(db, vendorId, 'menuItem'),
      rowsOf<MenuPhoto>(db, vendorId, 'menuPhoto'),
      rowsOf<Daypart>(db, vendorId, 'menuDaypart'),
      rowsOf<Offer>(db, vendorId, 'offer'),
      rowsOf<BookingSettings>(db, vendorId, 'bookingSettings'),
      rowsOf<Service>(db, vendorId, 'service'),
      rowsOf<Resource>(db, vendorId, 'resource'),
    ]);
  const { businessDate } = storefrontMoment(dayparts, at, shopClockOf(profile));
  const stock = await db.query<{ data: StockEntry }>(
    `select data from ledger_entries where vendor_id = $1 and tbl = 'menuStockEntry'
       and data ->> 'businessDate' = $2 order by id`,
    [vendorId, businessDate],
  );
  return {
    profile,
    categories,
    items,
    photos,
    dayparts,
    stockEntries: stock.map((row) => row.data),
    offers,
    bookingSettings: settings[0] ?? null,
    services,
    resources,
  };
}

/** Units sold (held or paid) of each of the shop's offers on the platform. */
export async function soldCountsOf(
  db: Queryable,
  vendorId: string,
): Promise<ReadonlyMap<string, number>> {
  const rows = await db.query<{ offer_id: string; total: string }>(
    `select offer_id, coalesce(sum(quantity), 0)::text as total from offer_orders
     where vendor_id = $1 and state in ('held', 'paid') group by offer_id`,
    [vendorId],
  );
  return new Map(rows.map((row) => [row.offer_id, Number(row.total)]));
}

/** The shop's draft as stored on the platform: its block records and its theme record. */
export async function draftRows(db: Queryable, vendorId: string) {
  const [blocks, themes] = await Promise.all([
    rowsOf<DraftBlock>(db, vendorId, 'storefrontBlock'),
    rowsOf<DraftTheme>(db, vendorId, 'storefrontTheme'),
  ]);
  return { blocks, theme: themes.find((theme) => theme.id === vendorId) ?? themes[0] ?? null };
}
