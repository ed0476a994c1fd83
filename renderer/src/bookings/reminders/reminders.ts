/**
 * When the desk is told about a booking: a customer's booking that arrived by sync (not the
 * first sync's history, not the desk's own), and a booking that starts within the shop's
 * "before start" minutes. Pure, so the rules are tested without a clock or a page.
 */
import { bookingSchema, type Booking, type BookingSettings } from '@domain/bookings/schema';
import type { PulledRowsEvent } from '../../sync/engine/pulled-rows';

/** The customers' bookings a pulled page brought for the first time. */
export function newCustomerBookings(
  event: Pick<PulledRowsEvent, 'rows' | 'initial'>,
  reminders: BookingSettings['reminders'],
): Booking[] {
  if (event.initial || !reminders.newBooking) return [];
  return event.rows.flatMap(({ table, row, created }) => {
    if (table !== 'booking' || !created || !row) return [];
    const parsed = bookingSchema.safeParse(row);
    if (!parsed.success || parsed.data.source !== 'customer') return [];
    return parsed.data.status === 'requested' || parsed.data.status === 'confirmed'
      ? [parsed.data]
      : [];
  });
}

const MINUTE_MS = 60_000;

/**
 * The bookings to remind of now: confirmed or requested, starting within `beforeStartMin`
 * minutes (and not yet started), not already reminded of (`done` holds booking id + start, so a
 * booking moved later is reminded of again).
 */
export function dueStartReminders(
  bookings: readonly Booking[],
  now: number,
  reminders: BookingSettings['reminders'],
  done: ReadonlySet<string>,
): Booking[] {
  const before = reminders.beforeStartMin;
  if (before === null) return [];
  return bookings
    .filter(
      (booking) =>
        (booking.status === 'confirmed' || booking.status === 'requested') &&
        booking.startsAt > now &&
        booking.startsAt - before * MINUTE_MS <= now &&
        !done.has(reminderKey(booking)),
    )
    .sort((a, b) => a.startsAt - b.startsAt);
}

export const reminderKey = (booking: Pick<Booking, 'id' | 'startsAt'>) =>
  `${booking.id}@${booking.startsAt}`;
