import { describe, expect, it } from 'vitest';
import { chargeCustomer } from '@domain/customers/mutations';
import { DEFAULT_CUSTOMER_SETTINGS } from '@domain/customers/schema';
import { buildCharge, offlineCapCheck, type ChargeInput } from './charge';

const CUSTOMER = '0195a000-0000-7000-8000-0000000000c1';
const context = {
  at: 1_764_000_000_000,
  businessDate: '2026-12-02',
  receiptNo: 'K7Q2MD-20261202-0001',
  staffId: null,
};
const input = (over: Partial<ChargeInput> = {}): ChargeInput => ({
  customerId: CUSTOMER,
  amountFen: 12_345,
  method: 'storedValue',
  restMethod: null,
  balance: { principalFen: 50_000, bonusFen: 5_000 },
  points: 0,
  settings: DEFAULT_CUSTOMER_SETTINGS,
  offline: false,
  context,
  ...over,
});

/** The built change must be what customer.charge accepts. */
function accepted(result: ReturnType<typeof buildCharge>) {
  if (!result.ok) throw new Error(result.error);
  return chargeCustomer.args.parse(result.args);
}

describe('the charge builder', () => {
  it('takes stored value in the shop’s order and earns points on whole yuan', () => {
    const args = accepted(buildCharge(input()));
    expect(args.storedValue).toMatchObject({ kind: 'spend', principalFen: -12_345, bonusFen: -0 });
    expect(args.sales).toMatchObject([{ method: 'storedValue', amountFen: 12_345 }]);
    // ¥123.45 earns 123 points at 1 per yuan: the 45 fen earn nothing.
    expect(args.points).toMatchObject([{ kind: 'earn', points: 123 }]);
    expect(
      new Set([...args.sales, args.storedValue!, ...args.points].map((e) => e.receiptNo)),
    ).toEqual(new Set([context.receiptNo]));
  });

  it('takes the bonus first when the shop says so, then the principal', () => {
    const args = accepted(
      buildCharge(
        input({ settings: { ...DEFAULT_CUSTOMER_SETTINGS, spendingOrder: 'bonusFirst' } }),
      ),
    );
    expect(args.storedValue).toMatchObject({ principalFen: -7_345, bonusFen: -5_000 });
  });

  it('says how much stored value there is when it does not cover the amount', () => {
    const result = buildCharge(input({ amountFen: 60_000 }));
    expect(result).toEqual({ ok: false, error: 'storedValueShort', availableFen: 55_000 });
  });

  it('splits the payment: the balance from stored value, the rest by the method chosen', () => {
    const args = accepted(buildCharge(input({ amountFen: 60_000, restMethod: 'wechat' })));
    expect(args.sales.map((s) => [s.method, s.amountFen])).toEqual([
      ['storedValue', 55_000],
      ['wechat', 5_000],
    ]);
    expect(args.storedValue).toMatchObject({ principalFen: -50_000, bonusFen: -5_000 });
  });

  it('marks a stored-value spend made offline', () => {
    expect(accepted(buildCharge(input({ offline: true }))).storedValue?.offline).toBe(true);
  });

  it('pays with points at the shop’s rate, rounded up, and earns nothing on them', () => {
    const args = accepted(
      buildCharge(input({ method: 'points', amountFen: 1_050, points: 2_000 })),
    );
    expect(args.sales).toMatchObject([{ method: 'points', amountFen: 1_050, pointsUsed: 1_050 }]);
    expect(args.points).toMatchObject([{ kind: 'redeem', points: -1_050 }]);
    expect(args.storedValue).toBeNull();
    expect(buildCharge(input({ method: 'points', amountFen: 1_050, points: 1_000 }))).toEqual({
      ok: false,
      error: 'pointsShort',
      needed: 1_050,
      available: 1_000,
    });
    expect(
      buildCharge(
        input({
          method: 'points',
          settings: { ...DEFAULT_CUSTOMER_SETTINGS, pointsPerYuanRedeemed: null },
        }),
      ),
    ).toEqual({ ok: false, error: 'pointsCannotPay' });
  });

  it('records another method as it is, with the points it earns', () => {
    const args = accepted(
      buildCharge(
        input({ method: 'cash', amountFen: 9_999, balance: { principalFen: 0, bonusFen: 0 } }),
      ),
    );
    expect(args.sales).toMatchObject([{ method: 'cash', amountFen: 9_999 }]);
    expect(args.points).toMatchObject([{ kind: 'earn', points: 99 }]);
  });
});

describe('the offline cap', () => {
  const cap = { capFen: 50_000 };
  it('asks offline when today’s offline spend and this one pass the cap', () => {
    expect(
      offlineCapCheck({ offline: true, spentTodayFen: 40_000, spendFen: 20_000, ...cap }),
    ).toEqual({
      ask: true,
      spentTodayFen: 40_000,
      capFen: 50_000,
      overFen: 10_000,
    });
  });
  it('does not ask up to the cap itself, nor online', () => {
    expect(
      offlineCapCheck({ offline: true, spentTodayFen: 30_000, spendFen: 20_000, ...cap }).ask,
    ).toBe(false);
    expect(
      offlineCapCheck({ offline: false, spentTodayFen: 40_000, spendFen: 20_000, ...cap }).ask,
    ).toBe(false);
  });
});
