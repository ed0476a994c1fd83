import { describe, expect, it } from 'vitest';
import { newId } from '../../ids';
import type { EntityRow } from '../../mutations/row-ops';
import { checkInvariants } from '../../sync/invariants';
import { memoryLoader } from '../../sync/test-support/memory-loader';
import { transitionBooking } from '../mutations';
import { NO_DEPOSIT, type BookingStatus } from '../schema';
import { transitionFromCurrent } from './transition';

const ID = newId();
const STARTS = 1_796_000_000_000;

function step(from: BookingStatus, to: BookingStatus, cancelledBy: 'customer' | null = null) {
  const at = STARTS - 3_600_000;
  return transitionBooking.args.parse({
    id: ID,
    from,
    to,
    at,
    event: { id: newId(), bookingId: ID, from, to, at, by: 'desk', reason: null, deposit: null },
    cancelledBy,
    reason: null,
    deposit: cancelledBy ? { ...NO_DEPOSIT, amountFen: 5000, state: 'kept' } : null,
    storedValueEntry: null,
  });
}

const holding = (status: BookingStatus) =>
  memoryLoader({
    entities: {
      booking: [
        {
          id: ID,
          code: 'K7Q2MD3P',
          status,
          statusAt: STARTS - 7_200_000,
          startsAt: STARTS,
        } as EntityRow,
      ],
    },
  });

describe('booking.transition', () => {
  it('lets a step through that the platform’s status allows', async () => {
    const args = step('confirmed', 'seated');
    expect(await checkInvariants([transitionFromCurrent], args, holding('confirmed'))).toBeNull();
  });

  it('turns down the desk’s seating after the guest’s cancellation stood, naming the booking', async () => {
    const args = step('confirmed', 'seated');
    expect(await checkInvariants([transitionFromCurrent], args, holding('cancelled'))).toEqual({
      rule: 'booking.transition',
      message: expect.any(String),
      details: {
        bookingId: ID,
        code: 'K7Q2MD3P',
        startsAt: STARTS,
        from: 'confirmed',
        current: 'cancelled',
        to: 'seated',
        currentAt: STARTS - 7_200_000,
      },
    });
  });

  it('turns down a late cancellation (and its kept deposit) once the party sits', async () => {
    const args = step('confirmed', 'cancelled', 'customer');
    const verdict = await checkInvariants([transitionFromCurrent], args, holding('seated'));
    expect(verdict?.details).toMatchObject({ current: 'seated', to: 'cancelled' });
  });
});
