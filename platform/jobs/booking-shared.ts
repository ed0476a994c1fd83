/**
 * What the booking jobs read of a shop: its settings and clock, and its holding bookings starting
 * in a stretch of time through the booking table's `start` lookup (an index range on its span,
 * the read the pacing rule uses), never a scan of the year's bookings. The public booking routes
 * read a row and a guest's phone through the same `entity` and `guestPhone`.
 */
import { PACING_LOOKUP_VALUE } from '../../domain/bookings/tables';
import type { Booking, BookingSettings } from '../../domain/bookings/schema';
import type { CustomerPersonal } from '../../domain/customers/schema';
import { DEFAULT_TIME_ZONE } from '../../domain/time';
import type { VendorProfile } from '../../domain/vendor/schema';
import type { Database } from '../db/database';

export async function entity<T>(
  db: Database,
  vendorId: string,
  table: string,
  id: string,
): Promise<T | null> {
  const [row] = await db.query<{ data: T }>(
    'select data from entities where vendor_id = $1 and tbl = $2 and id = $3 and not deleted',
    [vendorId, table, id],
  );
  return row?.data ?? null;
}

/** Shops with booking settings. */
export async function bookingShops(db: Database): Promise<string[]> {
  const rows = await db.query<{ vendor_id: string }>(
    `select distinct vendor_id from entities where tbl = 'bookingSettings' and not deleted`,
  );
  return rows.map((row) => row.vendor_id);
}

export async function shopOf(db: Database, vendorId: string) {
  const [settings, profile] = await Promise.all([
    entity<BookingSettings>(db, vendorId, 'bookingSettings', vendorId),
    entity<VendorProfile>(db, vendorId, 'vendorProfile', vendorId),
  ]);
  return { settings, name: profile?.name ?? '', timeZone: profile?.timeZone ?? DEFAULT_TIME_ZONE };
}

/** Holding bookings (requested, confirmed, seated) that start in [from, to). */
export async function holdingStarting(
  db: Database,
  vendorId: string,
  from: number,
  to: number,
): Promise<Booking[]> {
  const rows = await db.query<{ data: Booking }>(
    `select distinct r.id, r.data from row_lookups l join entities r
       on r.vendor_id = l.vendor_id and r.tbl = l.tbl and r.id = l.id
     where l.vendor_id = $1 and l.tbl = 'booking' and l.lookup = 'start' and l.value = $2
       and l.span_start >= $3 and l.span_start < $4 and not r.deleted order by r.id`,
    [vendorId, PACING_LOOKUP_VALUE, from, to],
  );
  return rows.map((row) => row.data);
}

export async function guestPhone(
  db: Database,
  vendorId: string,
  customerId: string | null,
): Promise<string | null> {
  if (!customerId) return null;
  const person = await entity<CustomerPersonal>(db, vendorId, 'customerPersonal', customerId);
  return person?.phone ?? null;
}

/** '12月5日 19:00' / 'Dec 5, 19:00' in the shop's zone. */
export function whenText(at: number, timeZone: string, locale: 'zh-CN' | 'en'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}
