/**
 * The desk's waitlist and reminder changes: take a number, call, skip, left, seat a called party
 * at a free table (a walk-in booking carrying the waitlist entry), confirm a requested booking.
 */
import { newBookingArgs, transitionArgs, type ShopClock } from '@domain/bookings/build';
import {
  createBooking,
  joinWaitlist,
  setWaitlistStatus,
  transitionBooking,
} from '@domain/bookings/mutations';
import type { Booking, QueueType, WaitlistEntry } from '@domain/bookings/schema';
import { newId } from '@domain/ids';
import { mutate } from '../../db/mutate';
import type { VendorDb } from '../../db/vendor-db';
import { guestCustomer, nextNumber } from './waitlist';

/** Takes the next number of `queue` for the party; returns the entry made. */
export async function takeNumber(
  db: VendorDb,
  input: {
    partySize: number;
    name: string;
    phone: string | null;
    queue: QueueType;
    businessDate: string;
  },
  now = Date.now(),
): Promise<WaitlistEntry> {
  const known = input.phone
    ? await db.customerPersonal.where('phone').equals(input.phone).first()
    : undefined;
  const guest = guestCustomer(input.name, input.phone, known, now);
  const today = await db.waitlistEntry.where('businessDate').equals(input.businessDate).toArray();
  const entry: WaitlistEntry = {
    id: newId(),
    businessDate: input.businessDate,
    prefix: input.queue.prefix,
    number: nextNumber(today, input.businessDate, input.queue.prefix),
    partySize: input.partySize,
    customerId: guest.customerId,
    status: 'waiting',
    createdAt: now,
    statusAt: now,
    bookingId: null,
  };
  await mutate(db, joinWaitlist, { entry, newCustomer: guest.newCustomer });
  return entry;
}

export const setEntryStatus = (
  db: VendorDb,
  entry: Pick<WaitlistEntry, 'id'>,
  status: 'waiting' | 'called' | 'skipped' | 'left',
  now = Date.now(),
) => mutate(db, setWaitlistStatus, { id: entry.id, status, at: now });

/** Seats a called party now at `resourceIds` for its turn time: one change, booking and entry. */
export async function seatEntry(
  db: VendorDb,
  clock: ShopClock,
  entry: WaitlistEntry,
  resourceIds: string[],
  minutes: number,
  now = Date.now(),
): Promise<Booking> {
  const args = newBookingArgs(
    {
      startsAt: now,
      endsAt: now + minutes * 60_000,
      resourceIds,
      partySize: entry.partySize,
      customerId: entry.customerId,
      status: 'seated',
      source: 'waitlist',
      waitlistId: entry.id,
      by: 'desk',
      at: now,
    },
    clock,
  );
  await mutate(db, createBooking, args);
  return args.booking;
}

export const confirmBooking = (
  db: VendorDb,
  booking: Pick<Booking, 'id' | 'status'>,
  now = Date.now(),
) =>
  mutate(db, transitionBooking, transitionArgs(booking, { to: 'confirmed', at: now, by: 'desk' }));
