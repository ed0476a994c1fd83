import { describe, expect, it } from 'vitest';
import { newBookingArgs } from '@domain/bookings/build';
import { defaultBookingSettings } from '@domain/bookings/days';
import type { Booking } from '@domain/bookings/schema';
import { newId } from '@domain/ids';
import { zonedTimeToEpoch } from '@domain/time';
import { dueStartReminders, newCustomerBookings, reminderKey } from './reminders';

const clock = { timeZone: 'Europe/Berlin', businessDayCutoff: '04:00' };
const reminders = defaultBookingSettings(newId(), 'restaurant', 0).reminders;

function booking(over: Partial<Parameters<typeof newBookingArgs>[0]> = {}): Booking {
  const startsAt =
    over.startsAt ??
    zonedTimeToEpoch({ year: 2026, month: 3, day: 29, hour: 19, minute: 0 }, clock.timeZone);
  return newBookingArgs(
    {
      startsAt,
      endsAt: startsAt + 90 * 60_000,
      resourceIds: [newId()],
      partySize: 2,
      status: 'requested',
      source: 'customer',
      by: 'customer',
      at: startsAt - 86_400_000,
      ...over,
    },
    clock,
  ).booking;
}

const pulled = (row: Booking, created = true) => ({ table: 'booking', id: row.id, row, created });

describe('a customer’s booking arriving by sync', () => {
  it('is news when it is new, from a customer, and the shop wants to hear', () => {
    const mine = booking();
    const event = {
      initial: false,
      rows: [
        pulled(mine),
        pulled(booking({ source: 'desk', by: 'desk' })),
        pulled(booking(), false),
        pulled(booking({ status: 'cancelled' })),
        { table: 'customer', id: 'x', row: { id: 'x' }, created: true },
      ],
    };
    expect(newCustomerBookings(event, reminders)).toEqual([mine]);
    expect(newCustomerBookings(event, { ...reminders, newBooking: false })).toEqual([]);
    expect(newCustomerBookings({ ...event, initial: true }, reminders)).toEqual([]);
  });
});

describe('a booking about to start', () => {
  // The night the clocks go forward in Berlin: 02:00 → 03:00.
  const start = zonedTimeToEpoch(
    { year: 2026, month: 3, day: 29, hour: 3, minute: 5 },
    'Europe/Berlin',
  );

  it('is reminded of in the minutes before, once, across the change of time', () => {
    const soon = booking({ startsAt: start, status: 'confirmed' });
    const ten = { ...reminders, beforeStartMin: 10 };
    // 01:56 local is 9 minutes before 03:05 on this night.
    const justBefore = zonedTimeToEpoch(
      { year: 2026, month: 3, day: 29, hour: 1, minute: 56 },
      'Europe/Berlin',
    );
    expect(start - justBefore).toBe(9 * 60_000);
    expect(dueStartReminders([soon], justBefore, ten, new Set())).toEqual([soon]);
    expect(dueStartReminders([soon], justBefore - 2 * 60_000, ten, new Set())).toEqual([]);
    expect(dueStartReminders([soon], justBefore, ten, new Set([reminderKey(soon)]))).toEqual([]);
    expect(dueStartReminders([soon], start, ten, new Set())).toEqual([]);
  });

  it('skips bookings that are seated or cancelled, and everything when turned off', () => {
    const seated = booking({ startsAt: start, status: 'seated' });
    const cancelled = booking({ startsAt: start, status: 'cancelled' });
    const now = start - 60_000;
    expect(dueStartReminders([seated, cancelled], now, reminders, new Set())).toEqual([]);
    const soon = booking({ startsAt: start });
    expect(
      dueStartReminders([soon], now, { ...reminders, beforeStartMin: null }, new Set()),
    ).toEqual([]);
  });
});
