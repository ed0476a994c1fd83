import { describe, expect, it } from 'vitest';
import { newBookingArgs } from '@domain/bookings/build';
import type { BookingStatus } from '@domain/bookings/schema';
import { newId } from '@domain/ids';
import { summarizeBookings } from './customer-bookings';

const clock = { timeZone: 'Asia/Shanghai', businessDayCutoff: '04:00' };
const now = Date.UTC(2026, 11, 2, 10, 0);
const hour = 3_600_000;

const booking = (startsAt: number, status: BookingStatus) =>
  newBookingArgs(
    {
      startsAt,
      endsAt: startsAt + 2 * hour,
      resourceIds: [newId()],
      partySize: 2,
      status,
      source: 'desk',
      by: 'desk',
      at: 0,
    },
    clock,
  ).booking;

describe('a customer’s bookings on their profile', () => {
  it('splits upcoming from past and counts the no-shows', () => {
    const tomorrow = booking(now + 24 * hour, 'confirmed');
    const later = booking(now + 48 * hour, 'requested');
    const sitting = booking(now - hour, 'seated');
    const noShow = booking(now - 72 * hour, 'noShow');
    const cancelledSoon = booking(now + 5 * hour, 'cancelled');
    const done = booking(now - 24 * hour, 'completed');
    const summary = summarizeBookings([later, noShow, done, tomorrow, cancelledSoon, sitting], now);
    expect(summary.upcoming).toEqual([sitting, tomorrow, later]);
    expect(summary.past).toEqual([cancelledSoon, done, noShow]);
    expect(summary.noShows).toBe(1);
  });
});
