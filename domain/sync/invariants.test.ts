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
});
