/** A customer's bookings as their profile shows them: upcoming first-soonest, past latest-first, no-shows counted. */
import { HOLDING_STATUSES, type Booking } from '@domain/bookings/schema';

export interface CustomerBookingSummary {
  upcoming: Booking[];
  past: Booking[];
  noShows: number;
}

export function summarizeBookings(
  bookings: readonly Booking[],
  now: number,
): CustomerBookingSummary {
  const upcoming = bookings
    .filter((booking) => HOLDING_STATUSES.includes(booking.status) && booking.endsAt > now)
    .sort((a, b) => a.startsAt - b.startsAt);
  const upcomingIds = new Set(upcoming.map((booking) => booking.id));
  const past = bookings
    .filter((booking) => !upcomingIds.has(booking.id))
    .sort((a, b) => b.startsAt - a.startsAt);
  return {
    upcoming,
    past,
    noShows: bookings.filter((booking) => booking.status === 'noShow').length,
  };
}
