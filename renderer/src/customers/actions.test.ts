import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import { DEFAULT_CUSTOMER_SETTINGS } from '@domain/customers/schema';
import { VendorDb } from '../db/vendor-db';
import { accountFigures } from './account-figures';
import { addCustomer, charge, erase, merge, topUp } from './actions';
import { loadCustomerAccount } from './use-customers';

const dbs: VendorDb[] = [];
const openDb = () => {
  const db = new VendorDb(newId());
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const clock = { timeZone: 'Asia/Shanghai', cutoffMinutes: 240 };
const person = (name: string, phone: string | null) => ({
  name,
  phone,
  gender: null,
  birthday: null,
  tags: [],
  note: '',
});
const figuresOf = async (db: VendorDb, id: string) => {
  const account = (await loadCustomerAccount(db, id))!;
  return accountFigures(account, [], DEFAULT_CUSTOMER_SETTINGS, {
    today: account.storedValue[0]?.businessDate ?? '2026-12-02',
    now: Date.now(),
    ...clock,
  });
};

describe('the customers’ changes on one desk', () => {
  it('tops up with a plan, charges with a split payment, and the balances add up', async () => {
    const db = openDb();
    const id = await addCustomer(db, person('张三', '13812341234'), null);
    const topUpReceipt = await topUp(db, clock, id, {
      principalFen: 50_000,
      bonusFen: 5_000,
      planId: null,
      paidWith: 'cash',
    });
    const charged = await charge(db, clock, {
      customerId: id,
      amountFen: 60_000,
      method: 'storedValue',
      restMethod: 'cash',
      balance: { principalFen: 50_000, bonusFen: 5_000 },
      points: 0,
      settings: DEFAULT_CUSTOMER_SETTINGS,
      offline: false,
    });
    expect(charged.ok).toBe(true);
    expect(charged.receiptNo).not.toBe(topUpReceipt);
    const figures = await figuresOf(db, id);
    expect(figures.balance).toEqual({ principalFen: 0, bonusFen: 0, totalFen: 0 });
    expect(figures.points).toBe(600);
    expect(figures.lastVisitAt).not.toBeNull();
    expect(await db.outbox.count()).toBe(3);
  });

  it('merges a duplicate: its balance sums into the kept account and its address leads there', async () => {
    const db = openDb();
    const kept = await addCustomer(db, person('张三', '13812341234'), null);
    const dup = await addCustomer(db, person('', '13812341234'), null);
    await topUp(db, clock, dup, {
      principalFen: 10_000,
      bonusFen: 0,
      planId: null,
      paidWith: 'cash',
    });
    await merge(db, kept, [dup], {});
    expect((await figuresOf(db, kept)).balance.totalFen).toBe(10_000);
    expect((await loadCustomerAccount(db, dup))?.customer.id).toBe(kept);
  });

  it('erases the person and keeps the entries under the id', async () => {
    const db = openDb();
    const id = await addCustomer(db, person('李四', '13900001111'), { granted: true, at: 1 });
    await topUp(db, clock, id, {
      principalFen: 1_000,
      bonusFen: 0,
      planId: null,
      paidWith: 'cash',
    });
    await erase(db, id);
    const account = (await loadCustomerAccount(db, id))!;
    expect(account.personal).toBeNull();
    expect(account.customer.erasedAt).not.toBeNull();
    expect(account.customer.consent).toBeNull();
    expect(account.storedValue).toHaveLength(1);
    expect(await db.privacyLogEntry.toArray()).toMatchObject([{ kind: 'erasure', customerId: id }]);
  });
});
