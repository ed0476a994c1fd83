import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import { VendorDb } from '../../db/vendor-db';
import { nameRecords } from './record-names';

const dbs: VendorDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('naming the records a change touched', () => {
  it('names a customer and their ledger entries by the person, and nothing once erased', async () => {
    const db = new VendorDb(newId());
    dbs.push(db);
    const customerId = newId();
    const entryId = newId();
    await db.customer.put({ id: customerId } as never);
    await db.customerPersonal.put({ id: customerId, name: '张三' } as never);
    await db.storedValueEntry.put({ id: entryId, customerId } as never);
    const records = [
      { table: 'customer', id: customerId },
      { table: 'storedValueEntry', id: entryId },
    ];
    expect((await nameRecords(db, records, null, 'zh-CN')).map((r) => r.name)).toEqual([
      '张三',
      '张三',
    ]);
    await db.customerPersonal.delete(customerId);
    expect((await nameRecords(db, records, null, 'zh-CN')).map((r) => r.name)).toEqual([
      null,
      null,
    ]);
  });
});
