import { describe, expect, it } from 'vitest';
import { newId } from '../../ids';
import { checkInvariants } from '../../sync/invariants';
import { memoryLoader } from '../../sync/test-support/memory-loader';
import {
  createCustomer,
  eraseCustomer,
  importCustomers,
  mergeCustomers,
  setCustomerConsent,
  updateCustomer,
} from '../mutations';
import { erasedStaysErased } from './erased';

const ERASED = newId();
const LIVE = newId();
const loader = memoryLoader({
  entities: {
    customer: [
      { id: ERASED, mergedInto: null, erasedAt: 5_000 },
      { id: LIVE, mergedInto: null, erasedAt: null },
    ],
  },
});

async function judge(
  definition: { args: { parse: (v: unknown) => unknown }; ops: (a: never) => unknown },
  args: unknown,
) {
  const parsed = definition.args.parse(args);
  return checkInvariants(
    [erasedStaysErased],
    parsed,
    loader,
    definition.ops(parsed as never) as never,
  );
}

const person = (id: string) => ({
  customer: { id, source: 'shop', createdAt: 1, consent: null, mergedInto: null, erasedAt: null },
  personal: {
    id,
    name: '张三',
    phone: '13812345678',
    gender: null,
    birthday: null,
    tags: [],
    note: '',
  },
});

describe('customer.erased', () => {
  it('turns down an edit, a consent, a new record and an import of the erased person', async () => {
    const expected = { rule: 'customer.erased', details: { customerId: ERASED, erasedAt: 5_000 } };
    expect(await judge(updateCustomer, { id: ERASED, fields: { name: '张三' } })).toMatchObject(
      expected,
    );
    expect(
      await judge(setCustomerConsent, { id: ERASED, consent: { granted: true, at: 6_000 } }),
    ).toMatchObject(expected);
    expect(await judge(createCustomer, person(ERASED))).toMatchObject(expected);
    expect(
      await judge(importCustomers, {
        creates: [person(LIVE)],
        updates: [{ id: ERASED, fields: { note: '老客' } }],
        storedValue: [],
        points: [],
      }),
    ).toMatchObject(expected);
  });

  it('turns down a merge into or of the erased profile', async () => {
    const into = { keepId: ERASED, mergedIds: [LIVE], aliasIds: [], fields: {} };
    expect(await judge(mergeCustomers, into)).toMatchObject({ rule: 'customer.erased' });
    const of = { keepId: LIVE, mergedIds: [ERASED], aliasIds: [], fields: {} };
    expect(await judge(mergeCustomers, of)).toMatchObject({ rule: 'customer.erased' });
  });

  it('lets edits of everyone else through, and does not guard the erasure itself', async () => {
    expect(await judge(updateCustomer, { id: LIVE, fields: { name: '李四' } })).toBeNull();
    expect(await judge(createCustomer, person(newId()))).toBeNull();
    expect(erasedStaysErased.mutation).not.toContain(eraseCustomer.name);
  });
});
