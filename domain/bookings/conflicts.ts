/**
 * What is wrong with a booking where it stands (or where it is being dragged to): a resource
 * already taken, a busy block, outside the opening (or working) hours, pacing exceeded, a table
 * too small or too large for the party. Pure, and the same checks the availability and the
 * platform's rules make, so the calendar warns while dragging exactly where the platform would
 * turn the change down. The booking itself (`id`) never conflicts with itself.
 */
import {
  fitsIn,
  openPeriodsAround,
  pacingCount,
  pacingWindow,
  ResourceLoad,
  type BookingContext,
} from './availability';

export type Conflict =
  | { kind: 'resourceTaken'; resourceId: string; bookingId: string }
  | { kind: 'busy'; resourceId: string; blockId: string }
  | { kind: 'outsideHours' }
  | { kind: 'overPacing'; limit: 'bookings' | 'covers'; max: number; count: number }
  | { kind: 'tooSmall' | 'tooLarge'; resourceId: string };

export interface ConflictCandidate {
  id?: string;
  startsAt: number;
  endsAt: number;
  bufferAfterMin: number;
  resourceIds: string[];
  partySize: number;
  /** A class's service: its sitting may share a resource up to the capacity. */
  serviceId?: string | null;
}

/**
 * The conflicts of a candidate booking against a context, in a stable order: per resource (taken,
 * busy), then hours, pacing, size. `count` in overPacing is what the slot would hold with it.
 */
export function bookingConflicts(candidate: ConflictCandidate, ctx: BookingContext): Conflict[] {
  const conflicts: Conflict[] = [];
  const load = new ResourceLoad(ctx.bookings, ctx.busyBlocks);
  const resources = candidate.resourceIds.map((id) => ctx.resources.find((r) => r.id === id));
  for (const resourceId of candidate.resourceIds) {
    for (const booking of load.blockers(resourceId, candidate, ctx.services)) {
      conflicts.push({ kind: 'resourceTaken', resourceId, bookingId: booking.id });
    }
    for (const block of load.blocksOver(resourceId, candidate)) {
      conflicts.push({ kind: 'busy', resourceId, blockId: block.id });
    }
  }

  // Rooms are booked by nights and keep no opening hours.
  const timed = resources.filter((resource) => resource?.kind !== 'room');
  if (timed.length > 0) {
    const inside = timed.every((resource) =>
      fitsIn(
        openPeriodsAround(candidate.startsAt, ctx, resource),
        candidate.startsAt,
        candidate.endsAt,
      ),
    );
    if (!inside) conflicts.push({ kind: 'outsideHours' });
  }

  const { maxBookings, maxCovers } = ctx.settings.pacing;
  if (maxBookings !== null || maxCovers !== null) {
    const window = pacingWindow(candidate.startsAt, ctx.settings, ctx.profile.timeZone);
    const counted = pacingCount(ctx.bookings, window, candidate.id);
    if (maxBookings !== null && counted.bookings + 1 > maxBookings) {
      conflicts.push({
        kind: 'overPacing',
        limit: 'bookings',
        max: maxBookings,
        count: counted.bookings + 1,
      });
    }
    if (maxCovers !== null && counted.covers + candidate.partySize > maxCovers) {
      conflicts.push({
        kind: 'overPacing',
        limit: 'covers',
        max: maxCovers,
        count: counted.covers + candidate.partySize,
      });
    }
  }

  // Size: tables and rooms seat a party; staff and equipment serve whoever the service takes.
  const seating = resources.filter(
    (resource): resource is NonNullable<typeof resource> =>
      resource !== undefined && (resource.kind === 'table' || resource.kind === 'room'),
  );
  if (seating.length === 1) {
    const [resource] = seating;
    if (candidate.partySize < resource!.minParty) {
      conflicts.push({ kind: 'tooSmall', resourceId: resource!.id });
    } else if (candidate.partySize > resource!.maxParty) {
      conflicts.push({ kind: 'tooLarge', resourceId: resource!.id });
    }
  } else if (seating.length > 1) {
    const seats = seating.reduce((sum, resource) => sum + resource.maxParty, 0);
    if (candidate.partySize > seats) {
      conflicts.push({ kind: 'tooLarge', resourceId: seating[0]!.id });
    }
  }
  return conflicts;
}

/**
 * Whether the platform's rules turn this conflict down when the change arrives
 * (booking.resourceTaken: a taken resource or a busy block; booking.overPacing), so the desk
 * refuses it too rather than save what would come back on Needs attention. A party seated at once
 * (a walk-in, the waitlist) is not paced. Hours and party size are the shop's to confirm.
 */
export function refusedByPlatform(conflict: Conflict, seatedAtOnce = false): boolean {
  if (conflict.kind === 'overPacing') return !seatedAtOnce;
  return conflict.kind === 'resourceTaken' || conflict.kind === 'busy';
}
