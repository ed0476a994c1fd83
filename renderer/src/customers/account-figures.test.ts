import { describe, expect, it } from 'vitest';
import type {
  CustomerTier,
  PointsEntry,
  SaleEntry,
  StoredValueEntry,
} from '@domain/customers/schema';
import { accountFigures } from './account-figures';

const CUSTOMER = '0195a000-0000-7000-8000-0000000000c1';
const at = Date.UTC(2026, 0, 10, 4);
const common = {
  customerId: CUSTOMER,
  at,
  businessDate: '2026-01-10',
  receiptNo: null,
  staffId: null,
  saleId: null,
  reverses: null,
  reason: null,
};
const spend: StoredValueEntry = {
  ...common,
  id: '0195a000-0000-7000-8000-000000000001',
  kind: 'spend',
  principalFen: -2_000,
  bonusFen: 0,
  planId: null,
  paidWith: null,
  offline: true,
};
const topUp: StoredValueEntry = {
  ...spend,
  id: '0195a000-0000-7000-8000-000000000002',
  kind: 'topUp',
  principalFen: 10_000,
  bonusFen: 1_000,
  offline: false,
};
const earn: PointsEntry = {
  ...common,
  id: '0195a000-0000-7000-8000-000000000003',
  kind: 'earn',
  points: 300,
  expires: null,
};
const sale: SaleEntry = {
  ...common,
  id: '0195a000-0000-7000-8000-000000000004',
  amountFen: 30_000,
  method: 'cash',
  pointsUsed: null,
};
const tier = (id: string, rank: number, threshold: number): CustomerTier => ({
  id,
  name: { zh: `等级${rank}`, en: null },
  basis: 'amountSpent',
  window: 'last12Months',
  threshold,
  benefit: { zh: null, en: null },
  discountPercent: null,
  rank,
  createdAt: 0,
});
const tiers = [
  tier('0195a000-0000-7000-8000-0000000000a1', 1, 10_000),
  tier('0195a000-0000-7000-8000-0000000000a2', 2, 50_000),
];
const clock = { today: '2026-01-10', now: at, timeZone: 'Asia/Shanghai', cutoffMinutes: 240 };

describe('an account’s figures', () => {
  it('sums the balances apart, holds the tier reached and says how far the next is', () => {
    const figures = accountFigures(
      { storedValue: [topUp, spend], points: [earn], sales: [sale] },
      tiers,
      { pointsExpiryMonths: null },
      clock,
    );
    expect(figures.balance).toEqual({ principalFen: 8_000, bonusFen: 1_000, totalFen: 9_000 });
    expect(figures.tier?.rank).toBe(1);
    expect(figures.next).toMatchObject({ missing: 20_000, progress: 0.6 });
    expect(figures.offlineSpentTodayFen).toBe(2_000);
    expect(figures.expiringSoon).toBe(0);
  });

  it('counts the points that expire within 30 days when points expire', () => {
    const inAMonth = { ...clock, now: Date.UTC(2026, 1, 1) };
    const figures = accountFigures(
      { storedValue: [], points: [earn], sales: [] },
      [],
      { pointsExpiryMonths: 1 },
      inAMonth,
    );
    expect(figures.expiringSoon).toBe(300);
    expect(
      accountFigures(
        { storedValue: [], points: [earn], sales: [] },
        [],
        { pointsExpiryMonths: 12 },
        inAMonth,
      ).expiringSoon,
    ).toBe(0);
  });
});
