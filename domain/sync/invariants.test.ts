import { describe, expect, it } from 'vitest';
import { checkInvariants, defineInvariant, InvariantRegistry } from './invariants';
import { memoryLoader } from './test-support/memory-loader';

// A test-only ledger: stored value (储值) entries per customer; a balance is their sum.
interface SpendArgs {
  entryId: string;
  customerId: string;
  amountFen: number;
}

const balanceNeverBelowZero = defineInvariant({
  rule: 'storedValue.balanceBelowZero',
  mutation: 'test.storedValue.spend',
  reads: (args: SpendArgs) => ({
    balanceFen: {
      kind: 'ledgerSum',
      table: 'storedValueEntry',
      field: 'customerId',
      equals: args.customerId,
      sum: 'amountFen',
    },
  }),
  check: (args, state) =>
    state.balanceFen + args.amountFen < 0
      ? {
          message: 'stored value would go below zero',
          details: { balanceFen: state.balanceFen, requestedFen: -args.amountFen },
        }
      : null,
});

const customerMustExist = defineInvariant({
  rule: 'customer.missing',
  mutation: 'test.storedValue.spend',
  reads: (args: SpendArgs) => ({
    customer: { kind: 'entity', table: 'customer', id: args.customerId },
  }),
  check: (_args, state) => (state.customer ? null : { message: 'no such customer' }),
});

describe('invariant rules', () => {
  const registry = new InvariantRegistry([customerMustExist, balanceNeverBelowZero]);
  const customers = [{ id: 'c1', name: '王女士' }];
  const entries = [
    { id: 'e1', customerId: 'c1', amountFen: 10_000 },
    { id: 'e2', customerId: 'c1', amountFen: -7_000 },
    { id: 'e3', customerId: 'c2', amountFen: 50_000 },
  ];
  const load = memoryLoader({
    entities: { customer: customers },
    ledgers: { storedValueEntry: entries },
  });
  const rules = registry.forMutation('test.storedValue.spend');

  it('lets a spend within the balance through', async () => {
    const args = { entryId: 'e4', customerId: 'c1', amountFen: -3_000 };
    expect(await checkInvariants(rules, args, load)).toBeNull();
  });

  it('rejects a spend that would take the balance below zero, with the facts', async () => {
    const args = { entryId: 'e4', customerId: 'c1', amountFen: -3_001 };
    expect(await checkInvariants(rules, args, load)).toEqual({
      rule: 'storedValue.balanceBelowZero',
      message: 'stored value would go below zero',
      details: { balanceFen: 3_000, requestedFen: 3_001 },
    });
  });

  it('runs rules in order and reports the first that says no', async () => {
    const args = { entryId: 'e4', customerId: 'nobody', amountFen: -1 };
    expect((await checkInvariants(rules, args, load))?.rule).toBe('customer.missing');
  });

  it('has no rules for mutations nobody guarded', () => {
    expect(registry.forMutation('vendorProfile.update')).toEqual([]);
  });

  it('refuses two rules with one id for one mutation', () => {
    expect(() => new InvariantRegistry([customerMustExist, customerMustExist])).toThrow(
      /duplicate/,
    );
  });

  it('narrows a read by further fields, compared as text', async () => {
    const spentToday = memoryLoader({
      ledgers: {
        storedValueEntry: [
          { id: 'e1', customerId: 'c1', day: '2026-03-06', amountFen: -500 },
          { id: 'e2', customerId: 'c1', day: '2026-03-07', amountFen: -700 },
          { id: 'e3', customerId: 'c2', day: '2026-03-06', amountFen: -900 },
          { id: 'e4', customerId: 'c1', day: '2026-03-06', amountFen: -100, shift: 2 },
        ],
      },
    });
    const read = {
      table: 'storedValueEntry',
      field: 'customerId',
      equals: 'c1',
      and: { day: '2026-03-06' },
    };
    expect(await spentToday({ kind: 'ledgerSum', ...read, sum: 'amountFen' })).toBe(-600);
    expect(await spentToday({ kind: 'ledgerCount', ...read })).toBe(2);
    expect(
      await spentToday({ kind: 'ledgerCount', ...read, and: { day: '2026-03-06', shift: '2' } }),
    ).toBe(1);
  });

  it('loads staged reads in order, each stage seeing what the earlier ones found', async () => {
    // The customer's record names its account; the account's aliases say whose entries to sum.
    const state = memoryLoader({
      entities: {
        customer: [
          { id: 'keep', mergedInto: null },
          { id: 'dup', mergedInto: 'keep' },
          { id: 'other', mergedInto: null },
        ],
      },
      ledgers: {
        storedValueEntry: [
          { id: 'e1', customerId: 'keep', amountFen: 3_000 },
          { id: 'e2', customerId: 'dup', amountFen: 2_000 },
          { id: 'e3', customerId: 'other', amountFen: 90_000 },
        ],
      },
    });
    const seen: string[] = [];
    const accountBalance = defineInvariant({
      rule: 'test.accountBelowZero',
      mutation: 'test.storedValue.spend',
      reads: (args: SpendArgs) => ({
        customer: { kind: 'entity', table: 'customer', id: args.customerId },
      }),
      thenReads: [
        (_args, got) => {
          seen.push(`stage 1 saw ${JSON.stringify(Object.keys(got))}`);
          const account = (got.customer?.mergedInto as string | null) ?? got.customer!.id;
          return {
            aliases: {
              kind: 'entitiesMatchingAny',
              table: 'customer',
              field: 'mergedInto',
              values: [account],
            },
            account: { kind: 'entity', table: 'customer', id: account },
          };
        },
        (_args, got) => {
          seen.push(`stage 2 saw ${JSON.stringify(Object.keys(got))}`);
          const ids = [
            (got.account as { id: string }).id,
            ...(got.aliases as Array<{ id: string }>).map((row) => row.id),
          ];
          return {
            balance: {
              kind: 'ledgerSum',
              table: 'storedValueEntry',
              field: 'customerId',
              in: ids,
              sum: 'amountFen',
            },
          };
        },
      ],
      check: (args, got) =>
        (got.balance as number) + args.amountFen < 0
          ? { message: 'below zero', details: { balance: got.balance } }
          : null,
    });
    const spend = (amountFen: number) => ({ entryId: 'x', customerId: 'dup', amountFen });
    expect(await checkInvariants([accountBalance], spend(-5_000), state)).toBeNull();
    expect(seen).toEqual([
      'stage 1 saw ["customer"]',
      'stage 2 saw ["customer","aliases","account"]',
    ]);
    expect(await checkInvariants([accountBalance], spend(-5_001), state)).toMatchObject({
      rule: 'test.accountBelowZero',
      details: { balance: 5_000 },
    });
  });

  it('matches a list of values (`in`), and the newest entries first', async () => {
    const state = memoryLoader({
      ledgers: {
        storedValueEntry: [
          { id: 'e1', customerId: 'a', amountFen: 1 },
          { id: 'e2', customerId: 'b', amountFen: 2 },
          { id: 'e3', customerId: 'c', amountFen: 4 },
          { id: 'e4', customerId: 'a', amountFen: 8 },
        ],
      },
    });
    const match = { table: 'storedValueEntry', field: 'customerId', in: ['a', 'b'] };
    expect(await state({ kind: 'ledgerSum', ...match, sum: 'amountFen' })).toBe(11);
    expect(await state({ kind: 'ledgerCount', ...match })).toBe(3);
    expect(await state({ kind: 'ledgerLatest', ...match, limit: 2 })).toEqual([
      { id: 'e4', customerId: 'a', amountFen: 8 },
      { id: 'e2', customerId: 'b', amountFen: 2 },
    ]);
    expect(await state({ kind: 'ledgerSum', ...match, in: [], sum: 'amountFen' })).toBe(0);
  });
});
