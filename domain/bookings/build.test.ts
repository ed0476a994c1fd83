import { describe, expect, it } from 'vitest';
import { createBooking, rescheduleBooking, transitionBooking } from './mutations';
import { newBookingArgs, rescheduleArgs, transitionArgs } from './build';
import { bookingDays } from './days';
import { zonedTimeToEpoch } from '../time';

const shanghai = { timeZone: 'Asia/Shanghai', businessDayCutoff: '04:00' };
const at = (day: number, hour: number, minute = 0, timeZone = 'Asia/Shanghai') =>
  zonedTimeToEpoch({ year: 2026, month: 12, day, hour, minute }, timeZone);
const table = '0193a000-0000-7000-8000-000000000001';

/** Four at a table on the 5th, 18:00 to 20:00, taken at the desk on the 1st. */
const deskBooking = () =>
  newBookingArgs(
    {
      startsAt: at(5, 18),
      endsAt: at(5, 20),
      resourceIds: [table],
      partySize: 4,
      status: 'confirmed',
      source: 'desk',
      by: 'desk',
      at: at(1, 10),
    },
    shanghai,
  );

describe('booking arguments', () => {
  it('builds a desk booking its mutation accepts, with the business dates it touches', () => {
    const args = deskBooking();
    expect(createBooking.args.parse(args)).toEqual(args);
    expect(args.booking.days).toEqual(['2026-12-05']);
    expect(args.booking.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(args.event).toMatchObject({ from: null, to: 'confirmed', bookingId: args.booking.id });
  });

  it('puts a bar’s 01:30 on the business day before, and a stay on every day it touches', () => {
    expect(bookingDays(at(6, 1, 30), at(6, 3), 'Asia/Shanghai', '04:00')).toEqual(['2026-12-05']);
    expect(bookingDays(at(5, 14), at(8, 12), 'Asia/Shanghai', '04:00')).toEqual([
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
      '2026-12-08',
    ]);
    // Ending exactly when the next business day starts does not touch it.
    expect(bookingDays(at(5, 22), at(6, 4), 'Asia/Shanghai', '04:00')).toEqual(['2026-12-05']);
  });

  it('reads the dates in the shop’s zone across a daylight-saving change', () => {
    const berlin = (day: number, hour: number) =>
      zonedTimeToEpoch({ year: 2026, month: 10, day, hour, minute: 0 }, 'Europe/Berlin');
    // Clocks go back on 25 October 2026 at 03:00: a night from the 24th to the 25th.
    expect(bookingDays(berlin(24, 22), berlin(25, 10), 'Europe/Berlin', '04:00')).toEqual([
      '2026-10-24',
      '2026-10-25',
    ]);
  });

  it('builds a move and a status step their mutations accept', () => {
    const { booking } = deskBooking();
    const move = rescheduleArgs(
      booking,
      { startsAt: at(6, 1), endsAt: at(6, 5), resourceIds: [table] },
      shanghai,
    );
    expect(rescheduleBooking.args.parse(move).days).toEqual(['2026-12-05', '2026-12-06']);
    const cancel = transitionArgs(booking, {
      to: 'cancelled',
      at: at(2, 9),
      by: 'desk',
      reason: '客人改期',
    });
    expect(transitionBooking.args.parse(cancel)).toMatchObject({
      from: 'confirmed',
      to: 'cancelled',
      cancelledBy: 'shop',
    });
    const seat = transitionArgs(booking, { to: 'seated', at: at(5, 18), by: 'desk' });
    expect(seat.cancelledBy).toBeNull();
    expect(() =>
      transitionBooking.args.parse({ ...seat, event: { ...seat.event, to: 'completed' } }),
    ).toThrow();
  });
});
