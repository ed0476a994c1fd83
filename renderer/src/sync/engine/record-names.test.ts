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

  it('names a turned-down new booking by its new guest, found in the change, and a redemption by its code', async () => {
    const db = new VendorDb(newId());
    dbs.push(db);
    const customerId = newId();
    const bookingId = newId();
    const args = {
      booking: { id: bookingId, customerId, code: '2KB3YCG8' },
      newCustomer: { customer: { id: customerId }, personal: { id: customerId, name: '王先生' } },
    };
    const records = [
      { table: 'customer', id: customerId },
      { table: 'customerPersonal', id: customerId },
      { table: 'booking', id: bookingId },
    ];
    expect((await nameRecords(db, records, args, 'zh-CN')).map((r) => r.name)).toEqual([
      '王先生',
      '王先生',
      '王先生',
    ]);
    const redemptionId = newId();
    const redemption = { redemption: { id: redemptionId, code: '123456789018' } };
    expect(
      (await nameRecords(db, [{ table: 'redemption', id: redemptionId }], redemption, 'zh-CN'))[0],
    ).toMatchObject({ name: '1234 5678 9018' });
  });
});
