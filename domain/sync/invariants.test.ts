import { describe, expect, it } from 'vitest';
import type { EntityRow } from '../mutations/row-ops';
import {
  checkInvariants,
  defineInvariant,
  InvariantRegistry,
  type InvariantLoader,
} from './invariants';

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

function memoryLoader(customers: EntityRow[], entries: EntityRow[]): InvariantLoader {
  return async (read) => {
    const matches = (row: EntityRow) => 'field' in read && row[read.field] === read.equals;
    switch (read.kind) {
      case 'entity':
        return customers.find((row) => row.id === read.id) ?? null;
      case 'entitiesWhere':
        return customers.filter(matches);
      case 'ledgerSum':
        return entries.filter(matches).reduce((sum, row) => sum + Number(row[read.sum]), 0);
      case 'ledgerCount':
        return entries.filter(matches).length;
    }
  };
}

describe('invariant rules', () => {
  const registry = new InvariantRegistry([customerMustExist, balanceNeverBelowZero]);
  const customers = [{ id: 'c1', name: '王女士' }];
  const entries = [
    { id: 'e1', customerId: 'c1', amountFen: 10_000 },
    { id: 'e2', customerId: 'c1', amountFen: -7_000 },
    { id: 'e3', customerId: 'c2', amountFen: 50_000 },
  ];
  const load = memoryLoader(customers, entries);
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
});
