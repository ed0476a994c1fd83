/**
 * "A status step is judged against the status the platform holds" (booking.transition). Each desk
 * steps a booking from the status it saw; two desks (or the guest on the platform and the desk)
 * may step the same booking at once: the customer cancels while the front desk seats them. The
 * platform applies the first and turns down the second when its step is no longer allowed from
 * the status the booking has now (lifecycle.ts canTransition; the same step twice is turned down
 * too). The deposit's outcome rides in the step's arguments, so it follows the step that stood.
 */
import type { EntityRow } from '../../mutations/row-ops';
import { defineInvariant, type InvariantRead } from '../../sync/invariants';
import { canTransition } from '../lifecycle';
import type { BookingStatus } from '../schema';

export const BOOKING_TRANSITION = 'booking.transition';

export interface TransitionDetails {
  bookingId: string;
  code: string;
  startsAt: number;
  /** The status the maker saw, the one the platform holds, and the step asked for. */
  from: BookingStatus;
  current: BookingStatus;
  to: BookingStatus;
  /** When the platform's status was set. */
  currentAt: number;
}

type TransitionArgs = { id: string; from: BookingStatus; to: BookingStatus };

export const transitionFromCurrent = defineInvariant<TransitionArgs, { booking: InvariantRead }>({
  rule: BOOKING_TRANSITION,
  mutation: 'booking.transition',
  reads: (args) => ({ booking: { kind: 'entity', table: 'booking', id: args.id } as const }),
  check: (args, state) => {
    const booking = state.booking as EntityRow | null;
    if (!booking) return null;
    const current = booking.status as BookingStatus;
    if (canTransition(current, args.to)) return null;
    const details: TransitionDetails = {
      bookingId: args.id,
      code: String(booking.code),
      startsAt: Number(booking.startsAt),
      from: args.from,
      current,
      to: args.to,
      currentAt: Number(booking.statusAt),
    };
    return {
      message: `booking ${args.id} is ${current}: cannot go to ${args.to}`,
      details: { ...details },
    };
  },
});
