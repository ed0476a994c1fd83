/**
 * The one-click fixes Needs attention offers for a booking the platform turned down
 * (booking.resourceTaken, booking.overPacing): the same change made again where the rule's
 * details say there is room — on the first free resource set at the same time, or on the same
 * resources at the next free start. A fix whose alternative the details do not carry is null.
 */
import type { FollowUpChange, RuleAction } from '../../parts/define';
import type { CreateBookingArgs, RescheduleBookingArgs } from '../build';
import { createBooking, rescheduleBooking } from '../mutations';

interface Move {
  resourceIds?: string[];
  startsAt?: number;
  endsAt?: number;
  days?: string[];
}

/** The rejected create or reschedule again, its booking moved. */
function moved(rejected: { name: string; args: unknown }, move: Move): FollowUpChange | null {
  if (!rejected.args || typeof rejected.args !== 'object') return null;
  if (rejected.name === createBooking.name) {
    const args = rejected.args as CreateBookingArgs;
    return { name: rejected.name, args: { ...args, booking: { ...args.booking, ...move } } };
  }
  if (rejected.name === rescheduleBooking.name) {
    return { name: rejected.name, args: { ...(rejected.args as RescheduleBookingArgs), ...move } };
  }
  return null;
}

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((id) => typeof id === 'string');

/** "Seat them at <the first free table(s)>": same time, the first free set of the details. */
export const moveToFreeResource: RuleAction = {
  id: 'moveToFreeResource',
  fix: (rejected, details) => {
    const [first] = Array.isArray(details.freeSets) ? (details.freeSets as unknown[]) : [];
    return isIdList(first) ? moved(rejected, { resourceIds: [...first] }) : null;
  },
};

/** "Move it to the next free time": same resources, the next start of the details. */
export const moveToNextSlot: RuleAction = {
  id: 'moveToNextSlot',
  fix: (rejected, details) => {
    const { nextStartsAt, nextEndsAt, nextDays } = details;
    if (typeof nextStartsAt !== 'number' || typeof nextEndsAt !== 'number') return null;
    if (!isIdList(nextDays)) return null;
    return moved(rejected, { startsAt: nextStartsAt, endsAt: nextEndsAt, days: [...nextDays] });
  },
};
