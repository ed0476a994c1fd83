/**
 * The arguments of the booking changes, built the same way by a desk and by the platform (a
 * customer's booking): ids, the code, the business dates, the status ledger entry. Pure but for
 * the ids and the code, which the caller may pass in (tests, the platform's derived ids).
 */
import type { z } from 'zod';
import type { NewCustomer } from '../customers/mutations';
import { newId } from '../ids';
import { bookingDays, newBookingCode } from './days';
import type { createBooking, rescheduleBooking, transitionBooking } from './mutations';
import {
  NO_DEPOSIT,
  type Booking,
  type BookingEvent,
  type BookingStatus,
  type Deposit,
} from './schema';

export type CreateBookingArgs = z.infer<typeof createBooking.args>;
export type RescheduleBookingArgs = z.infer<typeof rescheduleBooking.args>;
export type TransitionBookingArgs = z.infer<typeof transitionBooking.args>;

/** The shop's clock facts every booking's dates are read in. */
export interface ShopClock {
  timeZone: string;
  /** The business day's cut-off, 'HH:MM'. */
  businessDayCutoff: string;
}

export interface NewBookingInput {
  startsAt: number;
  endsAt: number;
  resourceIds: string[];
  partySize: number;
  serviceId?: string | null;
  bufferAfterMin?: number;
  customerId?: string | null;
  /** A guest not yet known: their record is created in the same change. */
  newCustomer?: NewCustomer | null;
  status: BookingStatus;
  source: Booking['source'];
  note?: string;
  deposit?: Deposit;
  holdUntil?: number | null;
  waitlistId?: string | null;
  by: BookingEvent['by'];
  at: number;
  id?: string;
  code?: string;
  eventId?: string;
}

export function newBookingArgs(input: NewBookingInput, clock: ShopClock): CreateBookingArgs {
  const id = input.id ?? newId();
  const customerId = input.newCustomer?.customer.id ?? input.customerId ?? null;
  const booking: Booking = {
    id,
    code: input.code ?? newBookingCode(),
    customerId,
    resourceIds: input.resourceIds,
    serviceId: input.serviceId ?? null,
    partySize: input.partySize,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    bufferAfterMin: input.bufferAfterMin ?? 0,
    days: bookingDays(input.startsAt, input.endsAt, clock.timeZone, clock.businessDayCutoff),
    status: input.status,
    statusAt: input.at,
    source: input.source,
    note: input.note ?? '',
    deposit: input.deposit ?? NO_DEPOSIT,
    cancelledBy: null,
    cancelReason: null,
    holdUntil: input.holdUntil ?? null,
    createdAt: input.at,
  };
  return {
    booking,
    event: {
      id: input.eventId ?? newId(),
      bookingId: id,
      from: null,
      to: input.status,
      at: input.at,
      by: input.by,
      reason: null,
      deposit: booking.deposit.state === 'none' ? null : booking.deposit.state,
    },
    newCustomer: input.newCustomer ?? null,
    waitlistId: input.waitlistId ?? null,
    storedValueEntry: null,
  };
}

/** A move or resize: the new time and resources, with the dates they now touch. */
export function rescheduleArgs(
  booking: Pick<Booking, 'id' | 'partySize'>,
  change: { startsAt: number; endsAt: number; resourceIds: string[]; partySize?: number },
  clock: ShopClock,
): RescheduleBookingArgs {
  return {
    id: booking.id,
    startsAt: change.startsAt,
    endsAt: change.endsAt,
    resourceIds: change.resourceIds,
    partySize: change.partySize ?? booking.partySize,
    days: bookingDays(change.startsAt, change.endsAt, clock.timeZone, clock.businessDayCutoff),
  };
}

export interface TransitionInput {
  to: BookingStatus;
  at: number;
  by: BookingEvent['by'];
  cancelledBy?: Booking['cancelledBy'];
  reason?: string | null;
  /** The deposit after this step (lifecycle.ts works it out), or null when it does not change. */
  deposit?: Deposit | null;
  storedValueEntry?: TransitionBookingArgs['storedValueEntry'];
  eventId?: string;
}

export function transitionArgs(
  booking: Pick<Booking, 'id' | 'status'>,
  input: TransitionInput,
): TransitionBookingArgs {
  const deposit = input.deposit ?? null;
  return {
    id: booking.id,
    from: booking.status,
    to: input.to,
    at: input.at,
    event: {
      id: input.eventId ?? newId(),
      bookingId: booking.id,
      from: booking.status,
      to: input.to,
      at: input.at,
      by: input.by,
      reason: input.reason ?? null,
      deposit: deposit ? deposit.state : null,
    },
    cancelledBy: input.to === 'cancelled' ? (input.cancelledBy ?? 'shop') : null,
    reason: input.reason ?? null,
    deposit,
    storedValueEntry: input.storedValueEntry ?? null,
  };
}
