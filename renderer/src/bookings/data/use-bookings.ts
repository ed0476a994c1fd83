/**
 * Live reads of the bookings part, one place for every screen (the calendar, today's list, the
 * waitlist, reminders and the setup). A day's bookings are one read of the `days` index, so the calendar costs
 * the same with a year of bookings in the store as with a week: only the visible dates are read.
 * The settings fall back to the shop's defaults (by its category) until it saves its own.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { defaultBookingSettings } from '@domain/bookings/days';
import type {
  Booking,
  BookingException,
  BookingSettings,
  BusyBlock,
  Resource,
  Service,
  WaitlistEntry,
} from '@domain/bookings/schema';
import type { CustomerPersonal } from '@domain/customers/schema';
import type { VendorDb } from '../../db/vendor-db';
import { useActiveVendor, useVendorProfile } from '../../vendors/use-vendor';

export function useBookingSettings(): BookingSettings | undefined {
  const { db, vendorId } = useActiveVendor();
  const category = useVendorProfile()?.category;
  return useLiveQuery(
    async () =>
      (await db.bookingSettings.get(vendorId)) ??
      (category ? defaultBookingSettings(vendorId, category, 0) : undefined),
    [db, vendorId, category],
  );
}

const bySort = <T extends { sort: number; createdAt: number; id: string }>(a: T, b: T) =>
  a.sort - b.sort || a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1);

/** Every resource, archived ones included (history shows them), in the calendar's order. */
export function useResources(): Resource[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(async () => (await db.resource.toArray()).sort(bySort), [db]);
}

export function useServices(): Service[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(async () => (await db.service.toArray()).sort(bySort), [db]);
}

/** Every closed day and special hours, by date (the setup lists them all). */
export function useBookingExceptions(): BookingException[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(() => db.bookingException.orderBy('date').toArray(), [db]);
}

/** Closed days and special hours on these dates. */
export function useExceptions(dates: readonly string[]): BookingException[] | undefined {
  const { db } = useActiveVendor();
  const key = dates.join(',');
  return useLiveQuery(
    () => db.bookingException.where('date').anyOf(dates.slice()).toArray(),
    // the dates by value
    [db, key],
  );
}

/** The bookings touching these business dates, each once, by start. */
export async function loadBookingsOnDays(
  db: VendorDb,
  dates: readonly string[],
): Promise<Booking[]> {
  if (dates.length === 0) return [];
  // One equals() per date is one getAll on the index each; anyOf() walks a cursor instead.
  const perDate = await Promise.all(
    dates.map((date) => db.booking.where('days').equals(date).toArray()),
  );
  // A stay over several of the dates comes once per date: keep one.
  const rows =
    perDate.length === 1
      ? perDate[0]!
      : [...new Map(perDate.flat().map((b) => [b.id, b])).values()];
  return rows.sort((a, b) => a.startsAt - b.startsAt || (a.id < b.id ? -1 : 1));
}

export function useBookingsOnDays(dates: readonly string[]): Booking[] | undefined {
  const { db } = useActiveVendor();
  const key = dates.join(',');
  return useLiveQuery(
    () => loadBookingsOnDays(db, dates),
    // the dates by value
    [db, key],
  );
}

/** Busy blocks overlapping [from, to): those starting in it, and the long ones from before. */
export async function loadBusyBlocks(db: VendorDb, from: number, to: number): Promise<BusyBlock[]> {
  const rows = await db.busyBlock
    .where('startsAt')
    .between(from - 7 * 86_400_000, to, true, false)
    .toArray();
  return rows.filter((block) => block.endsAt > from);
}

export function useBusyBlocks(from: number | null, to: number | null): BusyBlock[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(
    () => (from === null || to === null ? [] : loadBusyBlocks(db, from, to)),
    [db, from, to],
  );
}

/** The people behind these customer ids (bookings', waitlist entries'): only those shown are read. */
export function useGuests(
  customerIds: readonly (string | null)[],
): ReadonlyMap<string, CustomerPersonal> | undefined {
  const { db } = useActiveVendor();
  const ids = [...new Set(customerIds.filter((id): id is string => id !== null))].sort();
  const key = ids.join(',');
  return useLiveQuery(
    async () => {
      const rows = await db.customerPersonal.bulkGet(ids);
      return new Map(rows.flatMap((row) => (row ? [[row.id, row] as const] : [])));
    },
    // the ids by value
    [db, key],
  );
}

/** The waitlist of one business date. */
export function useWaitlistEntries(businessDate: string | undefined): WaitlistEntry[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(
    () =>
      businessDate ? db.waitlistEntry.where('businessDate').equals(businessDate).toArray() : [],
    [db, businessDate],
  );
}

/** Customers whose phone ends with (or is) the digits, or whose name contains the text; a few. */
export async function findGuests(
  db: VendorDb,
  query: string,
  limit = 8,
): Promise<CustomerPersonal[]> {
  const text = query.trim();
  if (text.length === 0) return [];
  const digits = /^\d{3,11}$/.test(text) ? text : null;
  const lower = text.toLowerCase();
  return db.customerPersonal
    .filter((person) =>
      digits ? (person.phone ?? '').endsWith(digits) : person.name.toLowerCase().includes(lower),
    )
    .limit(limit)
    .toArray();
}
