/**
 * Changes to bookings and what they book. Every id, time, code and business date is worked out
 * by whoever makes the change (a desk, or the platform for a customer) and carried in the
 * arguments, so each mutation's row operations are pure. A status step is one change: the
 * booking's new status and an entry in the `bookingEvent` ledger, with what happened to the
 * deposit. The platform judges each against what it holds (rules/): a table taken, pacing, and
 * whether the step is still allowed from the status it has now.
 */
import { z } from 'zod';
import { newCustomerSchema } from '../customers/mutations';
import { storedValueEntrySchema } from '../customers/schema';
import { idSchema } from '../ids';
import { defineMutation } from '../mutations/define';
import type { RowOp } from '../mutations/row-ops';
import { storableTextSchema } from '../text';
import { calendarDateSchema } from '../time';
import {
  bookingEventSchema,
  bookingExceptionSchema,
  bookingSchema,
  bookingSettingsSchema,
  bookingStatusSchema,
  busyBlockSchema,
  calendarSubscriptionSchema,
  cancelledBySchema,
  depositSchema,
  resourceSchema,
  serviceSchema,
  waitlistEntrySchema,
  waitlistStatusSchema,
} from './schema';

export const putResource = defineMutation({
  name: 'resource.put',
  version: 1,
  args: z.object({ resource: resourceSchema }),
  ops: ({ resource }) => [{ op: 'put', table: 'resource', row: resource }],
});

export const putService = defineMutation({
  name: 'service.put',
  version: 1,
  args: z.object({ service: serviceSchema }),
  ops: ({ service }) => [{ op: 'put', table: 'service', row: service }],
});

export const putBookingSettings = defineMutation({
  name: 'bookingSettings.put',
  version: 1,
  args: z.object({ settings: bookingSettingsSchema }),
  ops: ({ settings }) => [{ op: 'put', table: 'bookingSettings', row: settings }],
});

export const putBookingException = defineMutation({
  name: 'bookingException.put',
  version: 1,
  args: z.object({ exception: bookingExceptionSchema }),
  ops: ({ exception }) => [{ op: 'put', table: 'bookingException', row: exception }],
});

export const deleteBookingException = defineMutation({
  name: 'bookingException.delete',
  version: 1,
  args: z.object({ id: idSchema }),
  ops: ({ id }) => [{ op: 'delete', table: 'bookingException', id }],
});

export const putBusyBlock = defineMutation({
  name: 'busyBlock.put',
  version: 1,
  args: z.object({ block: busyBlockSchema }),
  ops: ({ block }) => [{ op: 'put', table: 'busyBlock', row: block }],
});

export const deleteBusyBlock = defineMutation({
  name: 'busyBlock.delete',
  version: 1,
  args: z.object({ id: idSchema }),
  ops: ({ id }) => [{ op: 'delete', table: 'busyBlock', id }],
});

/**
 * An imported calendar file (or a subscription's latest fetch) as one change: its events become
 * closed days or busy blocks, and what an earlier import of the same calendar wrote and this one
 * no longer has (`removeExceptionIds`, `removeBlockIds`) goes, so importing again replaces.
 */
export const importCalendar = defineMutation({
  name: 'bookingCalendar.import',
  version: 1,
  args: z.object({
    calendarId: idSchema,
    exceptions: z.array(bookingExceptionSchema).max(2000),
    busyBlocks: z.array(busyBlockSchema).max(5000),
    removeExceptionIds: z.array(idSchema).max(2000),
    removeBlockIds: z.array(idSchema).max(5000),
  }),
  ops: (args) => [
    ...args.removeExceptionIds.map((id): RowOp => ({
      op: 'delete',
      table: 'bookingException',
      id,
    })),
    ...args.removeBlockIds.map((id): RowOp => ({ op: 'delete', table: 'busyBlock', id })),
    ...args.exceptions.map((row): RowOp => ({ op: 'put', table: 'bookingException', row })),
    ...args.busyBlocks.map((row): RowOp => ({ op: 'put', table: 'busyBlock', row })),
  ],
});

export const putCalendarSubscription = defineMutation({
  name: 'calendarSubscription.put',
  version: 1,
  args: z.object({ subscription: calendarSubscriptionSchema }),
  ops: ({ subscription }) => [{ op: 'put', table: 'calendarSubscription', row: subscription }],
});

/**
 * A new booking, by the desk, a walk-in (status 'seated' at once), a party seated from the
 * waitlist (`waitlistId`), or a customer through the platform. A guest not yet known becomes a
 * customer record in the same change (`newCustomer`), so their name and phone live in one place.
 * A deposit paid from stored value at once carries its spend entry.
 */
export const createBooking = defineMutation({
  name: 'booking.create',
  version: 1,
  args: z
    .object({
      booking: bookingSchema,
      event: bookingEventSchema,
      newCustomer: newCustomerSchema.nullable(),
      waitlistId: idSchema.nullable(),
      storedValueEntry: storedValueEntrySchema.nullable(),
    })
    .refine(
      ({ booking, event }) =>
        event.bookingId === booking.id && event.from === null && event.to === booking.status,
      'event',
    )
    .refine(
      ({ booking, newCustomer }) => !newCustomer || newCustomer.customer.id === booking.customerId,
      'customer',
    ),
  ops: ({ booking, event, newCustomer, waitlistId, storedValueEntry }) => [
    ...(newCustomer
      ? [
          { op: 'put' as const, table: 'customer' as const, row: newCustomer.customer },
          { op: 'put' as const, table: 'customerPersonal' as const, row: newCustomer.personal },
        ]
      : []),
    { op: 'put', table: 'booking', row: booking },
    { op: 'append', table: 'bookingEvent', row: event },
    ...(storedValueEntry
      ? [{ op: 'append' as const, table: 'storedValueEntry' as const, row: storedValueEntry }]
      : []),
    ...(waitlistId
      ? [
          {
            op: 'patch' as const,
            table: 'waitlistEntry' as const,
            id: waitlistId,
            fields: { status: 'seated', statusAt: event.at, bookingId: booking.id },
          },
        ]
      : []),
  ],
});

/**
 * Moves a booking (drag, keyboard), changes its length (resize), its tables or staff, or its
 * party size: the platform checks the new time and resources again.
 */
export const rescheduleBooking = defineMutation({
  name: 'booking.reschedule',
  version: 1,
  args: z
    .object({
      id: idSchema,
      startsAt: z.number().int(),
      endsAt: z.number().int(),
      resourceIds: z.array(idSchema).min(1).max(12),
      partySize: z.number().int().min(1).max(500),
      days: z.array(calendarDateSchema).min(1).max(32),
    })
    .refine(({ startsAt, endsAt }) => endsAt > startsAt, 'range'),
  ops: ({ id, ...fields }) => [{ op: 'patch', table: 'booking', id, fields }],
});

/** The guest's note, or whose booking it is (a walk-in named later). */
export const updateBooking = defineMutation({
  name: 'booking.update',
  version: 1,
  args: z.object({
    id: idSchema,
    fields: z
      .object({
        note: storableTextSchema.trim().max(500),
        customerId: idSchema.nullable(),
      })
      .partial(),
    newCustomer: newCustomerSchema.nullable(),
  }),
  ops: ({ id, fields, newCustomer }) => [
    ...(newCustomer
      ? [
          { op: 'put' as const, table: 'customer' as const, row: newCustomer.customer },
          { op: 'put' as const, table: 'customerPersonal' as const, row: newCustomer.personal },
        ]
      : []),
    { op: 'patch', table: 'booking', id, fields },
  ],
});

/**
 * One step of a booking's life: confirm, seat (check in), complete, cancel (with who and why),
 * no-show. `deposit` is what the step does to the deposit (refunded on a cancellation within the
 * policy, kept on a no-show), worked out by lifecycle.ts; a stored-value deposit's refund carries
 * its entry. The platform judges the step against the status it holds (booking.transition), so
 * of a customer's cancellation and the desk's check-in made at once only the first stands, and
 * the deposit follows it.
 */
export const transitionBooking = defineMutation({
  name: 'booking.transition',
  version: 1,
  args: z
    .object({
      id: idSchema,
      /** The status the maker saw (the event's `from`); the platform judges by its own. */
      from: bookingStatusSchema,
      to: bookingStatusSchema,
      at: z.number().int(),
      event: bookingEventSchema,
      cancelledBy: cancelledBySchema.nullable(),
      reason: storableTextSchema.trim().max(200).nullable(),
      deposit: depositSchema.nullable(),
      storedValueEntry: storedValueEntrySchema.nullable(),
    })
    .refine(
      ({ id, from, to, at, event }) =>
        event.bookingId === id && event.from === from && event.to === to && event.at === at,
      'event',
    )
    .refine(
      ({ to, cancelledBy }) => (to === 'cancelled') === (cancelledBy !== null),
      'cancelled_by',
    ),
  ops: ({ id, to, at, event, cancelledBy, reason, deposit, storedValueEntry }) => [
    {
      op: 'patch',
      table: 'booking',
      id,
      fields: {
        status: to,
        statusAt: at,
        ...(to === 'cancelled' ? { cancelledBy, cancelReason: reason } : {}),
        ...(deposit ? { deposit } : {}),
        // A booking that is no longer waiting holds nothing until a deadline.
        holdUntil: null,
      },
    },
    { op: 'append', table: 'bookingEvent', row: event },
    ...(storedValueEntry
      ? [{ op: 'append' as const, table: 'storedValueEntry' as const, row: storedValueEntry }]
      : []),
  ],
});

/**
 * A deposit paid or recorded outside a status step: taken at the desk (in the shop, or from
 * stored value with its spend entry), or reported by the platform's payment provider.
 */
export const recordBookingDeposit = defineMutation({
  name: 'booking.recordDeposit',
  version: 1,
  args: z.object({
    id: idSchema,
    deposit: depositSchema,
    storedValueEntry: storedValueEntrySchema.nullable(),
  }),
  ops: ({ id, deposit, storedValueEntry }) => [
    { op: 'patch', table: 'booking', id, fields: { deposit } },
    ...(storedValueEntry
      ? [{ op: 'append' as const, table: 'storedValueEntry' as const, row: storedValueEntry }]
      : []),
  ],
});

export const joinWaitlist = defineMutation({
  name: 'waitlist.join',
  version: 1,
  args: z.object({ entry: waitlistEntrySchema, newCustomer: newCustomerSchema.nullable() }),
  ops: ({ entry, newCustomer }) => [
    ...(newCustomer
      ? [
          { op: 'put' as const, table: 'customer' as const, row: newCustomer.customer },
          { op: 'put' as const, table: 'customerPersonal' as const, row: newCustomer.personal },
        ]
      : []),
    { op: 'put', table: 'waitlistEntry', row: entry },
  ],
});

/** Call the next number, skip one who is not there, or mark one who left (seating is booking.create). */
export const setWaitlistStatus = defineMutation({
  name: 'waitlist.setStatus',
  version: 1,
  args: z.object({
    id: idSchema,
    status: waitlistStatusSchema.exclude(['seated']),
    at: z.number().int(),
  }),
  ops: ({ id, status, at }) => [
    { op: 'patch', table: 'waitlistEntry', id, fields: { status, statusAt: at } },
  ],
});

export const bookingMutations = [
  putResource,
  putService,
  putBookingSettings,
  putBookingException,
  deleteBookingException,
  putBusyBlock,
  deleteBusyBlock,
  importCalendar,
  putCalendarSubscription,
  createBooking,
  rescheduleBooking,
  updateBooking,
  transitionBooking,
  recordBookingDeposit,
  joinWaitlist,
  setWaitlistStatus,
] as const;
