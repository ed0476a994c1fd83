import { describe, expect, it } from 'vitest';
import { storedValueNeverBelowZero } from '../../customers/invariants/balance-below-zero';
import type { StoredValueEntry } from '../../customers/schema';
import { newId } from '../../ids';
import type { EntityRow } from '../../mutations/row-ops';
import { checkInvariants, guardedMutations } from '../../sync/invariants';
import { memoryLoader } from '../../sync/test-support/memory-loader';
import { zonedTimeToEpoch } from '../../time';
import { newBookingArgs } from '../build';
import { createBooking, recordBookingDeposit, transitionBooking } from '../mutations';

const GUEST = newId();
const TABLE = newId();
const at = (hour: number) =>
  zonedTimeToEpoch({ year: 2026, month: 12, day: 5, hour, minute: 0 }, 'Asia/Shanghai');

const entry = (kind: StoredValueEntry['kind'], principalFen: number): StoredValueEntry => ({
  id: newId(),
  customerId: GUEST,
  at: at(10),
  businessDate: '2026-12-05',
  receiptNo: null,
  staffId: null,
  saleId: null,
  reverses: null,
  reason: null,
  kind,
  principalFen,
  bonusFen: 0,
  planId: null,
  paidWith: null,
  offline: false,
});

// The guest holds ¥100 of stored value.
const loader = memoryLoader({
  entities: { customer: [{ id: GUEST, mergedInto: null, erasedAt: null } as EntityRow] },
  ledgers: { storedValueEntry: [entry('topUp', 10_000) as unknown as EntityRow] },
});

function bookingWithDeposit(depositFen: number) {
  const args = newBookingArgs(
    {
      startsAt: at(18),
      endsAt: at(20),
      resourceIds: [TABLE],
      partySize: 4,
      status: 'confirmed',
      source: 'desk',
      by: 'desk',
      at: at(10),
      customerId: GUEST,
      deposit: {
        amountFen: depositFen,
        state: 'paid',
        method: 'storedValue',
        ruleId: null,
        paymentId: null,
      },
    },
    { timeZone: 'Asia/Shanghai', businessDayCutoff: '04:00' },
  );
  return createBooking.args.parse({ ...args, storedValueEntry: entry('spend', -depositFen) });
}

describe('a deposit paid from stored value', () => {
  it('is guarded on every booking change that may carry a stored-value entry', () => {
    expect(guardedMutations(storedValueNeverBelowZero)).toEqual(
      expect.arrayContaining([
        createBooking.name,
        recordBookingDeposit.name,
        transitionBooking.name,
      ]),
    );
  });

  it('goes through within the balance and is turned down past it, on booking.create', async () => {
    const within = bookingWithDeposit(10_000);
    expect(
      await checkInvariants([storedValueNeverBelowZero], within, loader, createBooking.ops(within)),
    ).toBeNull();
    const past = bookingWithDeposit(10_001);
    expect(
      await checkInvariants([storedValueNeverBelowZero], past, loader, createBooking.ops(past)),
    ).toMatchObject({
      rule: 'storedValue.belowZero',
      details: { customerId: GUEST, shortfall: 1 },
    });
  });

  it('is guarded on booking.recordDeposit too', async () => {
    const args = recordBookingDeposit.args.parse({
      id: newId(),
      deposit: {
        amountFen: 20_000,
        state: 'paid',
        method: 'storedValue',
        ruleId: null,
        paymentId: null,
      },
      storedValueEntry: entry('spend', -20_000),
    });
    const verdict = await checkInvariants(
      [storedValueNeverBelowZero],
      args,
      loader,
      recordBookingDeposit.ops(args),
    );
    expect(verdict).toMatchObject({ rule: 'storedValue.belowZero' });
  });
});
