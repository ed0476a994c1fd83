import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '@domain/ids';
import { receiptNoSchema } from '@domain/customers/schema';
import { VendorDb } from '../db/vendor-db';
import { takeReceiptNumbers, thisDeskCode } from './receipts';

const dbs: VendorDb[] = [];
const openDb = () => {
  const db = new VendorDb(newId());
  dbs.push(db);
  return db;
};
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('receipt numbers', () => {
  it('counts per business day on this desk, starting again each day', async () => {
    const db = openDb();
    const code = await thisDeskCode(db);
    expect(await takeReceiptNumbers(db, '2026-12-02')).toEqual([`${code}-20261202-0001`]);
    expect(await takeReceiptNumbers(db, '2026-12-02', 2)).toEqual([
      `${code}-20261202-0002`,
      `${code}-20261202-0003`,
    ]);
    const [nextDay] = await takeReceiptNumbers(db, '2026-12-03');
    expect(nextDay).toBe(`${code}-20261203-0001`);
    expect(receiptNoSchema.safeParse(nextDay).success).toBe(true);
  });

  it('never gives one number twice, even when taken at once', async () => {
    const db = openDb();
    const taken = await Promise.all(
      Array.from({ length: 20 }, () => takeReceiptNumbers(db, '2026-12-02')),
    );
    expect(new Set(taken.flat()).size).toBe(20);
  });

  it('gives two desks of one shop different codes', async () => {
    expect(await thisDeskCode(openDb())).not.toBe(await thisDeskCode(openDb()));
  });
});
