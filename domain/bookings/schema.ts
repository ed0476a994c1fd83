/**
 * Bookings (预约), as stored and synced. A shop books **resources** (tables, rooms, staff,
 * shared equipment) and, for appointment shops, **services** served by some of them. A
 * **booking** holds one or more resources over [startsAt, endsAt) plus the service's buffer, and
 * belongs to a customer record (customers part) when the guest gave a name or a phone: the person
 * lives there alone, so erasure reaches them. Times are UTC epoch ms; every opening hour, slot and
 * business day is read in the shop's zone (domain/time.ts). `days` lists the business dates a
 * booking touches, so the console reads one day's bookings from an index, a year in the store or not.
 * Each status step is a change of its own and an entry in the `bookingEvent` ledger.
 */
import { z } from 'zod';
import { idSchema } from '../ids';
import { localizedNameSchema, localizedTextSchema } from '../menu/schema';
import { fenSchema } from '../money';
import { storableTextSchema } from '../text';
import { calendarDateSchema, clockSchema } from '../time';
import { openingHoursSchema, openingPeriodSchema } from '../vendor/schema';

/** What a resource is: a table books by party size, a room by nights, staff and equipment by service. */
export const resourceKinds = ['table', 'room', 'staff', 'equipment'] as const;
export const resourceKindSchema = z.enum(resourceKinds);
export type ResourceKind = z.infer<typeof resourceKindSchema>;

export const resourceSchema = z
  .object({
    id: idSchema,
    kind: resourceKindSchema,
    /** 'A1', '包间 3', '王师傅': shown as the shop writes it, in either language. */
    name: storableTextSchema.trim().min(1).max(30),
    /** Where it is ('大厅', '包间', '二楼'); tables of one area combine for a large party. */
    area: storableTextSchema.trim().max(20),
    /** Seats (tables) or guests (rooms); 1 for staff and equipment. */
    minParty: z.number().int().min(1).max(200),
    maxParty: z.number().int().min(1).max(200),
    /** A table that may be pushed together with others of its area for a large party. */
    combinable: z.boolean(),
    /** Staff: the services they do (empty: none yet). */
    serviceIds: z.array(idSchema).max(200),
    /** Staff: their own working hours; null works the shop's opening hours. */
    workingHours: openingHoursSchema.nullable(),
    /** Order in the calendar's columns, lowest first. */
    sort: z.number().int().min(0).max(100_000),
    /** An archived resource takes no new bookings and leaves the calendar; its history stays. */
    archived: z.boolean(),
    createdAt: z.number().int(),
  })
  .refine((resource) => resource.minParty <= resource.maxParty, 'party_range');
export type Resource = z.infer<typeof resourceSchema>;

export const serviceSchema = z.object({
  id: idSchema,
  name: localizedNameSchema,
  durationMin: z
    .number()
    .int()
    .min(5)
    .max(24 * 60),
  priceFen: fenSchema,
  /** Minutes the resource stays busy after the service (cleaning, turning the chair). */
  bufferAfterMin: z.number().int().min(0).max(240),
  /** Which resources can serve it: staff who do it, or a room or machine it needs. */
  resourceIds: z.array(idSchema).max(200),
  /** Guests one sitting takes (a class of 12); 1 for a one-to-one service. */
  capacity: z.number().int().min(1).max(500),
  sort: z.number().int().min(0).max(100_000),
  archived: z.boolean(),
  createdAt: z.number().int(),
});
export type Service = z.infer<typeof serviceSchema>;

/**
 * A day that differs from the weekly opening hours: closed (a public holiday, a private event), or
 * open at special hours. Imported holidays carry their calendar's id so a re-import replaces them.
 */
export const bookingExceptionSchema = z
  .object({
    id: idSchema,
    date: calendarDateSchema,
    kind: z.enum(['closed', 'hours']),
    /** The special hours; empty when closed. */
    hours: z.array(openingPeriodSchema).max(4),
    label: storableTextSchema.trim().max(60),
    source: z.enum(['manual', 'ics']),
    /** The imported calendar (or subscription) it came from; null when typed in. */
    calendarId: idSchema.nullable(),
    createdAt: z.number().int(),
  })
  .refine((exception) => exception.kind === 'hours' || exception.hours.length === 0, 'hours');
export type BookingException = z.infer<typeof bookingExceptionSchema>;

/** Time a resource is not bookable although the shop is open: a stylist's dentist appointment. */
export const busyBlockSchema = z
  .object({
    id: idSchema,
    resourceId: idSchema,
    startsAt: z.number().int(),
    endsAt: z.number().int(),
    label: storableTextSchema.trim().max(100),
    source: z.enum(['manual', 'ics']),
    calendarId: idSchema.nullable(),
    createdAt: z.number().int(),
  })
  .refine((block) => block.endsAt > block.startsAt, 'range');
export type BusyBlock = z.infer<typeof busyBlockSchema>;

/**
 * A calendar the platform fetches again and again (https only, checked there): its events become
 * busy blocks on a resource or closed days. The platform keeps what it last fetched.
 */
export const calendarSubscriptionSchema = z.object({
  id: idSchema,
  url: z.url().max(2000),
  target: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('busy'), resourceId: idSchema }),
    z.object({ kind: z.literal('closedDays') }),
  ]),
  label: storableTextSchema.trim().max(60),
  active: z.boolean(),
  createdAt: z.number().int(),
});
export type CalendarSubscription = z.infer<typeof calendarSubscriptionSchema>;

export const bookingStatuses = [
  /** Asked for by a customer (or pending their deposit); holds its slot. */
  'requested',
  'confirmed',
  /** The party arrived and sits (到店/入座); a salon's client is in the chair. */
  'seated',
  'completed',
  'cancelled',
  'noShow',
] as const;
export const bookingStatusSchema = z.enum(bookingStatuses);
export type BookingStatus = z.infer<typeof bookingStatusSchema>;

/** Statuses that hold their resources: the others free them for someone else. */
export const HOLDING_STATUSES: readonly BookingStatus[] = ['requested', 'confirmed', 'seated'];

export const bookingSources = ['desk', 'walkIn', 'customer', 'waitlist'] as const;
export const bookingSourceSchema = z.enum(bookingSources);

/** Who cancelled, and why: the policy decides what happens to a deposit. */
export const cancelledBySchema = z.enum(['shop', 'customer', 'platform']);

export const depositStates = [
  /** The rules ask for none. */
  'none',
  /** Asked for, not yet paid (waiting for the customer, or to be taken at the desk). */
  'due',
  /** Paid through the platform's payment provider, waiting for its confirmation. */
  'pending',
  'paid',
  'refunded',
  /** Kept by the shop (a no-show, a late cancellation), as the policy says. */
  'kept',
] as const;
export const depositStateSchema = z.enum(depositStates);
export type DepositState = z.infer<typeof depositStateSchema>;

export const depositMethodSchema = z.enum(['platform', 'storedValue', 'inShop']);
export type DepositMethod = z.infer<typeof depositMethodSchema>;

export const depositSchema = z.object({
  amountFen: fenSchema,
  state: depositStateSchema,
  method: depositMethodSchema.nullable(),
  /** The deposit rule that asked for it (settings), for the policy shown. */
  ruleId: idSchema.nullable(),
  /** The platform's payment order, when paid through the platform. */
  paymentId: z.string().max(64).nullable(),
});
export type Deposit = z.infer<typeof depositSchema>;

export const NO_DEPOSIT: Deposit = {
  amountFen: 0,
  state: 'none',
  method: null,
  ruleId: null,
  paymentId: null,
};

/** Booking codes: 8 characters without look-alikes (0/O, 1/I/L), what a customer reads out. */
export const BOOKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const bookingCodeSchema = z.string().regex(/^[2-9A-HJKMNP-Z]{8}$/, 'booking_code');

/** The longest a booking may be: a stay of 30 nights. */
export const MAX_BOOKING_MS = 31 * 86_400_000;

export const bookingSchema = z
  .object({
    id: idSchema,
    /** What the guest quotes to look it up or cancel (with their phone). */
    code: bookingCodeSchema,
    /** The guest's customer record; null for a walk-in who gave neither name nor phone. */
    customerId: idSchema.nullable(),
    /** The tables, room(s) or staff it holds: several tables for a large party. */
    resourceIds: z.array(idSchema).min(1).max(12),
    /** The service booked (appointment shops); null for a table or a room. */
    serviceId: idSchema.nullable(),
    partySize: z.number().int().min(1).max(500),
    startsAt: z.number().int(),
    endsAt: z.number().int(),
    /** Minutes its resources stay busy after it ends (the service's buffer when booked). */
    bufferAfterMin: z.number().int().min(0).max(240),
    /** The business dates (shop's zone) it touches, for the day's index: bookingDays(). */
    days: z.array(calendarDateSchema).min(1).max(32),
    status: bookingStatusSchema,
    /** When the status last changed. */
    statusAt: z.number().int(),
    source: bookingSourceSchema,
    /** The guest's wishes (window seat, birthday cake); personal, erased with the customer. */
    note: storableTextSchema.trim().max(500),
    deposit: depositSchema,
    /** Set when cancelled: by whom and why. */
    cancelledBy: cancelledBySchema.nullable(),
    cancelReason: storableTextSchema.trim().max(200).nullable(),
    /** A requested booking waiting for its deposit holds its slot until then (epoch ms). */
    holdUntil: z.number().int().nullable(),
    createdAt: z.number().int(),
  })
  .refine((booking) => booking.endsAt > booking.startsAt, 'range')
  .refine((booking) => booking.endsAt - booking.startsAt <= MAX_BOOKING_MS, 'too_long');
export type Booking = z.infer<typeof bookingSchema>;

/** The fields of a booking its guest wrote: declared personal (masked, exported, erased). */
export const bookingPersonalFields = ['note'] as const;

/** One step of a booking's life, appended with the change that made it. */
export const bookingEventSchema = z.object({
  id: idSchema,
  bookingId: idSchema,
  /** Null for the step that created it. */
  from: bookingStatusSchema.nullable(),
  to: bookingStatusSchema,
  at: z.number().int(),
  /** 'desk' (the staff member is the change's actor), 'customer' or 'platform'. */
  by: z.enum(['desk', 'customer', 'platform']),
  reason: storableTextSchema.trim().max(200).nullable(),
  /** What happened to the deposit with this step, if anything. */
  deposit: depositStateSchema.nullable(),
});
export type BookingEvent = z.infer<typeof bookingEventSchema>;

/** Waitlist (排队取号): a queue per table type, numbered per business day. */
export const queueTypeSchema = z.object({
  /** 'A', 'B', 'C': the number's prefix (A012). */
  prefix: z.string().regex(/^[A-Z]$/, 'prefix'),
  name: localizedNameSchema,
  minParty: z.number().int().min(1).max(200),
  maxParty: z.number().int().min(1).max(200),
});
export type QueueType = z.infer<typeof queueTypeSchema>;

export const waitlistStatuses = ['waiting', 'called', 'seated', 'skipped', 'left'] as const;
export const waitlistStatusSchema = z.enum(waitlistStatuses);
export type WaitlistStatus = z.infer<typeof waitlistStatusSchema>;

export const waitlistEntrySchema = z.object({
  id: idSchema,
  businessDate: calendarDateSchema,
  /** The queue's prefix and the number in it: 'A' and 12 print as A012. */
  prefix: z.string().regex(/^[A-Z]$/, 'prefix'),
  number: z.number().int().min(1).max(9999),
  partySize: z.number().int().min(1).max(200),
  customerId: idSchema.nullable(),
  status: waitlistStatusSchema,
  createdAt: z.number().int(),
  statusAt: z.number().int(),
  /** The walk-in booking it became when seated. */
  bookingId: idSchema.nullable(),
});
export type WaitlistEntry = z.infer<typeof waitlistEntrySchema>;

/** How long a party of up to `maxParty` keeps a table (翻台时间). */
export const turnTimeSchema = z.object({
  maxParty: z.number().int().min(1).max(200),
  minutes: z
    .number()
    .int()
    .min(15)
    .max(12 * 60),
});

/**
 * A deposit the rules ask for: parties of `minParty` or more, on these weekdays, starting within
 * the daypart (or all day), for these services (or any). The first rule that matches applies.
 */
export const depositRuleSchema = z.object({
  id: idSchema,
  minParty: z.number().int().min(1).max(500),
  /** 1 (Monday) … 7 (Sunday); empty: every day. */
  weekdays: z.array(z.number().int().min(1).max(7)).max(7),
  /** Starting at or after `from` and before `to` (shop's clock); null: any time. */
  daypart: z.object({ from: clockSchema, to: clockSchema }).nullable(),
  /** Empty: any service (or a table booking). */
  serviceIds: z.array(idSchema).max(200),
  amountFen: fenSchema.min(1),
});
export type DepositRule = z.infer<typeof depositRuleSchema>;

/** The shop's booking settings: one record, its id the vendor's id. */
export const bookingSettingsSchema = z.object({
  id: idSchema,
  /** What the calendar's columns are by default: tables (a restaurant), staff (a salon), rooms. */
  mode: z.enum(['tables', 'services', 'rooms']),
  /** Slot size in minutes: bookings start on these steps. */
  slotMinutes: z.union([
    z.literal(5),
    z.literal(10),
    z.literal(15),
    z.literal(20),
    z.literal(30),
    z.literal(60),
  ]),
  /** At most this many bookings / covers starting in one slot; null: no limit. */
  pacing: z.object({
    maxBookings: z.number().int().min(1).max(1000).nullable(),
    maxCovers: z.number().int().min(1).max(10_000).nullable(),
  }),
  /** Customers may book no later than this many minutes before the start. */
  leadMinutes: z
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60),
  /** …and no further ahead than this many days. */
  maxDaysAhead: z.number().int().min(1).max(366),
  /** Table turn times by party size, smallest first; the last covers larger parties too. */
  turnTimes: z.array(turnTimeSchema).min(1).max(10),
  /** A customer's booking is confirmed at once; otherwise it waits as requested for the shop. */
  autoConfirm: z.boolean(),
  depositRules: z.array(depositRuleSchema).max(20),
  /** A cancellation at least this many hours before the start gets the deposit back. */
  refundBeforeHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 30),
  /** The policy as the guest and the shop read it before confirming. */
  policyText: localizedTextSchema,
  queueTypes: z.array(queueTypeSchema).max(6),
  reminders: z.object({
    /** List tomorrow's bookings not yet confirmed, to call. */
    callTomorrow: z.boolean(),
    /** Notify the desk when a customer's booking arrives by sync. */
    newBooking: z.boolean(),
    /** Notify this many minutes before a booking starts; null: off. */
    beforeStartMin: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .nullable(),
  }),
  /** Messages the platform sends the guest (through its SMS provider). */
  messages: z.object({
    confirmation: z.boolean(),
    /** A reminder this many minutes before; null: none. */
    reminderBeforeMin: z
      .number()
      .int()
      .min(10)
      .max(7 * 24 * 60)
      .nullable(),
    cancellation: z.boolean(),
  }),
  /** Whether the storefront offers booking at all. */
  online: z.boolean(),
  updatedAt: z.number().int(),
});
export type BookingSettings = z.infer<typeof bookingSettingsSchema>;
