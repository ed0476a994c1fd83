import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../sync/invariants';
import { memoryLoader } from '../../sync/test-support/memory-loader';
import {
  bookingArgs,
  everyDay,
  MIN,
  shopState,
  testShop,
  type TestShop,
} from '../../test-support/booking-shop';
import { rescheduleArgs } from '../build';
import { createBooking, rescheduleBooking } from '../mutations';
import type { Booking, Resource } from '../schema';
import { moveToNextSlot } from './moves';
import { BOOKING_OVER_PACING, pacingKept } from './over-pacing';

async function judge(shop: TestShop, change: { name: string; args: unknown }, bookings: Booking[]) {
  const definition = change.name === createBooking.name ? createBooking : rescheduleBooking;
  const args = definition.args.parse(change.args);
  const ops = (definition.ops as (a: unknown) => ReturnType<typeof createBooking.ops>)(args);
  return checkInvariants([pacingKept], args, memoryLoader(shopState(shop, bookings)), ops);
}

const create = (args: ReturnType<typeof bookingArgs>) => ({ name: createBooking.name, args });

describe('booking.overPacing', () => {
  // At most two bookings and six guests start in each half hour.
  const shop = testShop({ settings: { pacing: { maxBookings: 2, maxCovers: 6 } } });
  const [a1, a2, a3, a4] = shop.resources as [Resource, Resource, Resource, Resource];
  const seven = shop.at(12, 5, 19);
  const two = [
    bookingArgs(shop, seven, [a1]).booking,
    bookingArgs(shop, seven + 15 * MIN, [a2]).booking,
  ];

  it('lets a booking through while its slot has room, and does not read without a pacing setting', async () => {
    expect(await judge(shop, create(bookingArgs(shop, seven, [a3])), two.slice(0, 1))).toBeNull();
    const unpaced = testShop({ resources: shop.resources });
    expect(await judge(unpaced, create(bookingArgs(unpaced, seven, [a3])), two)).toBeNull();
  });

  it('turns down the third booking starting in the slot, with the next slot that has room', async () => {
    const third = bookingArgs(shop, seven + 20 * MIN, [a3]);
    expect(await judge(shop, create(third), two)).toEqual({
      rule: BOOKING_OVER_PACING,
      message: expect.any(String),
      details: {
        bookingId: third.booking.id,
        code: third.booking.code,
        startsAt: seven + 20 * MIN,
        partySize: 2,
        resourceIds: [a3.id],
        slotStartsAt: seven,
        slotEndsAt: seven + 30 * MIN,
        limit: 'bookings',
        max: 2,
        count: 3,
        nextStartsAt: seven + 30 * MIN,
        nextEndsAt: seven + 120 * MIN,
        nextDays: ['2026-12-05'],
      },
    });
  });

  it('counts covers: four more guests would make eight of six', async () => {
    const party = bookingArgs(shop, seven, [a4], { partySize: 2 });
    const big = [bookingArgs(shop, seven, [a1], { partySize: 4 }).booking];
    expect(await judge(shop, create(party), big)).toBeNull();
    const four = bookingArgs(shop, seven, [a2], { partySize: 4 });
    expect((await judge(shop, create(four), big))?.details).toMatchObject({
      limit: 'covers',
      max: 6,
      count: 8,
    });
  });

  it('does not count cancelled bookings, and does not judge walk-ins', async () => {
    const cancelled = two.map((b) => ({ ...b, status: 'cancelled' as const }));
    expect(await judge(shop, create(bookingArgs(shop, seven, [a3])), cancelled)).toBeNull();
    const walkIn = bookingArgs(shop, seven, [a3], { status: 'seated', source: 'walkIn' });
    expect(await judge(shop, create(walkIn), two)).toBeNull();
  });

  it('judges a move into a full slot, not a resize within its own', async () => {
    const late = bookingArgs(shop, seven + 60 * MIN, [a3]).booking;
    const bookings = [...two, late];
    const into = rescheduleArgs(
      late,
      { startsAt: seven, endsAt: seven + 90 * MIN, resourceIds: [a3.id] },
      shop.profile,
    );
    const verdict = await judge(shop, { name: rescheduleBooking.name, args: into }, bookings);
    expect(verdict?.details).toMatchObject({ bookingId: late.id, count: 3 });
    // The fix moves it to the next slot with room, same table, same length: 19:30 (it frees its own 20:00).
    const fixed = moveToNextSlot.fix(
      { name: rescheduleBooking.name, args: into },
      verdict!.details!,
    );
    expect(fixed).toEqual({
      name: rescheduleBooking.name,
      args: { ...into, startsAt: seven + 30 * MIN, endsAt: seven + 120 * MIN },
    });
    expect(await judge(shop, fixed!, bookings)).toBeNull();
    const full = [...two, bookingArgs(shop, seven + 5 * MIN, [a3]).booking];
    const resize = rescheduleArgs(
      full[0]!,
      { startsAt: seven, endsAt: seven + 60 * MIN, resourceIds: [a1.id] },
      shop.profile,
    );
    expect(await judge(shop, { name: rescheduleBooking.name, args: resize }, full)).toBeNull();
  });

  it('reads its slot in the shop’s zone across a daylight-saving change', async () => {
    // Berlin falls back at 03:00 on 25 October 2026: 02:00–03:00 happens twice.
    const club = testShop({
      timeZone: 'Europe/Berlin',
      hours: everyDay('20:00', '04:00'),
      settings: { pacing: { maxBookings: 1, maxCovers: null } },
    });
    club.profile.businessDayCutoff = '05:00';
    const [c1, c2] = club.resources as [Resource, Resource];
    // 02:30 CEST and 02:30 CET are an hour apart: different slots.
    const cest = club.at(10, 25, 1, 30) + 60 * MIN;
    const cet = cest + 60 * MIN;
    const first = bookingArgs(club, cest, [c1], { minutes: 60 }).booking;
    expect(
      await judge(club, create(bookingArgs(club, cet, [c2], { minutes: 60 })), [first]),
    ).toBeNull();
    const same = bookingArgs(club, cest + 10 * MIN, [c2], { minutes: 60 });
    expect((await judge(club, create(same), [first]))?.details).toMatchObject({
      slotStartsAt: cest,
      slotEndsAt: cest + 30 * MIN,
      nextStartsAt: cest + 30 * MIN,
    });
  });
});
