/**
 * The front desk's booking changes, each one change through the mutation layer (which asks a
 * manager's approval itself when the member at the desk lacks the right): a new booking (a new
 * guest's record in the same change), a walk-in seated at once, a move or resize, a status step.
 * The arguments are built as the platform builds them (domain/bookings/build.ts).
 */
import {
  newBookingArgs,
  rescheduleArgs,
  transitionArgs,
  type NewBookingInput,
  type ShopClock,
} from '@domain/bookings/build';
import { createBooking, rescheduleBooking, transitionBooking } from '@domain/bookings/mutations';
import type { Booking, BookingStatus, Deposit } from '@domain/bookings/schema';
import { mutate } from '../db/mutate';
import type { VendorDb } from '../db/vendor-db';
import { newGuest } from './desk/waitlist';

/** One new booking as one change; returns its id. */
async function addBooking(db: VendorDb, clock: ShopClock, input: NewBookingInput): Promise<string> {
  const args = newBookingArgs(input, clock);
  await mutate(db, createBooking, args);
  return args.booking.id;
}

export interface DeskBookingInput {
  startsAt: number;
  endsAt: number;
  resourceIds: string[];
  partySize: number;
  serviceId: string | null;
  bufferAfterMin: number;
  customerId: string | null;
  /** A guest not yet known (a name, a phone or both): their record comes in the same change. */
  newGuest: { name: string; phone: string | null } | null;
  note: string;
  deposit: Deposit;
}

/** A booking the desk takes (by phone, at the counter): confirmed at once. Returns its id. */
export async function createDeskBooking(
  db: VendorDb,
  clock: ShopClock,
  input: DeskBookingInput,
  now = Date.now(),
): Promise<string> {
  const { newGuest: guest, ...rest } = input;
  return addBooking(db, clock, {
    ...rest,
    newCustomer: guest ? newGuest(guest.name, guest.phone, now) : null,
    status: 'confirmed',
    source: 'desk',
    by: 'desk',
    at: now,
  });
}

/** A party that walks in: seated now, on a free table, for its turn time. Returns its id. */
export async function seatWalkIn(
  db: VendorDb,
  clock: ShopClock,
  input: {
    resourceIds: string[];
    partySize: number;
    minutes: number;
    newGuest: { name: string; phone: string | null } | null;
  },
  now = Date.now(),
): Promise<string> {
  const guest = input.newGuest;
  return addBooking(db, clock, {
    startsAt: now,
    endsAt: now + input.minutes * 60_000,
    resourceIds: input.resourceIds,
    partySize: input.partySize,
    newCustomer: guest ? newGuest(guest.name, guest.phone, now) : null,
    status: 'seated',
    source: 'walkIn',
    by: 'desk',
    at: now,
  });
}

/** Moves a booking (another time or table) or changes its length. */
export async function moveBooking(
  db: VendorDb,
  clock: ShopClock,
  booking: Pick<Booking, 'id' | 'partySize'>,
  change: { startsAt: number; endsAt: number; resourceIds: string[] },
): Promise<void> {
  await mutate(db, rescheduleBooking, rescheduleArgs(booking, change, clock));
}

/** One step of a booking's life, with what it does to the deposit. */
export async function changeStatus(
  db: VendorDb,
  booking: Pick<Booking, 'id' | 'status'>,
  step: {
    to: BookingStatus;
    cancelledBy?: Booking['cancelledBy'];
    reason?: string | null;
    /** What the step does to the deposit at the moment it is made (lifecycle's depositAfter). */
    deposit: (at: number) => Deposit | null;
  },
  now = Date.now(),
): Promise<void> {
  await mutate(
    db,
    transitionBooking,
    transitionArgs(booking, {
      to: step.to,
      at: now,
      by: 'desk',
      cancelledBy: step.cancelledBy ?? null,
      reason: step.reason ?? null,
      deposit: step.deposit(now),
    }),
  );
}
