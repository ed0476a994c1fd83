import { describe, expect, it } from 'vitest';
import { zonedTimeToEpoch } from '../time';
import type { OpeningHours } from '../vendor/schema';
import {
  dayAvailability,
  durationFor,
  nextFreeStart,
  openPeriods,
  type AvailabilityRequest,
  type BookingContext,
} from './availability';
import { bookingConflicts } from './conflicts';
import { defaultBookingSettings } from './days';
import { depositFor } from './deposits';
import { canTransition, depositAfter, nextStatuses } from './lifecycle';
import { sampleBooking, sampleResource, sampleService } from '../test-support/bookings';
import { NO_DEPOSIT, type Booking, type Resource, type Service } from './schema';

const VENDOR = '0193a000-0000-7000-8000-0000000000ff';
const id = (n: number) => `0193a000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const MIN = 60_000;

function hours(open: string, close: string): OpeningHours {
  const day = [{ open, close }];
  return { 1: day, 2: day, 3: day, 4: day, 5: day, 6: day, 7: day };
}

function table(n: number, min: number, max: number, extra: Partial<Resource> = {}): Resource {
  return sampleResource({
    id: id(n),
    name: `A${n}`,
    area: '大厅',
    minParty: min,
    maxParty: max,
    sort: n,
    ...extra,
  });
}

function booking(
  n: number,
  resourceIds: string[],
  startsAt: number,
  minutes: number,
  extra: Partial<Booking> = {},
): Booking {
  return sampleBooking({
    id: id(1000 + n),
    resourceIds,
    startsAt,
    endsAt: startsAt + minutes * MIN,
    ...extra,
  });
}

function context(timeZone: string, extra: Partial<BookingContext> = {}): BookingContext {
  return {
    profile: { timeZone, businessDayCutoff: '04:00', openingHours: hours('11:00', '22:00') },
    settings: { ...defaultBookingSettings(VENDOR, 'restaurant', 0), slotMinutes: 30 },
    resources: [table(1, 1, 2), table(2, 1, 4), table(3, 3, 6)],
    services: [],
    exceptions: [],
    bookings: [],
    busyBlocks: [],
    ...extra,
  };
}

const sh = (day: number, hour: number, minute = 0) =>
  zonedTimeToEpoch({ year: 2026, month: 12, day, hour, minute }, 'Asia/Shanghai');
const berlin = (month: number, day: number, hour: number, minute = 0) =>
  zonedTimeToEpoch({ year: 2026, month, day, hour, minute }, 'Europe/Berlin');
const partyOf = (partySize: number) => ({ kind: 'party', partySize }) as const;

/** What the desk sees of a day (no lead time, no days-ahead limit): a party of two unless told. */
const deskDay = (
  ctx: BookingContext,
  request: AvailabilityRequest = partyOf(2),
  date = '2026-12-05',
) => dayAvailability({ date, ctx, request, now: 0, audience: 'desk' });

describe('open periods', () => {
  it('reads the shop’s hours in its zone, past midnight and before the cut-off', () => {
    const ctx = context('Asia/Shanghai', {
      profile: {
        timeZone: 'Asia/Shanghai',
        businessDayCutoff: '04:00',
        openingHours: { ...hours('11:00', '14:00'), 5: [{ open: '18:00', close: '02:00' }] },
      },
    });
    expect(openPeriods('2026-12-05', ctx)).toEqual([{ start: sh(5, 11), end: sh(5, 14) }]);
    // 2026-12-04 is a Friday: 18:00 to 02:00 the next morning.
    expect(openPeriods('2026-12-04', ctx)).toEqual([{ start: sh(4, 18), end: sh(5, 2) }]);
    const late = { ...ctx, profile: { ...ctx.profile, openingHours: hours('00:30', '03:00') } };
    expect(openPeriods('2026-12-04', late)).toEqual([{ start: sh(5, 0, 30), end: sh(5, 3) }]);
  });

  it('takes a closed day and special hours from the exceptions, and narrows to staff hours', () => {
    const base = context('Asia/Shanghai');
    const ctx = {
      ...base,
      exceptions: [
        {
          id: id(90),
          date: '2026-12-05',
          kind: 'closed' as const,
          hours: [],
          label: '',
          source: 'manual' as const,
          calendarId: null,
          createdAt: 0,
        },
        {
          id: id(91),
          date: '2026-12-06',
          kind: 'hours' as const,
          hours: [{ open: '12:00', close: '15:00' }],
          label: '',
          source: 'manual' as const,
          calendarId: null,
          createdAt: 0,
        },
      ],
    };
    expect(openPeriods('2026-12-05', ctx)).toEqual([]);
    expect(openPeriods('2026-12-06', ctx)).toEqual([{ start: sh(6, 12), end: sh(6, 15) }]);
    expect(openPeriods('2026-12-07', ctx, { workingHours: hours('08:00', '13:00') })).toEqual([
      { start: sh(7, 11), end: sh(7, 13) },
    ]);
    expect(deskDay(ctx).closed).toBe(true);
  });

  it('keeps the wall clock across a daylight-saving change (Europe/Berlin)', () => {
    const ctx = context('Europe/Berlin', {
      profile: {
        timeZone: 'Europe/Berlin',
        businessDayCutoff: '05:00',
        openingHours: hours('20:00', '04:00'),
      },
    });
    // 2026-10-25 03:00 CEST becomes 02:00 CET: the night of the 24th is nine hours long.
    const [night] = openPeriods('2026-10-24', ctx);
    expect(night).toEqual({ start: berlin(10, 24, 20), end: berlin(10, 25, 4) });
    expect((night!.end - night!.start) / 3_600_000).toBe(9);
  });
});

describe('day availability', () => {
  it('offers each slot with the tables that seat the party, best fit first', () => {
    const ctx = context('Asia/Shanghai');
    const day = deskDay(ctx);
    expect(day.slots[0]).toEqual({
      startsAt: sh(5, 11),
      endsAt: sh(5, 12, 30),
      resourceSets: [[id(1)], [id(2)]],
    });
    // The 90-minute turn must end by 22:00: the last start is 20:30.
    expect(day.slots.at(-1)!.startsAt).toBe(sh(5, 20, 30));
  });

  it('leaves out a held table, a busy block, and pacing that is full', () => {
    const ctx = context('Asia/Shanghai', {
      bookings: [booking(1, [id(1)], sh(5, 12), 90)],
      busyBlocks: [
        {
          id: id(80),
          resourceId: id(2),
          startsAt: sh(5, 12),
          endsAt: sh(5, 13),
          label: '',
          source: 'manual',
          calendarId: null,
          createdAt: 0,
        },
      ],
    });
    const day = deskDay(ctx);
    expect(day.slots.find((slot) => slot.startsAt === sh(5, 12))).toBeUndefined();
    expect(day.slots.find((slot) => slot.startsAt === sh(5, 13))?.resourceSets).toEqual([[id(2)]]);
    const paced = {
      ...ctx,
      settings: { ...ctx.settings, pacing: { maxBookings: 1, maxCovers: null } },
    };
    expect(deskDay(paced).slots.some((slot) => slot.startsAt === sh(5, 12))).toBe(false);
  });

  it('keeps lead time and days ahead for customers only', () => {
    const ctx = context('Asia/Shanghai');
    const request = { kind: 'party' as const, partySize: 2 };
    const now = sh(5, 15, 10);
    const customer = dayAvailability({
      date: '2026-12-05',
      ctx,
      request,
      now,
      audience: 'customer',
    });
    expect(customer.slots[0]!.startsAt).toBe(sh(5, 16));
    const desk = dayAvailability({ date: '2026-12-05', ctx, request, now, audience: 'desk' });
    expect(desk.slots[0]!.startsAt).toBe(sh(5, 11));
    const far = dayAvailability({ date: '2027-03-05', ctx, request, now, audience: 'customer' });
    expect(far.slots).toEqual([]);
  });

  it('pushes combinable tables of one area together for a large party', () => {
    const ctx = context('Asia/Shanghai', {
      resources: [
        table(1, 1, 4, { combinable: true }),
        table(2, 1, 4, { combinable: true }),
        table(3, 1, 4, { combinable: true, area: '包间' }),
        table(4, 1, 2, { combinable: true }),
      ],
    });
    const day = deskDay(ctx, partyOf(6));
    expect(day.slots[0]!.resourceSets).toEqual([
      [id(1), id(4)],
      [id(2), id(4)],
      [id(1), id(2)],
    ]);
  });

  it('finds anyone free for a service, and lets a class share its room up to capacity', () => {
    const staff = (n: number): Resource => ({
      ...table(n, 1, 1),
      kind: 'staff',
      serviceIds: [id(50)],
      workingHours: n === 11 ? hours('14:00', '22:00') : null,
    });
    const cut = sampleService({ id: id(50) });
    const yoga: Service = {
      ...cut,
      id: id(51),
      durationMin: 60,
      bufferAfterMin: 0,
      capacity: 3,
      resourceIds: [id(12)],
    };
    const room: Resource = { ...table(12, 1, 20), kind: 'room' };
    const ctx = context('Asia/Shanghai', {
      resources: [staff(10), staff(11), room],
      services: [cut, yoga],
      bookings: [
        booking(1, [id(10)], sh(5, 11), 45, { serviceId: id(50), bufferAfterMin: 15 }),
        booking(2, [id(12)], sh(5, 11), 60, { serviceId: id(51), partySize: 2 }),
      ],
    });
    const cuts = deskDay(ctx, { kind: 'service', serviceId: id(50), resourceId: null });
    // 王 is busy 11:00–12:00 (with the buffer); 李 works from 14:00.
    expect(cuts.slots[0]!.startsAt).toBe(sh(5, 12));
    expect(cuts.slots.find((slot) => slot.startsAt === sh(5, 14))!.resourceSets).toEqual([
      [id(10)],
      [id(11)],
    ]);
    expect(
      durationFor(
        ctx.settings,
        { kind: 'service', serviceId: id(50), resourceId: null },
        ctx.services,
      ),
    ).toBe(45);
    const join = (partySize: number) =>
      deskDay(ctx, { kind: 'service', serviceId: id(51), resourceId: null, partySize }).slots[0]!
        .startsAt;
    expect(join(1)).toBe(sh(5, 11));
    expect(join(2)).toBe(sh(5, 12));
  });

  it('books across the autumn change in Berlin on the wall clock', () => {
    const ctx = context('Europe/Berlin', {
      profile: {
        timeZone: 'Europe/Berlin',
        businessDayCutoff: '05:00',
        openingHours: hours('20:00', '04:00'),
      },
      bookings: [booking(1, [id(1)], berlin(10, 25, 1), 90)],
    });
    const day = deskDay(ctx, partyOf(2), '2026-10-24');
    const starts = day.slots.map((slot) => slot.startsAt);
    // Every start is 30 real minutes after the one before, the repeated hour included.
    expect(starts.every((start, i) => i === 0 || start - starts[i - 1]! === 30 * MIN)).toBe(true);
    expect(starts.at(-1)).toBe(berlin(10, 25, 4) - 90 * MIN);
    const taken = day.slots.find((slot) => slot.startsAt === berlin(10, 25, 1))!;
    expect(taken.resourceSets).toEqual([[id(2)]]);
  });
});

describe('next free start and conflicts', () => {
  it('finds the next slot on the same table, or on any', () => {
    const ctx = context('Asia/Shanghai', {
      bookings: [booking(1, [id(1)], sh(5, 18), 90), booking(2, [id(2)], sh(5, 18), 90)],
    });
    const sameTable = {
      ctx,
      request: partyOf(2),
      after: sh(5, 18),
      now: 0,
      audience: 'desk' as const,
      resourceIds: [id(1)],
    };
    expect(nextFreeStart(sameTable)).toEqual({
      startsAt: sh(5, 19, 30),
      endsAt: sh(5, 21),
      resourceSets: [[id(1)]],
    });
    expect(nextFreeStart({ ...sameTable, exceptBookingId: id(1001) })!.startsAt).toBe(sh(5, 18));
  });

  it('names what a dragged booking collides with', () => {
    const ctx = context('Asia/Shanghai', {
      settings: { ...context('Asia/Shanghai').settings, pacing: { maxBookings: 1, maxCovers: 4 } },
      bookings: [booking(1, [id(1)], sh(5, 18), 90)],
    });
    expect(
      bookingConflicts(
        {
          startsAt: sh(5, 18, 10),
          endsAt: sh(5, 19),
          bufferAfterMin: 0,
          resourceIds: [id(1)],
          partySize: 3,
        },
        ctx,
      ),
    ).toEqual([
      { kind: 'resourceTaken', resourceId: id(1), bookingId: id(1001) },
      { kind: 'overPacing', limit: 'bookings', max: 1, count: 2 },
      { kind: 'overPacing', limit: 'covers', max: 4, count: 5 },
      { kind: 'tooLarge', resourceId: id(1) },
    ]);
    expect(
      bookingConflicts(
        {
          id: id(1001),
          startsAt: sh(5, 21),
          endsAt: sh(5, 22, 30),
          bufferAfterMin: 0,
          resourceIds: [id(3)],
          partySize: 2,
        },
        ctx,
      ),
    ).toEqual([{ kind: 'outsideHours' }, { kind: 'tooSmall', resourceId: id(3) }]);
  });
});

describe('deposits and the lifecycle', () => {
  const settings = {
    ...defaultBookingSettings(VENDOR, 'restaurant', 0),
    depositRules: [
      { id: id(60), minParty: 8, weekdays: [], daypart: null, serviceIds: [], amountFen: 20000 },
      {
        id: id(61),
        minParty: 4,
        weekdays: [5, 6],
        daypart: { from: '17:00', to: '02:00' },
        serviceIds: [],
        amountFen: 10000,
      },
    ],
  };
  it('asks by the first matching rule, on the shop’s weekday and clock', () => {
    expect(
      depositFor(
        settings,
        { partySize: 10, startsAt: sh(7, 12), serviceId: null },
        'Asia/Shanghai',
      ),
    ).toEqual({ ruleId: id(60), amountFen: 20000 });
    // Saturday 2026-12-05 at 01:00 in Shanghai (Friday 17:00 UTC).
    expect(
      depositFor(settings, { partySize: 4, startsAt: sh(5, 1), serviceId: null }, 'Asia/Shanghai')
        ?.ruleId,
    ).toBe(id(61));
    expect(
      depositFor(settings, { partySize: 4, startsAt: sh(5, 12), serviceId: null }, 'Asia/Shanghai'),
    ).toBeNull();
    expect(
      depositFor(settings, { partySize: 4, startsAt: sh(7, 19), serviceId: null }, 'Asia/Shanghai'),
    ).toBeNull();
  });

  it('allows the steps a booking may take and refunds within the policy', () => {
    expect(nextStatuses('requested')).toEqual(['confirmed', 'seated', 'cancelled']);
    expect(canTransition('confirmed', 'noShow')).toBe(true);
    expect(canTransition('seated', 'cancelled')).toBe(false);
    expect(canTransition('cancelled', 'confirmed')).toBe(false);
    const paid = {
      startsAt: sh(5, 18),
      deposit: {
        ...NO_DEPOSIT,
        amountFen: 10000,
        state: 'paid' as const,
        method: 'platform' as const,
      },
    };
    const cancel = (at: number, cancelledBy: 'shop' | 'customer') =>
      depositAfter(paid, 'cancelled', { at, cancelledBy, settings })?.state;
    expect(cancel(sh(4, 18), 'customer')).toBe('refunded');
    expect(cancel(sh(4, 18, 1), 'customer')).toBe('kept');
    expect(cancel(sh(5, 17), 'shop')).toBe('refunded');
    expect(
      depositAfter(paid, 'noShow', { at: sh(5, 19), cancelledBy: null, settings })?.state,
    ).toBe('kept');
    expect(depositAfter(paid, 'seated', { at: sh(5, 18), cancelledBy: null, settings })).toBeNull();
  });
});
