/**
 * What the booking rules (resource-taken.ts, over-pacing.ts) share: the bookings a change writes
 * as they will stand after it, and — only once a rule has found something to turn down — the
 * state of that business day the availability functions need to offer the shop its alternatives
 * (availability.ts: the free tables at that time, the next free start on the same ones). Every
 * read goes through a lookup: the shop's one settings record, resources by kind, exceptions by
 * date, bookings and busy blocks by the spans they hold over the day and a day either side.
 */
import type { RowOp } from '../../mutations/row-ops';
import type { InvariantRead } from '../../sync/invariants';
import { addCalendarDays, businessDate, businessDayRange } from '../../time';
import type { VendorProfile } from '../../vendor/schema';
import {
  candidateResources,
  cutoffMinutesOf,
  fitsIn,
  nextFreeStart,
  openPeriodsAround,
  ResourceLoad,
  tableSets,
  type AvailabilityRequest,
  type BookingContext,
  type Candidate,
} from '../availability';
import { bookingDays } from '../days';
import {
  HOLDING_STATUSES,
  resourceKinds,
  type Booking,
  type BookingException,
  type BookingSettings,
  type BusyBlock,
  type Resource,
  type Service,
} from '../schema';
import { PACING_LOOKUP_VALUE, SHOP_RECORD_VALUE } from '../tables';

const DAY_MS = 86_400_000;

/** The fields whose change moves a booking in time or onto other resources. */
const MOVING_FIELDS = ['startsAt', 'endsAt', 'resourceIds', 'partySize'] as const;

type Write = { kind: 'put'; row: Booking } | { kind: 'patch'; fields: Partial<Booking> };

/** The last write of each booking a change makes (a patch after a put folds into the put). */
function bookingWrites(ops: readonly RowOp[]): Map<string, Write> {
  const writes = new Map<string, Write>();
  for (const op of ops) {
    if (op.table !== 'booking') continue;
    if (op.op === 'put') writes.set(op.row.id, { kind: 'put', row: op.row as unknown as Booking });
    else if (op.op === 'delete') writes.delete(op.id);
    else if (op.op === 'patch') {
      const before = writes.get(op.id);
      const fields = op.fields as Partial<Booking>;
      writes.set(
        op.id,
        before?.kind === 'put'
          ? { kind: 'put', row: { ...before.row, ...fields } }
          : { kind: 'patch', fields: { ...(before?.fields ?? {}), ...fields } },
      );
    }
  }
  return writes;
}

export const storedKey = (id: string) => `stored:${id}`;
export const serviceKey = (id: string) => `service:${id}`;

/** The stored bookings a change moves: the rules read them to know what the patch leaves. */
export function storedReads(ops: readonly RowOp[]): Record<string, InvariantRead> {
  const reads: Record<string, InvariantRead> = {};
  for (const [id, write] of bookingWrites(ops)) {
    if (write.kind === 'patch' && MOVING_FIELDS.some((field) => field in write.fields)) {
      reads[storedKey(id)] = { kind: 'entity', table: 'booking', id };
    }
  }
  return reads;
}

/** A booking as a change leaves it, and how it was before on the platform (null: new). */
export interface WrittenBooking {
  booking: Booking;
  before: Booking | null;
}

/**
 * The holding bookings a change creates or moves, as they will stand: a new row, or the stored
 * booking with the move applied. A booking the platform no longer holds (deleted, cancelled) or a
 * patch that moves nothing is not judged.
 */
export function writtenBookings(
  ops: readonly RowOp[],
  state: Readonly<Record<string, unknown>>,
): WrittenBooking[] {
  const written: WrittenBooking[] = [];
  for (const [id, write] of bookingWrites(ops)) {
    let entry: WrittenBooking | null = null;
    if (write.kind === 'put') entry = { booking: write.row, before: null };
    else {
      const stored = state[storedKey(id)] as Booking | null | undefined;
      if (stored) entry = { booking: { ...stored, ...write.fields }, before: stored };
    }
    if (entry && HOLDING_STATUSES.includes(entry.booking.status)) written.push(entry);
  }
  return written;
}

/** The services of the bookings judged (a class's capacity), for those the state does not hold. */
export function serviceReads(
  bookings: readonly Booking[],
  state: Readonly<Record<string, unknown>>,
): Record<string, InvariantRead> {
  const reads: Record<string, InvariantRead> = {};
  for (const { serviceId } of bookings) {
    if (serviceId && !(serviceKey(serviceId) in state)) {
      reads[serviceKey(serviceId)] = { kind: 'entity', table: 'service', id: serviceId };
    }
  }
  return reads;
}

export function servicesIn(state: Readonly<Record<string, unknown>>): Service[] {
  return Object.entries(state)
    .filter(([key, value]) => key.startsWith('service:') && value)
    .map(([, value]) => value as Service);
}

export const candidateOf = (booking: Booking): Candidate & { resourceIds: string[] } => ({
  id: booking.id,
  startsAt: booking.startsAt,
  endsAt: booking.endsAt,
  bufferAfterMin: booking.bufferAfterMin,
  partySize: booking.partySize,
  serviceId: booking.serviceId,
  resourceIds: booking.resourceIds,
});

// ---------------------------------------------------------------- the day's context

export const SETTINGS = 'day:settings';
export const PROFILE = 'day:profile';
const RESOURCES = 'day:resources';
const EXCEPTIONS = 'day:exceptions';
const STARTING = 'day:starting';
const HELD = 'day:held';
const BLOCKS = 'day:blocks';

/** Stage 1 of the day's reads: the shop's booking settings, its resources, the days' exceptions. */
export const settingsRead: InvariantRead = {
  kind: 'entitiesWhere',
  table: 'bookingSettings',
  field: 'shop',
  equals: SHOP_RECORD_VALUE,
};

export function dayReadsSettings(booking: Booking): Record<string, InvariantRead> {
  const dates = new Set<string>();
  for (const date of booking.days) {
    for (const delta of [-1, 0, 1]) dates.add(addCalendarDays(date, delta));
  }
  return {
    [SETTINGS]: settingsRead,
    [RESOURCES]: { kind: 'entitiesWhere', table: 'resource', field: 'kind', in: resourceKinds },
    [EXCEPTIONS]: {
      kind: 'entitiesWhere',
      table: 'bookingException',
      field: 'date',
      in: [...dates],
    },
  };
}

export function settingsIn(state: Readonly<Record<string, unknown>>): BookingSettings | null {
  const rows = state[SETTINGS] as BookingSettings[] | undefined;
  return rows?.[0] ?? null;
}

/** Stage 2: the vendor's profile (its zone, cut-off and opening hours), the settings' id being the vendor's. */
export function dayReadsProfile(
  state: Readonly<Record<string, unknown>>,
): Record<string, InvariantRead> {
  const settings = settingsIn(state);
  return settings ? { [PROFILE]: { kind: 'entity', table: 'vendorProfile', id: settings.id } } : {};
}

export type Profile = Pick<VendorProfile, 'timeZone' | 'businessDayCutoff' | 'openingHours'>;

/** The span the day's bookings are read over: the booking's business day and a day either side. */
function dayWindow(booking: Booking, profile: Profile): { start: number; end: number } {
  const cutoff = cutoffMinutesOf({ profile });
  const date = businessDate(booking.startsAt, profile.timeZone, cutoff);
  const { startMs, endMs } = businessDayRange(date, profile.timeZone, cutoff);
  return { start: startMs - DAY_MS, end: endMs + DAY_MS };
}

/**
 * Stage 3: every holding booking starting around that day (pacing counts them all), the bookings
 * and busy blocks held on the resources that could take this one, by their spans.
 */
export function dayReadsBookings(
  booking: Booking,
  state: Readonly<Record<string, unknown>>,
): Record<string, InvariantRead> {
  const ctx = partialContext(state);
  if (!ctx) return {};
  const window = dayWindow(booking, ctx.profile);
  const ids = [
    ...new Set([
      ...booking.resourceIds,
      ...candidateResources(ctx, requestOf(booking)).map((r) => r.id),
    ]),
  ];
  return {
    [STARTING]: {
      kind: 'entitiesOverlapping',
      table: 'booking',
      field: 'start',
      equals: PACING_LOOKUP_VALUE,
      ...window,
    },
    [HELD]: {
      kind: 'entitiesOverlapping',
      table: 'booking',
      field: 'resource',
      in: ids,
      ...window,
    },
    [BLOCKS]: {
      kind: 'entitiesOverlapping',
      table: 'busyBlock',
      field: 'resource',
      in: ids,
      ...window,
    },
  };
}

function partialContext(state: Readonly<Record<string, unknown>>): BookingContext | null {
  const settings = settingsIn(state);
  const profile = state[PROFILE] as Profile | null | undefined;
  if (!settings || !profile) return null;
  return {
    profile,
    settings,
    resources: (state[RESOURCES] as Resource[] | undefined) ?? [],
    services: servicesIn(state),
    exceptions: (state[EXCEPTIONS] as BookingException[] | undefined) ?? [],
    bookings: [],
    busyBlocks: [],
  };
}

/** The day's context from all the stages, or null when the shop has no settings or profile. */
export function dayContext(state: Readonly<Record<string, unknown>>): BookingContext | null {
  const ctx = partialContext(state);
  if (!ctx) return null;
  const bookings = new Map<string, Booking>();
  for (const key of [STARTING, HELD]) {
    for (const row of (state[key] as Booking[] | undefined) ?? []) bookings.set(row.id, row);
  }
  return {
    ...ctx,
    bookings: [...bookings.values()],
    busyBlocks: (state[BLOCKS] as BusyBlock[] | undefined) ?? [],
  };
}

/**
 * The three stages of the day's reads, as a rule's thenReads: each asks `subject` which booking to
 * offer alternatives for (null: none was turned down, read nothing more).
 */
export function dayReadStages(
  subject: (state: Readonly<Record<string, unknown>>, ops: readonly RowOp[]) => Booking | null,
): Array<
  (
    args: unknown,
    state: Readonly<Record<string, unknown>>,
    ops: readonly RowOp[],
  ) => Record<string, InvariantRead>
> {
  const stages = [
    dayReadsSettings,
    (_booking: Booking, state: Readonly<Record<string, unknown>>) => dayReadsProfile(state),
    dayReadsBookings,
  ];
  // What a rule's own reads already loaded (its settings, the profile) is not read again.
  return stages.map((stage) => (_args, state, ops) => {
    const booking = subject(state, ops);
    if (!booking) return {};
    return Object.fromEntries(
      Object.entries(stage(booking, state)).filter(([key]) => !(key in state)),
    );
  });
}

// ---------------------------------------------------------------- the alternatives

export function requestOf(booking: Booking): AvailabilityRequest {
  return booking.serviceId
    ? {
        kind: 'service',
        serviceId: booking.serviceId,
        resourceId: null,
        partySize: booking.partySize,
      }
    : { kind: 'party', partySize: booking.partySize };
}

/** Where a booking could go instead: free resource sets at its time, the next start on its own. */
export interface Alternatives {
  /** Free resource sets at the same time, best first (tableSets' order). */
  freeSets: string[][];
  /** The next start the same resources take it at, its length kept; null when none that day. */
  next: { startsAt: number; endsAt: number; days: string[] } | null;
}

export const NO_ALTERNATIVES: Alternatives = { freeSets: [], next: null };

/** How many later starts are tried for a booking whose own length differs from the slots'. */
const MAX_NEXT_TRIES = 200;

/** Whether a booking fits where it stands: each resource free and open for its whole time. */
function fits(ctx: BookingContext, load: ResourceLoad, candidate: Candidate, resource: Resource) {
  const open =
    resource.kind === 'room' ||
    fitsIn(
      openPeriodsAround(candidate.startsAt, ctx, resource),
      candidate.startsAt,
      candidate.endsAt,
    );
  return open && load.isFree(resource.id, candidate, ctx.services);
}

/**
 * The alternatives the availability functions offer a booking in the day's context: the free
 * sets at its time (candidateResources narrowed by ResourceLoad and the open hours, then
 * tableSets for a party), and the next start nextFreeStart finds on the same resources, pacing
 * included, at which its own length fits too. The booking itself never counts against these.
 */
export function alternativesFor(ctx: BookingContext, booking: Booking): Alternatives {
  const others = { ...ctx, bookings: ctx.bookings.filter((b) => b.id !== booking.id) };
  const load = new ResourceLoad(others.bookings, others.busyBlocks);
  const candidate = candidateOf(booking);
  const request = requestOf(booking);
  const own = [...booking.resourceIds].sort().join(',');
  const free = candidateResources(others, request).filter((resource) =>
    fits(others, load, candidate, resource),
  );
  const freeSets = (
    request.kind === 'party' ? tableSets(free, booking.partySize) : free.map((r) => [r.id])
  ).filter((set) => [...set].sort().join(',') !== own);

  const length = booking.endsAt - booking.startsAt;
  const resources = booking.resourceIds.map((id) => others.resources.find((r) => r.id === id));
  let after = booking.startsAt;
  let next: Alternatives['next'] = null;
  for (let tries = 0; tries < MAX_NEXT_TRIES && !next; tries += 1) {
    const slot = nextFreeStart({
      ctx: others,
      request,
      after,
      now: booking.startsAt,
      audience: 'desk',
      resourceIds: booking.resourceIds,
      days: 0,
    });
    if (!slot) break;
    const moved = { ...candidate, startsAt: slot.startsAt, endsAt: slot.startsAt + length };
    const ownLengthFits =
      slot.endsAt === moved.endsAt ||
      resources.every((resource) => resource && fits(others, load, moved, resource));
    if (ownLengthFits) {
      const { timeZone, businessDayCutoff } = ctx.profile;
      next = {
        startsAt: moved.startsAt,
        endsAt: moved.endsAt,
        days: bookingDays(moved.startsAt, moved.endsAt, timeZone, businessDayCutoff),
      };
    }
    after = slot.startsAt + 1;
  }
  return { freeSets, next };
}

/** Resources' names for the shop's message: 'A1', 'A3+A4'; an unknown id as it is. */
export function namesOf(resources: readonly Resource[], ids: readonly string[]): string {
  return ids.map((id) => resources.find((r) => r.id === id)?.name ?? id).join('+');
}
