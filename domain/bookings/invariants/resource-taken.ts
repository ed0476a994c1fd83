/**
 * "A resource holds one booking at a time" (booking.resourceTaken). Each desk checks its own copy
 * of the calendar (conflicts.ts); two desks offline, or a desk and a guest booking online, may
 * both put a party on table A1 at 19:00. The platform, which sees both, lets the first through and
 * turns down the later change. It judges what a change writes (its row operations): a new booking
 * and a moved one (booking.create, booking.reschedule), as they will stand.
 *
 * The holders are read from an index: the holding bookings and busy blocks whose held spans
 * (tables.ts heldSpan, the buffer after included) overlap the booking's on its resources. A class
 * (service.capacity > 1) lets a sitting share its room or teacher (ResourceLoad.blockers decides,
 * as everywhere). Only once something is turned down does the rule read the rest of that business
 * day, to tell the shop where the party could go instead (booking-state.ts alternativesFor).
 */
import type { RowOp } from '../../mutations/row-ops';
import { defineInvariant, type InvariantRead } from '../../sync/invariants';
import { ResourceLoad } from '../availability';
import { createBooking, rescheduleBooking } from '../mutations';
import type { Booking, BusyBlock, Resource } from '../schema';
import { heldSpan } from '../tables';
import {
  alternativesFor,
  candidateOf,
  dayContext,
  dayReadStages,
  namesOf,
  NO_ALTERNATIVES,
  serviceReads,
  servicesIn,
  storedReads,
  writtenBookings,
  type WrittenBooking,
} from './booking-state';

export const BOOKING_RESOURCE_TAKEN = 'booking.resourceTaken';

/**
 * What the shop is told, flat: the booking turned down, what holds its resource (another booking
 * or a busy block), and the alternatives. Times are epoch ms; names are the resources' as the
 * shop wrote them ('A3+A4' for a combination; sets apart with ', ').
 */
export interface ResourceTakenDetails {
  bookingId: string;
  code: string;
  startsAt: number;
  endsAt: number;
  partySize: number;
  resourceIds: string[];
  resourceNames: string;
  /** What holds it: 'booking' or 'busyBlock'. */
  otherKind: 'booking' | 'busyBlock';
  otherId: string;
  /** The other booking's code (null for a busy block). */
  otherCode: string | null;
  /** The busy block's label (null for a booking). */
  otherLabel: string | null;
  /** The other's code or label: what the message names it by. */
  otherName: string;
  otherStartsAt: number;
  otherEndsAt: number;
  /** The resources of this booking the other holds. */
  clashResourceIds: string[];
  clashNames: string;
  /** Free resource sets at the same time, best first; empty when none. */
  freeSets: string[][];
  freeSetNames: string;
  freeSetCount: number;
  /** The first free set's names (the one-click fix's), '' when none. */
  firstFreeNames: string;
  /** The next start on the same resources that day, its length kept; null when none. */
  nextStartsAt: number | null;
  nextEndsAt: number | null;
  /** The business dates the booking touches there (for the moved change). */
  nextDays: string[] | null;
}

export interface Clash {
  booking: Booking;
  other: { kind: 'booking'; row: Booking } | { kind: 'busyBlock'; row: BusyBlock };
  resourceIds: string[];
}

const overKey = (id: string) => `over:${id}`;
const blocksKey = (id: string) => `blocks:${id}`;

/**
 * The first holder of a booking's resources among the given bookings and busy blocks (the booking
 * itself and what no longer holds aside), with every resource of the booking it holds.
 */
export function findClash(
  booking: Booking,
  bookings: readonly Booking[],
  blocks: readonly BusyBlock[],
  services: Parameters<ResourceLoad['blockers']>[2],
): Clash | null {
  const load = new ResourceLoad(bookings, blocks);
  const candidate = candidateOf(booking);
  let clash: Clash | null = null;
  for (const resourceId of booking.resourceIds) {
    const holders: Clash['other'][] = [
      ...load.blockers(resourceId, candidate, services).map((row) => ({
        kind: 'booking' as const,
        row,
      })),
      ...load.blocksOver(resourceId, candidate).map((row) => ({ kind: 'busyBlock' as const, row })),
    ];
    for (const other of holders) {
      if (!clash) clash = { booking, other, resourceIds: [resourceId] };
      else if (clash.other.row.id === other.row.id && !clash.resourceIds.includes(resourceId)) {
        clash.resourceIds.push(resourceId);
      }
    }
  }
  return clash;
}

function clashesIn(state: Readonly<Record<string, unknown>>, ops: readonly RowOp[]): Clash | null {
  const services = servicesIn(state);
  for (const { booking } of writtenBookings(ops, state)) {
    const bookings = state[overKey(booking.id)] as Booking[] | undefined;
    const blocks = state[blocksKey(booking.id)] as BusyBlock[] | undefined;
    if (!bookings || !blocks) continue;
    const clash = findClash(booking, bookings, blocks, services);
    if (clash) return clash;
  }
  return null;
}

/** The holders' reads of each booking judged: its resources over its held span. */
function holderReads(written: readonly WrittenBooking[]): Record<string, InvariantRead> {
  const reads: Record<string, InvariantRead> = {};
  for (const { booking } of written) {
    const match = { in: booking.resourceIds, ...heldSpan(booking) } as const;
    reads[overKey(booking.id)] = {
      kind: 'entitiesOverlapping',
      table: 'booking',
      field: 'resource',
      ...match,
    };
    reads[blocksKey(booking.id)] = {
      kind: 'entitiesOverlapping',
      table: 'busyBlock',
      field: 'resource',
      ...match,
    };
  }
  return reads;
}

export function resourceTakenDetails(
  clash: Clash,
  state: Readonly<Record<string, unknown>>,
): ResourceTakenDetails {
  const ctx = dayContext(state);
  const resources: Resource[] = ctx?.resources ?? [];
  const { booking, other } = clash;
  const { freeSets, next } = ctx ? alternativesFor(ctx, booking) : NO_ALTERNATIVES;
  const otherCode = other.kind === 'booking' ? other.row.code : null;
  const otherLabel = other.kind === 'busyBlock' ? other.row.label : null;
  return {
    bookingId: booking.id,
    code: booking.code,
    startsAt: booking.startsAt,
    endsAt: booking.endsAt,
    partySize: booking.partySize,
    resourceIds: booking.resourceIds,
    resourceNames: namesOf(resources, booking.resourceIds),
    otherKind: other.kind,
    otherId: other.row.id,
    otherCode,
    otherLabel,
    otherName: otherCode ?? otherLabel ?? '',
    otherStartsAt: other.row.startsAt,
    otherEndsAt: other.row.endsAt,
    clashResourceIds: clash.resourceIds,
    clashNames: namesOf(resources, clash.resourceIds),
    freeSets,
    freeSetNames: freeSets.map((set) => namesOf(resources, set)).join(', '),
    freeSetCount: freeSets.length,
    firstFreeNames: freeSets[0] ? namesOf(resources, freeSets[0]) : '',
    nextStartsAt: next?.startsAt ?? null,
    nextEndsAt: next?.endsAt ?? null,
    nextDays: next?.days ?? null,
  };
}

export const resourceNotTaken = defineInvariant<unknown, Record<string, InvariantRead>>({
  rule: BOOKING_RESOURCE_TAKEN,
  mutation: [createBooking.name, rescheduleBooking.name],
  reads: (_args, ops) => ({
    ...storedReads(ops),
    ...serviceReads(
      writtenBookings(ops, {}).map((w) => w.booking),
      {},
    ),
  }),
  thenReads: [
    (_args, state, ops) => {
      const written = writtenBookings(ops, state);
      return {
        ...serviceReads(
          written.map((w) => w.booking),
          state,
        ),
        ...holderReads(written),
      };
    },
    // The day's state, read only for a booking that is turned down.
    ...dayReadStages((state, ops) => clashesIn(state, ops)?.booking ?? null),
  ],
  check: (_args, state, ops) => {
    const clash = clashesIn(state, ops);
    if (!clash) return null;
    const details = resourceTakenDetails(clash, state);
    return {
      message: `booking ${details.bookingId}: ${details.clashResourceIds.join(', ')} held by ${clash.other.kind} ${details.otherId}`,
      details: { ...details },
    };
  },
});
