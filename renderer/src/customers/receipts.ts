/**
 * Receipt numbers for this desk (domain/customers/receipt.ts): the desk's code from the device
 * id its changes go out under, the business date, and this desk's counter for that date, kept in
 * `meta`. Taking a number is its own small transaction before the change is made: a change that
 * then fails leaves a gap in the numbers, never a number used twice.
 */
import { deskCode, receiptNumber } from '@domain/customers/receipt';
import { ensureDeviceId } from '../db/mutate';
import type { VendorDb } from '../db/vendor-db';

const COUNTER_KEY = 'receiptCounter';

interface Counter {
  businessDate: string;
  last: number;
}

/** Takes the next `count` receipt numbers of `businessDate` on this desk, in order. */
export async function takeReceiptNumbers(
  db: VendorDb,
  businessDate: string,
  count = 1,
): Promise<string[]> {
  return db.transaction('rw', db.meta, async () => {
    const code = deskCode(await ensureDeviceId(db));
    const row = await db.meta.get(COUNTER_KEY);
    const counter = row?.value as Counter | undefined;
    const last = counter?.businessDate === businessDate ? counter.last : 0;
    await db.meta.put({ key: COUNTER_KEY, value: { businessDate, last: last + count } });
    return Array.from({ length: count }, (_, i) => receiptNumber(code, businessDate, last + i + 1));
  });
}

/** The desk code this desk's receipts start with. */
export async function thisDeskCode(db: VendorDb): Promise<string> {
  return deskCode(await ensureDeviceId(db));
}
