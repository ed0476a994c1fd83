/**
 * The front desk's bookings for the sync tests, as data fast-check can generate and shrink: a new
 * booking of a table at one of the evening's slots, and a booking moved to another table or slot.
 * Each is made only when the console's own calendar shows the table free (bookingConflicts on its
 * local rows, as the desk checks before saving), so consoles offline book the same table at the
 * same time and only the platform's booking.resourceTaken can tell.
 */
import fc from 'fast-check';
import { bookingConflicts } from '@domain/bookings/conflicts';
import { newBookingArgs, rescheduleArgs } from '@domain/bookings/build';
import { defaultBookingSettings } from '@domain/bookings/days';
import { HOLDING_STATUSES, type Booking, type Resource } from '@domain/bookings/schema';
import {
  createBooking,
  putBookingSettings,
  putResource,
  rescheduleBooking,
} from '@domain/bookings/mutations';
import { heldSpan } from '@domain/bookings/tables';
import { testTable } from '@domain/test-support/booking-shop';
import { zonedTimeToEpoch } from '@domain/time';
import type { SimDevice } from './sim-device';

export type BookingEdit =
  | { kind: 'book'; table: number; slot: number; partySize: number }
  | { kind: 'moveBooking'; pick: number; table: number; slot: number };

const TABLES = ['A1', 'A2', 'A3'];
/** Starts from 17:00, half-hourly, that leave 90 minutes before the 21:00 close. */
const SLOTS = 6;
const MIN = 60_000;
const slotStart = (slot: number) =>
  zonedTimeToEpoch({ year: 2026, month: 12, day: 5, hour: 17, minute: 0 }, 'Asia/Shanghai') +
  slot * 30 * MIN;

/** Mostly the first table, so consoles book the same one. */
const table = fc.constantFrom(0, 0, 1, 2);
export const bookingEditArbitrary: fc.Arbitrary<BookingEdit> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('book' as const),
      table,
      slot: fc.nat(SLOTS - 1),
      partySize: fc.integer({ min: 1, max: 4 }),
    }),
  },
  fc.record({
    kind: fc.constant('moveBooking' as const),
    pick: fc.nat(10),
    table,
    slot: fc.nat(SLOTS - 1),
  }),
);

/** The booking set-up as the first console makes it (after seedShop): settings and three tables. */
export async function seedBookings(device: SimDevice, vendorId: string): Promise<void> {
  await device.edit(putBookingSettings, {
    settings: { ...defaultBookingSettings(vendorId, 'restaurant', 0), slotMinutes: 30 as const },
  });
  for (const [sort, name] of TABLES.entries()) {
    await device.edit(putResource, { resource: testTable(name, sort, 1, 4) });
  }
}

/** Makes `edit` on `device` if its own calendar lets it; false when the desk would not. */
export async function applyBookingEdit(
  device: SimDevice,
  vendorId: string,
  edit: BookingEdit,
): Promise<boolean> {
  const [profile, settings] = await Promise.all([
    device.db.vendorProfile.get(vendorId),
    device.db.bookingSettings.get(vendorId),
  ]);
  const resources = (await device.db.resource.toArray()).sort((a, b) => a.sort - b.sort);
  if (!profile || !settings || resources.length === 0) return false;
  const bookings = (await device.db.booking.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
  const ctx = {
    profile,
    settings,
    resources,
    services: [],
    exceptions: [],
    bookings,
    busyBlocks: [],
  };
  const onTable = resources[edit.table % resources.length]! as Resource;
  const startsAt = slotStart(edit.slot);
  const endsAt = startsAt + 90 * MIN;
  const freeFor = (candidate: { id?: string; partySize: number }) =>
    bookingConflicts(
      { ...candidate, startsAt, endsAt, bufferAfterMin: 0, resourceIds: [onTable.id] },
      ctx,
    ).length === 0;
  if (edit.kind === 'book') {
    if (!freeFor({ partySize: edit.partySize })) return false;
    const args = newBookingArgs(
      {
        startsAt,
        endsAt,
        resourceIds: [onTable.id],
        partySize: edit.partySize,
        status: 'confirmed',
        source: 'desk',
        by: 'desk',
        at: startsAt - 86_400_000,
      },
      profile,
    );
    await device.edit(createBooking, args);
    return true;
  }
  const live = bookings.filter((b) => HOLDING_STATUSES.includes(b.status));
  const booking = live[edit.pick % Math.max(1, live.length)];
  if (!booking || !freeFor(booking)) return false;
  await device.edit(
    rescheduleBooking,
    rescheduleArgs(booking, { startsAt, endsAt, resourceIds: [onTable.id] }, profile),
  );
  return true;
}

/** Pairs of holding bookings that overlap on one resource (none may exist on the platform). */
export function doubleBookings(bookings: readonly Booking[]): Array<[string, string]> {
  const live = bookings.filter((b) => HOLDING_STATUSES.includes(b.status));
  const pairs: Array<[string, string]> = [];
  for (const [i, a] of live.entries()) {
    for (const b of live.slice(i + 1)) {
      const shared = a.resourceIds.some((id) => b.resourceIds.includes(id));
      const x = heldSpan(a);
      const y = heldSpan(b);
      if (shared && x.start < y.end && y.start < x.end) pairs.push([a.id, b.id]);
    }
  }
  return pairs;
}
