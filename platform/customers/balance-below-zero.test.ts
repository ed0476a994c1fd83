import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collectDifference } from '../../domain/customers/invariants/balance-below-zero';
import { chargeCustomer } from '../../domain/customers/mutations';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { newCustomer, points, pointsCharge, storedValueCharge, topUpArgs } from '../test/customers';
import { PulledRows, pullToEnd } from '../test/pull-client';
import {
  outboxEntry,
  pushAccepted,
  resetSeqs,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';

// The product's own rules: storedValue.belowZero and points.belowZero as the customers part declares them.
describe.each(backends)('balances below zero on %s', (backend) => {
  let platform: TestPlatform;
  let vendorId: string;
  let desks: Device[];
  let customerId: string;

  beforeAll(async () => {
    platform = await startTestPlatform(backend, { signInLimit: { addressFailures: 100_000 } });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  const push = (as: Device, name: string, args: unknown) =>
    pushAccepted(platform, vendorId, as, [outboxEntry(as, name, args)]);
  const sums = async () => {
    const [row] = await platform.db.query<{ principal: number; bonus: number; pts: number }>(
      `select
         coalesce(sum((data ->> 'principalFen')::int) filter (where tbl = 'storedValueEntry'), 0)::int as principal,
         coalesce(sum((data ->> 'bonusFen')::int) filter (where tbl = 'storedValueEntry'), 0)::int as bonus,
         coalesce(sum((data ->> 'points')::int) filter (where tbl = 'pointsEntry'), 0)::int as pts
       from ledger_entries where vendor_id = $1`,
      [vendorId],
    );
    return row!;
  };
  /** What a desk holds after it pulls: the sum of the entries it received. */
  const deskSums = async (desk: Device) => {
    const rows = new PulledRows();
    await pullToEnd(platform, vendorId, desk, rows);
    const sum = (table: string, field: string) =>
      [...(rows.tables.get(table)?.values() ?? [])].reduce((s, r) => s + Number(r[field]), 0);
    return {
      principal: sum('storedValueEntry', 'principalFen'),
      bonus: sum('storedValueEntry', 'bonusFen'),
      pts: sum('pointsEntry', 'points'),
    };
  };

  // One shop, four desks; 王小明 holds ¥100 principal + ¥10 bonus and 500 points.
  beforeEach(async () => {
    resetSeqs();
    let login: string;
    let front: Device;
    ({ vendorId, device: front, login } = await platform.vendor('老王面馆'));
    desks = [front, ...(await Promise.all([1, 2, 3].map(() => platform.signIn(login))))];
    const person = newCustomer();
    customerId = person.customer.id;
    await push(front, 'customer.create', person);
    await push(front, 'storedValue.topUp', topUpArgs(customerId, 10_000, 1_000));
    await push(front, 'customers.import', {
      creates: [],
      updates: [],
      storedValue: [],
      points: [points(customerId, 'opening', 500)],
    });
  });

  it('lets exactly one of four concurrent overspends through, never below zero, and every desk sums to the platform', async () => {
    const receipts = ['AAAAAA', 'BBBBBB', 'CCCCCC', 'DDDDDD'].map(
      (code) => `${code}-20260306-0001`,
    );
    const charges = desks.map((desk, i) =>
      storedValueCharge(customerId, 8_000, { receiptNo: receipts[i] }),
    );
    const answers = await Promise.all(
      desks.map((desk, i) => push(desk, chargeCustomer.name, charges[i])),
    );
    const statuses = answers.map((answer) => answer.results[0]!.status);
    expect(statuses.filter((s) => s === 'applied')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'rejected')).toHaveLength(3);
    const winner = statuses.indexOf('applied');
    for (const answer of answers.filter((_, i) => i !== winner)) {
      expect(answer.results[0]).toMatchObject({
        reason: 'invariant_violated',
        rule: 'storedValue.belowZero',
        details: {
          customerId,
          accountId: customerId,
          available: { principalFen: 2_000, bonusFen: 1_000 },
          requestedTotal: 8_000,
          availableTotal: 3_000,
          shortfall: 5_000,
          otherReceipt: receipts[winner],
          otherAmount: 8_000,
        },
      });
    }
    expect(await sums()).toMatchObject({ principal: 2_000, bonus: 1_000 });
    for (const desk of desks) expect(await deskSums(desk)).toEqual(await sums());
  });

  it('sums the whole account: a spend on a merged profile counts against the kept one', async () => {
    const [front, back] = desks as [Device, Device];
    const duplicate = newCustomer({ name: '王小明', phone: '13812345678' });
    await push(front, 'customer.create', duplicate);
    await push(front, 'storedValue.topUp', topUpArgs(duplicate.customer.id, 5_000));
    await push(front, 'customer.merge', {
      keepId: customerId,
      mergedIds: [duplicate.customer.id],
      aliasIds: [],
      fields: {},
    });
    // The account holds ¥160 in all: ¥150 from the kept profile passes, another ¥20 from the alias does not.
    const first = await push(front, chargeCustomer.name, storedValueCharge(customerId, 15_000));
    expect(first.results[0]).toMatchObject({ status: 'applied' });
    const second = await push(
      back,
      chargeCustomer.name,
      storedValueCharge(duplicate.customer.id, 2_000),
    );
    expect(second.results[0]).toMatchObject({
      status: 'rejected',
      rule: 'storedValue.belowZero',
      details: { customerId: duplicate.customer.id, accountId: customerId, shortfall: 1_000 },
    });
  });

  it('lets exactly one of two concurrent points redemptions through, and every desk sums to the platform', async () => {
    const [front, back] = desks as [Device, Device];
    const answers = await Promise.all([
      push(front, chargeCustomer.name, pointsCharge(customerId, 4_000, 400)),
      push(back, chargeCustomer.name, pointsCharge(customerId, 3_000, 300)),
    ]);
    const results = answers.map((answer) => answer.results[0]!);
    expect(results.map((r) => r.status).sort()).toEqual(['applied', 'rejected']);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      rule: 'points.belowZero',
    });
    const { pts } = await sums();
    expect(pts === 100 || pts === 200).toBe(true);
    for (const desk of desks) expect(await deskSums(desk)).toEqual(await sums());
  });

  it("settles a rejected spend with the shop's fix: the fixed charge passes and the balance is exactly zero", async () => {
    const [front, back] = desks as [Device, Device];
    await push(front, chargeCustomer.name, storedValueCharge(customerId, 10_000));
    const late = storedValueCharge(customerId, 5_000);
    const rejected = (await push(back, chargeCustomer.name, late)).results[0]!;
    expect(rejected.status).toBe('rejected');
    const fixed = collectDifference.fix(
      { name: chargeCustomer.name, args: late },
      rejected.details as Record<string, unknown>,
      undefined,
    );
    expect(fixed).not.toBeNull();
    const settled = await push(back, fixed!.name, fixed!.args);
    expect(settled.results[0]).toMatchObject({ status: 'applied' });
    expect(await sums()).toMatchObject({ principal: 0, bonus: 0 });
  });
});
