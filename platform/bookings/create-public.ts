/**
 * A customer's booking through the public endpoint: the phone a verification token vouches for,
 * the shop's lead time and days ahead, a free resource for the time, the deposit the rules ask
 * for (then the booking waits as 'requested' holding its slot until `holdUntil`, and a payment
 * is opened through the provider), the customer found by that verified phone among the shop's
 * records (the customerPersonal `phone` lookup) or created with the booking, and the change
 * originated, so it reaches every desk by pull and poke and the platform's rules judge it like a
 * desk's, inside the same vendor-serialised push: a table a desk took meanwhile
 * (booking.resourceTaken) or a slot filled meanwhile (booking.overPacing) turns it down with a
 * 409, so a guest's booking and a desk's for one table never both stand.
 *
 * The time must be one of the slots the shared availability function (domain/bookings/
 * availability.ts, the one the desks use) offers a customer that day; its first resource set is
 * taken. The deposit is `depositFor`'s (domain/bookings/deposits.ts).
 */
import { newBookingArgs } from '../../domain/bookings/build';
import { createBooking } from '../../domain/bookings/mutations';
import type {
  Booking,
  BookingException,
  BookingSettings,
  BusyBlock,
  Deposit,
  Resource,
  Service,
} from '../../domain/bookings/schema';
import type { Customer, CustomerPersonal } from '../../domain/customers/schema';
import { newId } from '../../domain/ids';
import { addCalendarDays, businessDate, businessDayRange, parseClock } from '../../domain/time';
import { dayAvailability, type BookingContext } from '../../domain/bookings/availability';
import { depositFor } from '../../domain/bookings/deposits';
import type { VendorProfile } from '../../domain/vendor/schema';
import type { Database } from '../db/database';
import { HttpError } from '../http/errors';
import type { PaymentOrders } from '../payments/orders';
import { originate } from '../sync/originate';
import type { SyncRules } from '../sync/rules';
import { verifiedPhone } from './phone-codes';

export const HOLD_MINUTES = 10;
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

export interface PublicBookingRequest {
  name: string;
  phone: string;
  verificationToken: string;
  partySize?: number;
  serviceId?: string;
  staffId?: string;
  startsAt: number;
  note: string;
}

export interface PublicShop {
  vendorId: string;
  profile: VendorProfile;
  settings: BookingSettings;
}

async function live<T>(
  db: Database,
  vendorId: string,
  table: string,
  ids?: string[],
): Promise<T[]> {
  const rows = await db.query<{ data: T }>(
    `select data from entities where vendor_id = $1 and tbl = $2 and not deleted
       and ($3::text[] is null or id = any($3::text[])) order by id`,
    [vendorId, table, ids ?? null],
  );
  return rows.map((row) => row.data);
}

async function byLookup<T>(
  db: Database,
  vendorId: string,
  table: string,
  lookup: string,
  values: string[],
): Promise<T[]> {
  const rows = await db.query<{ data: T }>(
    `select distinct r.id, r.data from row_lookups l join entities r
       on r.vendor_id = l.vendor_id and r.tbl = l.tbl and r.id = l.id
     where l.vendor_id = $1 and l.tbl = $2 and l.lookup = $3 and l.value = any($4::text[])
       and not r.deleted order by r.id`,
    [vendorId, table, lookup, values],
  );
  return rows.map((row) => row.data);
}

/**
 * What the shared availability function needs for one business day, read through lookups: the
 * shop's resources and services (its set-up), the exceptions of the day and its neighbours (by
 * date), and the holding bookings and busy blocks whose held spans overlap the day and a day
 * either side (the resource lookup's spans), never a scan of the year.
 */
export async function bookingContext(
  db: Database,
  shop: PublicShop,
  date: string,
): Promise<BookingContext> {
  const { vendorId, profile, settings } = shop;
  const cutoff = parseClock(profile.businessDayCutoff) ?? 0;
  const { startMs, endMs } = businessDayRange(date, profile.timeZone, cutoff);
  const [resources, services] = await Promise.all([
    live<Resource>(db, vendorId, 'resource'),
    live<Service>(db, vendorId, 'service'),
  ]);
  const dates = [addCalendarDays(date, -1), date, addCalendarDays(date, 1)];
  const exceptions = await byLookup<BookingException>(
    db,
    vendorId,
    'bookingException',
    'date',
    dates,
  );
  const spanned = async <T>(table: string) => {
    const rows = await db.query<{ data: T }>(
      `select distinct r.id, r.data from row_lookups l join entities r
         on r.vendor_id = l.vendor_id and r.tbl = l.tbl and r.id = l.id
       where l.vendor_id = $1 and l.tbl = $2 and l.lookup = 'resource' and l.value = any($3::text[])
         and l.span_start < $4 and l.span_end > $5 and not r.deleted order by r.id`,
      [vendorId, table, resources.map((r) => r.id), endMs + DAY_MS, startMs - DAY_MS],
    );
    return rows.map((row) => row.data);
  };
  return {
    profile,
    settings,
    resources,
    services,
    exceptions,
    bookings: await spanned<Booking>('booking'),
    busyBlocks: await spanned<BusyBlock>('busyBlock'),
  };
}

function guestRecord(id: string, name: string, phone: string, now: number) {
  return {
    customer: {
      id,
      source: 'miniProgram' as const,
      createdAt: now,
      consent: null,
      mergedInto: null,
      erasedAt: null,
    },
    personal: { id, name, phone, gender: null, birthday: null, tags: [], note: '' },
  };
}

const conflictCodes: Record<string, string> = {
  'booking.resourceTaken': 'slot_taken',
  'booking.overPacing': 'slot_full',
};

export async function createPublicBooking(
  db: Database,
  rules: SyncRules,
  payments: PaymentOrders,
  shop: PublicShop,
  request: PublicBookingRequest,
  now: number,
): Promise<{ booking: Booking; payUrl: string | null }> {
  const { vendorId, settings, profile } = shop;
  const phone = await verifiedPhone(db, vendorId, request.verificationToken, now);
  if (phone === null || phone !== request.phone) {
    throw new HttpError(403, 'phone_not_verified', 'verify this phone with a code first');
  }
  if (request.startsAt < now + settings.leadMinutes * MINUTE_MS) {
    throw new HttpError(409, 'too_late', 'that time is too soon to book');
  }
  if (request.startsAt > now + settings.maxDaysAhead * 86_400_000) {
    throw new HttpError(409, 'too_far_ahead', 'that time is too far ahead to book');
  }
  let service: Service | null = null;
  if (request.serviceId) {
    [service = null] = await live<Service>(db, vendorId, 'service', [request.serviceId]);
    if (!service || service.archived) throw new HttpError(404, 'not_found', 'no such service');
  }
  const partySize = request.partySize ?? 1;
  const bufferAfterMin = service?.bufferAfterMin ?? 0;
  const date = businessDate(
    request.startsAt,
    profile.timeZone,
    parseClock(profile.businessDayCutoff) ?? 0,
  );
  const day = dayAvailability({
    date,
    ctx: await bookingContext(db, shop, date),
    request: service
      ? { kind: 'service', serviceId: service.id, resourceId: request.staffId ?? null, partySize }
      : { kind: 'party', partySize },
    now,
    audience: 'customer',
  });
  const slot = day.slots.find((each) => each.startsAt === request.startsAt);
  const resourceIds = slot?.resourceSets[0];
  if (!slot || !resourceIds)
    throw new HttpError(409, 'slot_unavailable', 'nothing is free at that time');
  const endsAt = slot.endsAt;

  // The customer: the shop's record with this verified phone (the profile it was merged into), or a new one.
  const people = await byLookup<CustomerPersonal>(db, vendorId, 'customerPersonal', 'phone', [
    phone,
  ]);
  let customerId: string | null = null;
  for (const person of people) {
    const [customer] = await live<Customer>(db, vendorId, 'customer', [person.id]);
    if (customer && customer.erasedAt === null) {
      customerId = customer.mergedInto ?? customer.id;
      break;
    }
  }
  const id = newId();
  const rule = depositFor(
    settings,
    { partySize, startsAt: request.startsAt, serviceId: service?.id ?? null },
    profile.timeZone,
  );
  let deposit: Deposit | undefined;
  let holdUntil: number | null = null;
  let payUrl: string | null = null;
  if (rule) {
    holdUntil = now + HOLD_MINUTES * MINUTE_MS;
    const opened = await payments.create(
      {
        orderId: `booking:${id}`,
        amountFen: rule.amountFen,
        vendorId,
        description: `${profile.name} deposit`,
        expiresAt: holdUntil,
      },
      now,
    );
    payUrl = opened.payUrl;
    deposit = {
      amountFen: rule.amountFen,
      state: 'pending',
      method: 'platform',
      ruleId: rule.ruleId,
      paymentId: opened.payment.id,
    };
  }
  const args = newBookingArgs(
    {
      id,
      startsAt: request.startsAt,
      endsAt,
      resourceIds,
      partySize,
      serviceId: service?.id ?? null,
      bufferAfterMin,
      customerId,
      newCustomer: customerId ? null : guestRecord(newId(), request.name, phone, now),
      status: rule || !settings.autoConfirm ? 'requested' : 'confirmed',
      source: 'customer',
      by: 'customer',
      at: now,
      note: request.note,
      deposit,
      holdUntil,
    },
    profile,
  );
  // The guest hears the verdict now (a 409): the shop has nothing to fix on Needs attention.
  const change = { name: createBooking.name, args, listRejection: false };
  const result = await originate(db, rules, vendorId, change, now);
  if (result.status === 'rejected') {
    if (deposit?.paymentId) await payments.expire(deposit.paymentId, now);
    const rejected = result as { rule?: string; message?: string };
    throw new HttpError(
      409,
      conflictCodes[rejected.rule ?? ''] ?? 'booking_rejected',
      rejected.message ?? 'the shop cannot take this booking',
    );
  }
  return { booking: args.booking, payUrl };
}
