import { describe, expect, it } from 'vitest';
import { accountIdOf, accountMemberIds } from './accounts';
import {
  lastVisitAt,
  offlineSpentOn,
  pointsBalance,
  pointsEarnedFor,
  pointsToPay,
  refundablePrincipal,
  reversalAmounts,
  reversedIds,
  splitSpend,
  storedValueBalance,
  topUpAmounts,
} from './ledger';

const entry = (principalFen: number, bonusFen: number) => ({ principalFen, bonusFen });

describe('stored value in fen', () => {
  it('keeps a plan’s bonus apart from the paid principal (充 ¥500 送 ¥50)', () => {
    const topUp = topUpAmounts({ payFen: 50_000, bonusFen: 5_000 });
    expect(topUp).toEqual({ principalFen: 50_000, bonusFen: 5_000 });
    expect(storedValueBalance([topUp, topUpAmounts({ payFen: 20_000, bonusFen: 0 })])).toEqual({
      principalFen: 70_000,
      bonusFen: 5_000,
      totalFen: 75_000,
    });
    expect(storedValueBalance([])).toEqual({ principalFen: 0, bonusFen: 0, totalFen: 0 });
  });

  it('splits a spend principal first, then bonus', () => {
    const balance = { principalFen: 1_000, bonusFen: 300 };
    expect(splitSpend(balance, 800, 'principalFirst')).toEqual({
      principalFen: -800,
      bonusFen: -0,
    });
    expect(splitSpend(balance, 1_200, 'principalFirst')).toEqual({
      principalFen: -1_000,
      bonusFen: -200,
    });
    expect(splitSpend(balance, 1_300, 'principalFirst')).toEqual({
      principalFen: -1_000,
      bonusFen: -300,
    });
  });

  it('splits a spend bonus first, then principal', () => {
    const balance = { principalFen: 1_000, bonusFen: 300 };
    expect(splitSpend(balance, 200, 'bonusFirst')).toEqual({ principalFen: -0, bonusFen: -200 });
    expect(splitSpend(balance, 1_200, 'bonusFirst')).toEqual({
      principalFen: -900,
      bonusFen: -300,
    });
  });

  it('refuses a spend the balance does not cover (one fen short), and a bad amount', () => {
    const balance = { principalFen: 1_000, bonusFen: 300 };
    expect(splitSpend(balance, 1_301, 'principalFirst')).toBeNull();
    expect(splitSpend(balance, 1_301, 'bonusFirst')).toBeNull();
    // A part below zero after a correction counts as empty, not as a debt the other part covers.
    expect(splitSpend({ principalFen: -500, bonusFen: 800 }, 800, 'principalFirst')).toEqual({
      principalFen: -0,
      bonusFen: -800,
    });
    expect(splitSpend({ principalFen: -500, bonusFen: 800 }, 801, 'principalFirst')).toBeNull();
    for (const bad of [0, -1, 1.5, Number.NaN]) {
      expect(() => splitSpend(balance, bad, 'principalFirst')).toThrow(RangeError);
    }
  });

  it('refunds unspent principal only, never the bonus', () => {
    const entries = [entry(50_000, 5_000), entry(-52_000, 0)];
    // Principal first: ¥520 spent leaves −¥20 principal … nothing to refund.
    expect(refundablePrincipal(storedValueBalance(entries))).toBe(0);
    const bonusFirst = [entry(50_000, 5_000), entry(-47_000, -5_000)];
    expect(refundablePrincipal(storedValueBalance(bonusFirst))).toBe(3_000);
    expect(storedValueBalance(bonusFirst).bonusFen).toBe(0);
  });

  it('reverses an entry by its negation, once', () => {
    const spend = { id: 's1', principalFen: -1_200, bonusFen: -300, reverses: null };
    const reversal = { id: 'r1', ...reversalAmounts(spend), reverses: 's1' };
    expect(reversal).toMatchObject({ principalFen: 1_200, bonusFen: 300 });
    const all = [{ ...entry(10_000, 1_000), reverses: null }, spend, reversal];
    expect(storedValueBalance(all)).toEqual(storedValueBalance([entry(10_000, 1_000)]));
    expect(reversedIds(all)).toEqual(new Set(['s1']));
  });

  it("counts one business day's offline spends for the cap, and only those", () => {
    const base = { businessDate: '2026-03-06', offline: true, kind: 'spend' as const };
    const entries = [
      { ...base, principalFen: -20_000, bonusFen: -1_000 },
      { ...base, principalFen: -5_000, bonusFen: 0, offline: false },
      { ...base, principalFen: -3_000, bonusFen: 0, businessDate: '2026-03-05' },
      { ...base, principalFen: 10_000, bonusFen: 0, kind: 'topUp' as const },
    ];
    expect(offlineSpentOn(entries, '2026-03-06')).toBe(21_000);
  });
});

describe('points', () => {
  it('earns whole yuan times the rate, rounding the fen below a yuan down', () => {
    expect(pointsEarnedFor(1_999, { pointsPerYuan: 1 })).toBe(19);
    expect(pointsEarnedFor(2_000, { pointsPerYuan: 2 })).toBe(40);
    expect(pointsEarnedFor(99, { pointsPerYuan: 5 })).toBe(0);
    expect(pointsEarnedFor(-500, { pointsPerYuan: 1 })).toBe(0);
  });

  it('costs whole points to pay, rounded up, and cannot pay when the shop says so', () => {
    expect(pointsToPay(1_001, { pointsPerYuanRedeemed: 100 })).toBe(1_001);
    expect(pointsToPay(1_001, { pointsPerYuanRedeemed: 10 })).toBe(101);
    expect(pointsToPay(1_000, { pointsPerYuanRedeemed: 10 })).toBe(100);
    expect(pointsToPay(1_000, { pointsPerYuanRedeemed: null })).toBeNull();
  });

  it('balances as the sum of entries', () => {
    expect(pointsBalance([{ points: 100 }, { points: -30 }, { points: -70 }])).toBe(0);
  });
});

describe('accounts and visits', () => {
  it('sums a customer with the profiles merged into it', () => {
    const customers = [
      { id: 'keep', mergedInto: null },
      { id: 'dup1', mergedInto: 'keep' },
      { id: 'dup2', mergedInto: 'keep' },
      { id: 'other', mergedInto: null },
    ];
    expect(accountMemberIds('keep', customers)).toEqual(['keep', 'dup1', 'dup2']);
    expect(accountIdOf(customers[1]!)).toBe('keep');
    expect(accountIdOf(customers[3]!)).toBe('other');
  });

  it('takes the last visit from the latest sale', () => {
    expect(lastVisitAt([])).toBeNull();
    expect(lastVisitAt([{ at: 5 }, { at: 9 }, { at: 7 }])).toBe(9);
  });
});
