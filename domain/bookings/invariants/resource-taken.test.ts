import { describe, expect, it } from 'vitest';
import { newId } from '../../ids';
import { checkInvariants, type InvariantLoader, type InvariantRead } from '../../sync/invariants';
import { memoryLoader } from '../../sync/test-support/memory-loader';
import {
  bookingArgs,
  busyBlock,
  everyDay,
  MIN,
  shopState,
  testShop,
  testTable,
  type TestShop,
} from '../../test-support/booking-shop';
import { rescheduleArgs } from '../build';
import { createBooking, rescheduleBooking } from '../mutations';
import type { Booking, BusyBlock, Resource, Service } from '../schema';
import { moveToFreeResource, moveToNextSlot } from './moves';
import { BOOKING_RESOURCE_TAKEN, resourceNotTaken } from './resource-taken';

/** The rule's verdict on a change, and every read it made (to see that it stays indexed). */
async function judge(
  shop: TestShop,
  change: { name: string; args: unknown },
  bookings: readonly Booking[],
  blocks: readonly BusyBlock[] = [],
) {
  const memory = memoryLoader(shopState(shop, bookings, blocks));
  const reads: InvariantRead[] = [];
  const load: InvariantLoader = (read) => {
    reads.push(read);
    return memory(read);
  };
  const definition = change.name === createBooking.name ? createBooking : rescheduleBooking;
  const args = definition.args.parse(change.args);
  const ops = (definition.ops as (a: unknown) => ReturnType<typeof createBooking.ops>)(args);
  const verdict = await checkInvariants([resourceNotTaken], args, load, ops);
  return { verdict, reads };
}

const create = (args: ReturnType<typeof bookingArgs>) => ({ name: createBooking.name, args });

describe('booking.resourceTaken', () => {
  const shop = testShop();
  const [a1, a2, a3, a4] = shop.resources as [Resource, Resource, Resource, Resource];
  const seven = shop.at(12, 5, 19);
  const first = bookingArgs(shop, seven, [a1]).booking;

  it('lets a booking through on a free table, reading only its table over its span', async () => {
    const { verdict, reads } = await judge(shop, create(bookingArgs(shop, seven, [a2])), [first]);
    expect(verdict).toBeNull();
    expect(reads.map((r) => r.kind)).toEqual(['entitiesOverlapping', 'entitiesOverlapping']);
    expect(reads[0]).toMatchObject({ table: 'booking', field: 'resource', in: [a2.id] });
  });

  it('turns down the later booking of a taken table, naming both and offering the alternatives', async () => {
    const later = bookingArgs(shop, seven + 30 * MIN, [a1], { partySize: 3 });
    const { verdict, reads } = await judge(shop, create(later), [first]);
    expect(verdict).toMatchObject({
      rule: BOOKING_RESOURCE_TAKEN,
      details: {
        bookingId: later.booking.id,
        code: later.booking.code,
        startsAt: seven + 30 * MIN,
        endsAt: seven + 120 * MIN,
        partySize: 3,
        resourceIds: [a1.id],
        resourceNames: 'A1',
        otherKind: 'booking',
        otherId: first.id,
        otherCode: first.code,
        otherName: first.code,
        otherStartsAt: seven,
        otherEndsAt: seven + 90 * MIN,
        clashResourceIds: [a1.id],
        clashNames: 'A1',
        // A2 seats the party of 3; the small A3 and A4 would do only pushed together, so they
        // are not offered while a single table fits.
        freeSets: [[a2.id]],
        freeSetNames: 'A2',
        freeSetCount: 1,
        firstFreeNames: 'A2',
        // A1 is free again at 20:30, when the first party leaves: 20:30 to 22:00 fits the close.
        nextStartsAt: seven + 90 * MIN,
        nextEndsAt: seven + 180 * MIN,
        nextDays: ['2026-12-05'],
      },
    });
    // Everything is an index read: no read of a whole table.
    for (const read of reads) expect(read.kind).not.toBe('entitiesMatchingAny');
    expect(reads.every((read) => read.kind === 'entity' || 'field' in read)).toBe(true);
  });

  it('offers tables pushed together when no single one is free, and null without a later start', async () => {
    const late = shop.at(12, 5, 20, 30);
    const party = bookingArgs(shop, late, [a1], { partySize: 4 });
    const taken = [
      bookingArgs(shop, late, [a1]).booking,
      bookingArgs(shop, late - 60 * MIN, [a2], { minutes: 150 }).booking,
    ];
    const { verdict } = await judge(shop, create(party), taken);
    expect(verdict?.details).toMatchObject({
      freeSets: [[a3.id, a4.id]],
      freeSetNames: 'A3+A4',
      nextStartsAt: null,
      nextDays: null,
    });
    expect(moveToNextSlot.fix(create(party), verdict!.details!)).toBeNull();
  });

  it('ignores cancelled and completed bookings, and the booking itself when it is moved', async () => {
    const cancelled = { ...first, status: 'cancelled' as const };
    const completed = { ...bookingArgs(shop, seven, [a2]).booking, status: 'completed' as const };
    const { verdict } = await judge(shop, create(bookingArgs(shop, seven, [a1])), [
      cancelled,
      completed,
    ]);
    expect(verdict).toBeNull();
    const later = rescheduleArgs(
      first,
      { startsAt: seven + 15 * MIN, endsAt: seven + 105 * MIN, resourceIds: [a1.id] },
      shop.profile,
    );
    expect(
      (await judge(shop, { name: rescheduleBooking.name, args: later }, [first])).verdict,
    ).toBeNull();
  });

  it('turns down a move onto a table another booking holds, the buffer after included', async () => {
    const held = { ...bookingArgs(shop, seven, [a2]).booking, bufferAfterMin: 15 };
    // 20:30 + 15 min buffer: A2 is held until 20:45.
    const move = rescheduleArgs(
      first,
      {
        startsAt: seven + 100 * MIN,
        endsAt: seven + 160 * MIN,
        resourceIds: [a2.id],
        partySize: 4,
      },
      shop.profile,
    );
    const { verdict } = await judge(shop, { name: rescheduleBooking.name, args: move }, [
      first,
      held,
    ]);
    expect(verdict?.details).toMatchObject({
      bookingId: first.id,
      otherId: held.id,
      clashNames: 'A2',
      freeSets: [[a1.id]],
    });
    // The fix reschedules onto A1 at the same time; the rule lets that through.
    const fixed = moveToFreeResource.fix(
      { name: rescheduleBooking.name, args: move },
      verdict!.details!,
    );
    expect(fixed).toEqual({
      name: rescheduleBooking.name,
      args: { ...move, resourceIds: [a1.id] },
    });
    expect((await judge(shop, fixed!, [first, held])).verdict).toBeNull();
  });

  it('turns down a booking over a busy block, naming the block', async () => {
    const dentist = busyBlock(a1, seven + 30 * MIN, seven + 60 * MIN);
    const { verdict } = await judge(shop, create(bookingArgs(shop, seven, [a1])), [], [dentist]);
    expect(verdict?.details).toMatchObject({
      otherKind: 'busyBlock',
      otherId: dentist.id,
      otherCode: null,
      otherLabel: '牙医',
      otherName: '牙医',
      clashNames: 'A1',
      // After the block: 20:00 to 21:30.
      nextStartsAt: seven + 60 * MIN,
    });
  });

  it('makes the fixes as the same change moved, and none without an alternative', async () => {
    const later = bookingArgs(shop, seven, [a1]);
    const { verdict } = await judge(shop, create(later), [first]);
    const details = verdict!.details!;
    // A party of two: the two-seat A3 first, then A4, then the four-seat A2.
    expect(details.freeSets).toEqual([[a3.id], [a4.id], [a2.id]]);
    const toA3 = moveToFreeResource.fix(create(later), details);
    expect(toA3).toEqual(create({ ...later, booking: { ...later.booking, resourceIds: [a3.id] } }));
    const nextSlot = moveToNextSlot.fix(create(later), details);
    expect(nextSlot).toEqual(
      create({
        ...later,
        booking: {
          ...later.booking,
          startsAt: seven + 90 * MIN,
          endsAt: seven + 180 * MIN,
          days: ['2026-12-05'],
        },
      }),
    );
    for (const fixed of [toA3!, nextSlot!])
      expect((await judge(shop, fixed, [first])).verdict).toBeNull();
    const none = { ...details, freeSets: [], nextStartsAt: null, nextEndsAt: null, nextDays: null };
    expect(moveToFreeResource.fix(create(later), none)).toBeNull();
    expect(moveToNextSlot.fix(create(later), none)).toBeNull();
    expect(moveToFreeResource.fix({ name: 'booking.transition', args: {} }, details)).toBeNull();
  });

  describe('a class', () => {
    const teacher = testTable('李老师', 0, 1, 1, { kind: 'staff' });
    const yoga: Service = {
      id: newId(),
      name: { zh: '瑜伽课', en: 'Yoga' },
      durationMin: 60,
      priceFen: 8000,
      bufferAfterMin: 0,
      resourceIds: [teacher.id],
      capacity: 3,
      sort: 0,
      archived: false,
      createdAt: 0,
    };
    const studio = testShop({
      resources: [teacher],
      services: [yoga],
      settings: { mode: 'services' },
    });
    const ten = studio.at(12, 5, 10);
    const seat = (partySize: number, startsAt = ten) =>
      bookingArgs(studio, startsAt, [teacher], { serviceId: yoga.id, minutes: 60, partySize });

    it('lets a sitting share its teacher up to the capacity, and turns down the guest past it', async () => {
      const sitting = [seat(1).booking, seat(1).booking];
      expect((await judge(studio, create(seat(1)), sitting)).verdict).toBeNull();
      const { verdict } = await judge(studio, create(seat(2)), sitting);
      expect(verdict).toMatchObject({
        rule: BOOKING_RESOURCE_TAKEN,
        details: { clashNames: '李老师' },
      });
      // Another start is not the same sitting: the teacher is taken.
      const overlapping = await judge(studio, create(seat(1, ten + 30 * MIN)), sitting);
      expect(overlapping.verdict?.rule).toBe(BOOKING_RESOURCE_TAKEN);
    });
  });

  describe('in a zone with daylight saving', () => {
    // New York springs forward at 02:00 on 8 March 2026; the bar is open 20:00 to 04:00 and its
    // business day turns at 05:00, so the night of the 7th runs across midnight and the change.
    const bar = testShop({
      timeZone: 'America/New_York',
      hours: everyDay('20:00', '04:00'),
      settings: { slotMinutes: 30 },
    });
    bar.profile.businessDayCutoff = '05:00';
    const [b1, b2] = bar.resources as [Resource, Resource];
    const elevenPm = bar.at(3, 7, 23);

    it('sees a clash after the change, and offers the next start in real time, not wall time', async () => {
      // 23:00 EST to 01:30 EST: 2 h 30 min.
      const holder = bookingArgs(bar, elevenPm, [b1], { minutes: 150 }).booking;
      // 01:00 EST; 90 minutes later is 03:30 EDT.
      const later = bookingArgs(bar, bar.at(3, 8, 1), [b1], { partySize: 4 });
      expect(later.booking.endsAt).toBe(bar.at(3, 8, 3, 30));
      expect(later.booking.days).toEqual(['2026-03-07']);
      const { verdict } = await judge(bar, create(later), [holder]);
      expect(verdict?.details).toMatchObject({
        otherId: holder.id,
        freeSets: [[b2.id]],
        // 01:30 EST + 90 min = 04:00 EDT, the close: it just fits.
        nextStartsAt: bar.at(3, 8, 1, 30),
        nextEndsAt: bar.at(3, 8, 4),
        nextDays: ['2026-03-07'],
      });
      expect(bar.at(3, 8, 4) - bar.at(3, 8, 1, 30)).toBe(90 * MIN);
    });
  });
});
