import { describe, expect, it } from 'vitest';
import { newId } from '../../ids';
import type { EntityRow } from '../../mutations/row-ops';
import { checkInvariants, type InvariantLoader } from '../../sync/invariants';
import { memoryLoader } from '../../sync/test-support/memory-loader';
import { chargeCustomer, adjustPoints, refundStoredValue } from '../mutations';
import type { PointsEntry, SaleEntry, StoredValueEntry } from '../schema';
import {
  collectDifference,
  payPointsInCash,
  pointsNeverBelowZero,
  storedValueNeverBelowZero,
  writeOffDifference,
  type BelowZeroDetails,
} from './balance-below-zero';

const KEEP = newId();
const ALIAS = newId();
const DAY = '2026-03-06';

const base = (customerId: string, at = 1_000) => ({
  id: newId(),
  customerId,
  at,
  businessDate: DAY,
  receiptNo: null,
  staffId: null,
  saleId: null,
  reverses: null,
  reason: null,
});
const sv = (
  customerId: string,
  kind: StoredValueEntry['kind'],
  principalFen: number,
  bonusFen: number,
  extra: Partial<StoredValueEntry> = {},
): StoredValueEntry => ({
  ...base(customerId),
  kind,
  principalFen,
  bonusFen,
  planId: null,
  paidWith: null,
  offline: false,
  ...extra,
});
const pts = (customerId: string, kind: PointsEntry['kind'], points: number): PointsEntry => ({
  ...base(customerId),
  kind,
  points,
  expires: null,
});

/** A charge of `amountFen` from stored value, split as the desk split it. */
function charge(customerId: string, principalFen: number, bonusFen: number, earn = 0) {
  const chargeId = newId();
  const amountFen = principalFen + bonusFen;
  const sale: SaleEntry = {
    ...base(customerId),
    saleId: chargeId,
    amountFen,
    method: 'storedValue',
    pointsUsed: null,
  };
  return chargeCustomer.args.parse({
    chargeId,
    sales: [sale],
    storedValue: sv(customerId, 'spend', -principalFen, -bonusFen, { saleId: chargeId }),
    points: earn ? [{ ...pts(customerId, 'earn', earn), saleId: chargeId }] : [],
  });
}

// The kept profile holds ¥80 principal + ¥20 bonus and 100 points; the alias merged into it
// holds ¥50 principal and 50 points of its own. The account: ¥130 + ¥20, 150 points.
const customers: EntityRow[] = [
  { id: KEEP, mergedInto: null, erasedAt: null },
  { id: ALIAS, mergedInto: KEEP, erasedAt: null },
];
const earlierSpend = sv(KEEP, 'spend', -1_000, 0, { receiptNo: 'K7Q2MD-20260306-0003', at: 900 });
const ledgers = {
  storedValueEntry: [
    sv(KEEP, 'topUp', 9_000, 2_000) as unknown as EntityRow,
    earlierSpend as unknown as EntityRow,
    sv(ALIAS, 'topUp', 5_000, 0) as unknown as EntityRow,
  ],
  pointsEntry: [pts(KEEP, 'earn', 100), pts(ALIAS, 'opening', 50)] as unknown as EntityRow[],
};
const loader = memoryLoader({ entities: { customer: customers }, ledgers });
const rules = [storedValueNeverBelowZero, pointsNeverBelowZero];

async function judge(name: string, args: unknown, load: InvariantLoader = loader) {
  const definition = [chargeCustomer, adjustPoints, refundStoredValue].find(
    (m) => m.name === name,
  )!;
  const parsed = definition.args.parse(args);
  return checkInvariants(rules, parsed, load, definition.ops(parsed as never));
}

/** Reads the rule asked for, in the order it asked. */
function recording(load: InvariantLoader) {
  const asked: string[] = [];
  const wrapped: InvariantLoader = async (read) => {
    asked.push(read.kind);
    return load(read);
  };
  return { asked, wrapped };
}

describe('storedValue.belowZero', () => {
  it('lets a spend the whole account covers through, counting the alias’s entries', async () => {
    // ¥140 of the account's ¥150, spent on the alias: more than the alias alone ever held.
    expect(await judge(chargeCustomer.name, charge(ALIAS, 13_000, 1_000))).toBeNull();
  });

  it('reads in stages: the customer, then its account’s aliases, then sums and latest spends', async () => {
    const { asked, wrapped } = recording(loader);
    await judge(chargeCustomer.name, charge(ALIAS, 100, 0), wrapped);
    expect(asked.slice(0, 5)).toEqual([
      'entity',
      'entitiesMatchingAny',
      'ledgerSum',
      'ledgerSum',
      'ledgerLatest',
    ]);
  });

  it('turns down a spend one fen past the account, with the shortfall and the other spend', async () => {
    const verdict = await judge(chargeCustomer.name, charge(ALIAS, 13_001, 2_000));
    expect(verdict).toMatchObject({
      rule: 'storedValue.belowZero',
      details: {
        customerId: ALIAS,
        accountId: KEEP,
        available: { principalFen: 13_000, bonusFen: 2_000 },
        requested: { principalFen: 13_001, bonusFen: 2_000 },
        shortfall: 1,
        requestedTotal: 15_001,
        availableTotal: 15_000,
        otherReceipt: earlierSpend.receiptNo,
        otherAmount: 1_000,
        otherAt: 900,
      },
    });
  });

  it('turns down a split that takes more bonus than there is, though the total is covered (shortfall 0)', async () => {
    const verdict = await judge(chargeCustomer.name, charge(KEEP, 0, 3_000));
    expect(verdict?.details).toMatchObject({ shortfall: 0, available: { bonusFen: 2_000 } });
    // collectDifference re-splits it within the account, and the fixed charge passes.
    const fixed = collectDifference.fix(
      { name: chargeCustomer.name, args: charge(KEEP, 0, 3_000) },
      verdict!.details!,
    );
    expect(fixed).not.toBeNull();
    expect(await judge(fixed!.name, fixed!.args)).toBeNull();
  });

  it('lets a refund of the unspent principal through, and not one fen more', async () => {
    const refund = { entry: sv(KEEP, 'refund', -13_000, 0, { paidWith: 'cash' }) };
    expect(await judge(refundStoredValue.name, refund)).toBeNull();
    const tooMuch = { entry: sv(KEEP, 'refund', -13_001, 0, { paidWith: 'cash' }) };
    expect(await judge(refundStoredValue.name, tooMuch)).toMatchObject({
      rule: 'storedValue.belowZero',
    });
  });

  it('fixes a shortfall by collecting the difference in cash: a change that then passes and pays the whole sale', async () => {
    const rejected = charge(ALIAS, 16_000, 0, 160);
    const verdict = await judge(chargeCustomer.name, rejected);
    const details = verdict!.details as unknown as BelowZeroDetails;
    expect(details.shortfall).toBe(1_000);
    const fixed = collectDifference.fix(
      { name: chargeCustomer.name, args: rejected },
      verdict!.details!,
    );
    const args = fixed!.args as ReturnType<typeof charge>;
    expect(args.sales.map((s) => [s.method, s.amountFen])).toEqual([
      ['storedValue', 15_000],
      ['cash', 1_000],
    ]);
    expect(args.storedValue).toMatchObject({ principalFen: -13_000, bonusFen: -2_000 });
    expect(args.points).toEqual(rejected.points); // the points earned stay
    expect(await judge(fixed!.name, fixed!.args)).toBeNull();
  });

  it('fixes a shortfall by writing it off with the reason typed, and not without one', async () => {
    const rejected = charge(KEEP, 15_500, 0);
    const verdict = await judge(chargeCustomer.name, rejected);
    expect(writeOffDifference.input).toBe('reason');
    const call = { name: chargeCustomer.name, args: rejected };
    expect(writeOffDifference.fix(call, verdict!.details!, { reason: '  ' })).toBeNull();
    const fixed = writeOffDifference.fix(call, verdict!.details!, {
      reason: '两台收银机同时离线扣款',
    });
    const args = fixed!.args as ReturnType<typeof charge>;
    expect(args.sales.find((s) => s.method === 'writeOff')).toMatchObject({
      amountFen: 500,
      reason: '两台收银机同时离线扣款',
    });
    expect(await judge(fixed!.name, fixed!.args)).toBeNull();
  });
});

describe('points.belowZero', () => {
  const pointsCharge = (customerId: string, points: number) => {
    const chargeId = newId();
    return chargeCustomer.args.parse({
      chargeId,
      sales: [
        {
          ...base(customerId),
          saleId: chargeId,
          amountFen: points,
          method: 'points',
          pointsUsed: points,
        },
      ],
      storedValue: null,
      points: [{ ...pts(customerId, 'redeem', -points), saleId: chargeId }],
    });
  };

  it('sums the account’s points and turns down one point too many, which payPointsInCash fixes', async () => {
    expect(await judge(chargeCustomer.name, pointsCharge(ALIAS, 150))).toBeNull();
    const rejected = pointsCharge(ALIAS, 151);
    const verdict = await judge(chargeCustomer.name, rejected);
    expect(verdict).toMatchObject({
      rule: 'points.belowZero',
      details: { accountId: KEEP, available: { points: 150 }, shortfall: 1 },
    });
    const fixed = payPointsInCash.fix(
      { name: chargeCustomer.name, args: rejected },
      verdict!.details!,
    );
    const args = fixed!.args as ReturnType<typeof pointsCharge>;
    expect(args.sales[0]).toMatchObject({ method: 'cash', pointsUsed: null, amountFen: 151 });
    expect(args.points).toEqual([]);
    expect(await judge(fixed!.name, fixed!.args)).toBeNull();
  });

  it('judges a manual adjustment down, and never one up', async () => {
    const down = { entry: { ...pts(KEEP, 'adjust', -151), reason: '录错' } };
    expect(await judge(adjustPoints.name, down)).toMatchObject({ rule: 'points.belowZero' });
    const up = { entry: { ...pts(KEEP, 'adjust', 10_000), reason: '活动' } };
    expect(await judge(adjustPoints.name, up)).toBeNull();
  });
});
