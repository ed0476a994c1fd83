/**
 * The bookings part's synced tables. A booking and a busy block are found by the resources they
 * hold over the time they hold them (the `resource` lookup with its span), so "this table's
 * bookings this evening" is an index range on the platform; bookings starting in a slot (pacing)
 * by the `start` lookup's one-minute span; a booking by its code (a customer's look-up) and by
 * its customer (their profile, erasure). A booking that no longer holds its resources (cancelled,
 * no-show, completed) leaves the resource and start lookups.
 */
import {
  defineTable,
  fieldLookup,
  shopRecordLookup,
  type LookupDeclaration,
} from '../parts/define';
import { bookingPersonalFields, HOLDING_STATUSES, type BookingStatus } from './schema';
import type { EntityRow } from '../mutations/row-ops';

const MINUTE_MS = 60_000;

const holds = (row: EntityRow): boolean => HOLDING_STATUSES.includes(row.status as BookingStatus);

/** From its start to the end of its buffer: the time its resources are not free. */
export function heldSpan(row: { startsAt: number; endsAt: number; bufferAfterMin?: number }): {
  start: number;
  end: number;
} {
  return { start: row.startsAt, end: row.endsAt + (row.bufferAfterMin ?? 0) * MINUTE_MS };
}

const bookingByResource: LookupDeclaration = {
  version: 1,
  values: (row) => (holds(row) ? (row.resourceIds as string[]) : []),
  span: (row) => heldSpan(row as unknown as Parameters<typeof heldSpan>[0]),
};

/** Every holding booking under one value, spanning the minute it starts: pacing counts these. */
export const PACING_LOOKUP_VALUE = 'starts';
const bookingByStart: LookupDeclaration = {
  version: 1,
  values: (row) => (holds(row) ? [PACING_LOOKUP_VALUE] : []),
  span: (row) => ({ start: Number(row.startsAt), end: Number(row.startsAt) + 1 }),
};

export { SHOP_RECORD_VALUE } from '../parts/define';

export const bookingTables = [
  defineTable({ name: 'resource', kind: 'entity', lookups: { kind: fieldLookup('kind') } }),
  defineTable({ name: 'service', kind: 'entity' }),
  defineTable({
    name: 'bookingSettings',
    kind: 'entity',
    lookups: { shop: shopRecordLookup },
  }),
  defineTable({ name: 'bookingException', kind: 'entity', lookups: { date: fieldLookup('date') } }),
  defineTable({
    name: 'busyBlock',
    kind: 'entity',
    lookups: {
      resource: {
        version: 1,
        values: (row) => [String(row.resourceId)],
        span: (row) => ({ start: Number(row.startsAt), end: Number(row.endsAt) }),
      },
    },
  }),
  defineTable({ name: 'calendarSubscription', kind: 'entity' }),
  defineTable({
    name: 'booking',
    kind: 'entity',
    lookups: {
      resource: bookingByResource,
      start: bookingByStart,
      code: fieldLookup('code'),
      customerId: fieldLookup('customerId'),
    },
    personal: bookingPersonalFields,
  }),
  defineTable({
    name: 'bookingEvent',
    kind: 'ledger',
    lookups: { bookingId: fieldLookup('bookingId') },
  }),
  defineTable({ name: 'waitlistEntry', kind: 'entity' }),
] as const;
