/**
 * The desk refuses exactly what the platform will turn down: the calendar's conflicts, judged by
 * refusedByPlatform, against the platform's own pacing and resource rules on the same shop.
 */
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../sync/invariants';
import { memoryLoader } from '../sync/test-support/memory-loader';
import { bookingArgs, shopState, testShop } from '../test-support/booking-shop';
import type { BookingContext } from './availability';
import { bookingConflicts, refusedByPlatform } from './conflicts';
import { pacingKept } from './invariants/over-pacing';
import { resourceNotTaken } from './invariants/resource-taken';
import { createBooking } from './mutations';
import type { Booking, Resource } from './schema';

describe('what the desk refuses', () => {
  // One booking may start in each half hour.
  const shop = testShop({ settings: { pacing: { maxBookings: 1, maxCovers: null } } });
  const [a1, a2] = shop.resources as [Resource, Resource];
  const seven = shop.at(12, 5, 19);
  const first = bookingArgs(shop, seven, [a1]).booking;
  const ctx: BookingContext = {
    profile: shop.profile,
    settings: shop.settings,
    resources: shop.resources,
    services: shop.services,
    exceptions: [],
    bookings: [first],
    busyBlocks: [],
  };

  async function platformSays(args: ReturnType<typeof bookingArgs>, bookings: Booking[]) {
    const parsed = createBooking.args.parse(args);
    const loader = memoryLoader(shopState(shop, bookings));
    return checkInvariants(
      [resourceNotTaken, pacingKept],
      parsed,
      loader,
      createBooking.ops(parsed),
    );
  }
  const desk = (args: ReturnType<typeof bookingArgs>, seatedAtOnce = false) =>
    bookingConflicts(args.booking, ctx).filter((c) => refusedByPlatform(c, seatedAtOnce));

  it.each([
    ['a taken table', () => bookingArgs(shop, seven + 30 * 60_000, [a1]), 'booking.resourceTaken'],
    [
      'a full pacing slot',
      () => bookingArgs(shop, seven + 10 * 60_000, [a2]),
      'booking.overPacing',
    ],
  ] as const)('refuses %s, which the platform turns down', async (_, make, rule) => {
    const args = make();
    expect(desk(args)).not.toEqual([]);
    expect((await platformSays(args, [first]))?.rule).toBe(rule);
  });

  it('lets a walk-in past the pacing, as the platform does, and a free slot through', async () => {
    const walkIn = bookingArgs(shop, seven + 10 * 60_000, [a2], {
      source: 'walkIn',
      status: 'seated',
    });
    expect(desk(walkIn, true)).toEqual([]);
    expect(await platformSays(walkIn, [first])).toBeNull();
    const later = bookingArgs(shop, seven + 30 * 60_000, [a2]);
    expect(desk(later)).toEqual([]);
    expect(await platformSays(later, [first])).toBeNull();
  });
});
