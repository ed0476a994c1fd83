/**
 * "No more bookings (or covers) start in one slot than the kitchen takes" (booking.overPacing):
 * the shop's pacing setting, judged by the platform, which sees every desk's bookings and the
 * guests' online ones. A new booking, and a moved one that lands in another pacing window or
 * grows its party, is counted with the holding bookings already starting in its window (the
 * `start` lookup's one-millisecond spans, read over that window only); the later one that would
 * pass the limit is turned down. Walk-ins and parties seated from the waitlist are not judged:
 * they are already at the table, and pacing spaces out what is booked ahead.
 *
 * The rejection carries the slot, which limit, the count it would make, and the next start on
 * the same resources that has room (nextFreeStart, which counts pacing as the availability does).
 */
import type { RowOp } from '../../mutations/row-ops';
import { defineInvariant, type InvariantRead } from '../../sync/invariants';
import { pacingCount, pacingWindow, type Span } from '../availability';
import { createBooking, rescheduleBooking } from '../mutations';
import type { Booking, BookingSettings } from '../schema';
import { PACING_LOOKUP_VALUE } from '../tables';
import {
  alternativesFor,
  dayContext,
  dayReadsProfile,
  dayReadStages,
  PROFILE,
  settingsIn,
  settingsRead,
  SETTINGS,
  storedReads,
  writtenBookings,
  NO_ALTERNATIVES,
  type Profile,
} from './booking-state';

export const BOOKING_OVER_PACING = 'booking.overPacing';

/** What the shop is told, flat. Times are epoch ms. */
export interface OverPacingDetails {
  bookingId: string;
  code: string;
  startsAt: number;
  partySize: number;
  resourceIds: string[];
  /** The pacing window the booking starts in. */
  slotStartsAt: number;
  slotEndsAt: number;
  /** Which limit it passes: bookings starting in the slot, or covers (guests). */
  limit: 'bookings' | 'covers';
  max: number;
  /** What the slot would hold with this booking. */
  count: number;
  /** The next start with room on the same resources that day, its length kept; null when none. */
  nextStartsAt: number | null;
  nextEndsAt: number | null;
  nextDays: string[] | null;
}

interface OverPacing {
  booking: Booking;
  window: Span;
  limit: OverPacingDetails['limit'];
  max: number;
  count: number;
}

/** Sources whose party is already seated when the booking is made. */
const SEATED_AT_ONCE: ReadonlyArray<Booking['source']> = ['walkIn', 'waitlist'];

const windowKey = (id: string) => `window:${id}`;

const hasPacing = (settings: BookingSettings | null): settings is BookingSettings =>
  settings !== null && (settings.pacing.maxBookings !== null || settings.pacing.maxCovers !== null);

/** The bookings this change adds to a pacing window, each with that window. */
function pacingSubjects(
  state: Readonly<Record<string, unknown>>,
  ops: readonly RowOp[],
): Array<{ booking: Booking; window: Span }> {
  const settings = settingsIn(state);
  const profile = state[PROFILE] as Profile | null | undefined;
  if (!hasPacing(settings) || !profile) return [];
  const windowOf = (startsAt: number) => pacingWindow(startsAt, settings, profile.timeZone);
  const subjects: Array<{ booking: Booking; window: Span }> = [];
  for (const { booking, before } of writtenBookings(ops, state)) {
    const window = windowOf(booking.startsAt);
    const judged = before
      ? windowOf(before.startsAt).start !== window.start || booking.partySize > before.partySize
      : !SEATED_AT_ONCE.includes(booking.source);
    if (judged) subjects.push({ booking, window });
  }
  return subjects;
}

/** The first booking of the change that would take its window past a limit. */
export function findOverPacing(
  state: Readonly<Record<string, unknown>>,
  ops: readonly RowOp[],
): OverPacing | null {
  const settings = settingsIn(state);
  if (!hasPacing(settings)) return null;
  const { maxBookings, maxCovers } = settings.pacing;
  for (const { booking, window } of pacingSubjects(state, ops)) {
    const starting = (state[windowKey(booking.id)] as Booking[] | undefined) ?? [];
    const counted = pacingCount(starting, window, booking.id);
    const over = { booking, window };
    if (maxBookings !== null && counted.bookings + 1 > maxBookings) {
      return { ...over, limit: 'bookings', max: maxBookings, count: counted.bookings + 1 };
    }
    if (maxCovers !== null && counted.covers + booking.partySize > maxCovers) {
      const count = counted.covers + booking.partySize;
      return { ...over, limit: 'covers', max: maxCovers, count };
    }
  }
  return null;
}

export function overPacingDetails(
  over: OverPacing,
  state: Readonly<Record<string, unknown>>,
): OverPacingDetails {
  const ctx = dayContext(state);
  const { next } = ctx ? alternativesFor(ctx, over.booking) : NO_ALTERNATIVES;
  const { booking } = over;
  return {
    bookingId: booking.id,
    code: booking.code,
    startsAt: booking.startsAt,
    partySize: booking.partySize,
    resourceIds: booking.resourceIds,
    slotStartsAt: over.window.start,
    slotEndsAt: over.window.end,
    limit: over.limit,
    max: over.max,
    count: over.count,
    nextStartsAt: next?.startsAt ?? null,
    nextEndsAt: next?.endsAt ?? null,
    nextDays: next?.days ?? null,
  };
}

export const pacingKept = defineInvariant<unknown, Record<string, InvariantRead>>({
  rule: BOOKING_OVER_PACING,
  mutation: [createBooking.name, rescheduleBooking.name],
  reads: (_args, ops) => ({ ...storedReads(ops), [SETTINGS]: settingsRead }),
  thenReads: [
    (_args, state, ops) =>
      hasPacing(settingsIn(state)) && writtenBookings(ops, state).length > 0
        ? dayReadsProfile(state)
        : {},
    (_args, state, ops) =>
      Object.fromEntries(
        pacingSubjects(state, ops).map(({ booking, window }) => [
          windowKey(booking.id),
          {
            kind: 'entitiesOverlapping',
            table: 'booking',
            field: 'start',
            equals: PACING_LOOKUP_VALUE,
            ...window,
          } satisfies InvariantRead,
        ]),
      ),
    // The day's state, read only for a booking that is turned down.
    ...dayReadStages((state, ops) => findOverPacing(state, ops)?.booking ?? null),
  ],
  check: (_args, state, ops) => {
    const over = findOverPacing(state, ops);
    if (!over) return null;
    const details = overPacingDetails(over, state);
    return {
      message: `booking ${details.bookingId} would make ${details.count} ${details.limit} starting at ${details.slotStartsAt} (max ${details.max})`,
      details: { ...details },
    };
  },
});
