import { describe, expect, it } from 'vitest';
import { defaultBookingSettings } from './days';
import { depositAfter } from './lifecycle';
import { NO_DEPOSIT, type DepositState } from './schema';

const VENDOR = '0193a000-0000-7000-8000-0000000000ff';
const settings = defaultBookingSettings(VENDOR, 'restaurant', 0);
const startsAt = Date.UTC(2026, 11, 5, 10);

const booking = (state: DepositState) => ({
  startsAt,
  deposit: { ...NO_DEPOSIT, amountFen: 10000, state, method: 'platform' as const },
});

describe('a deposit not paid yet when the booking ends', () => {
  it.each(['due', 'pending'] as const)(
    'is no longer owed when a %s deposit’s booking is cancelled or a no-show',
    (state) => {
      for (const to of ['cancelled', 'noShow'] as const) {
        const after = depositAfter(booking(state), to, {
          at: startsAt - 3_600_000,
          cancelledBy: 'platform',
          settings,
        });
        expect(after).toEqual({ ...booking(state).deposit, state: 'none' });
      }
    },
  );

  it('stays as it is for the other steps', () => {
    for (const to of ['confirmed', 'seated', 'completed'] as const) {
      expect(
        depositAfter(booking('pending'), to, { at: startsAt, cancelledBy: null, settings }),
      ).toBeNull();
    }
  });
});
