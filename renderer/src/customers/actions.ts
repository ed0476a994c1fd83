/**
 * The customers part's changes as the console makes them, through the mutation layer (which asks
 * a manager's approval itself when the member at the desk lacks the right). Each money change
 * takes its receipt number first, in its own small transaction: a change that then fails leaves a
 * gap in the numbers, never a number printed twice.
 */
import { newId } from '@domain/ids';
import {
  adjustPoints,
  chargeCustomer,
  createCustomer,
  eraseCustomer,
  mergeCustomers,
  refundStoredValue,
  reverseStoredValue,
  setCustomerConsent,
  topUpStoredValue,
  updateCustomer,
  type PersonalPatch,
} from '@domain/customers/mutations';
import type {
  Consent,
  CustomerPersonal,
  CustomerSource,
  PaymentMethod,
  PointsEntry,
  StoredValueEntry,
} from '@domain/customers/schema';
import type { ShopClock } from '@domain/menu/shop-clock';
import { businessDate } from '@domain/time';
import { mutate } from '../db/mutate';
import type { VendorDb } from '../db/vendor-db';
import { readDeskMember } from '../staff/desk-store';
import { buildCharge, type ChargeInput } from './counter/charge';
import {
  pointsAdjustment,
  pointsReversal,
  refundEntry,
  storedValueReversal,
  topUpEntry,
  type EntryContext,
} from './entries';
import { takeReceiptNumbers } from './receipts';

/** The context of a change made now at this desk, with a receipt number when it takes money. */
export async function entryContext(
  db: VendorDb,
  clock: ShopClock,
  withReceipt: boolean,
  now = Date.now(),
): Promise<EntryContext> {
  const day = businessDate(now, clock.timeZone, clock.cutoffMinutes);
  const [receiptNo] = withReceipt ? await takeReceiptNumbers(db, day) : [null];
  return {
    at: now,
    businessDate: day,
    receiptNo: receiptNo ?? null,
    staffId: (await readDeskMember(db))?.staffId ?? null,
  };
}

export async function addCustomer(
  db: VendorDb,
  person: Omit<CustomerPersonal, 'id'>,
  consent: Consent,
  source: CustomerSource = 'shop',
  now = Date.now(),
): Promise<string> {
  const id = newId();
  await mutate(db, createCustomer, {
    customer: { id, source, createdAt: now, consent, mergedInto: null, erasedAt: null },
    personal: { id, ...person },
  });
  return id;
}

export const editCustomer = (db: VendorDb, id: string, fields: PersonalPatch) =>
  mutate(db, updateCustomer, { id, fields });

export const changeConsent = (db: VendorDb, id: string, consent: Consent) =>
  mutate(db, setCustomerConsent, { id, consent });

/** Tops up; returns the receipt number. */
export async function topUp(
  db: VendorDb,
  clock: ShopClock,
  customerId: string,
  top: { principalFen: number; bonusFen: number; planId: string | null; paidWith: PaymentMethod },
): Promise<string> {
  const context = await entryContext(db, clock, true);
  await mutate(db, topUpStoredValue, { entry: topUpEntry(customerId, top, context) });
  return context.receiptNo!;
}

export async function refund(
  db: VendorDb,
  clock: ShopClock,
  customerId: string,
  amountFen: number,
  paidWith: PaymentMethod,
  reason: string | null,
): Promise<string> {
  const context = await entryContext(db, clock, true);
  await mutate(db, refundStoredValue, {
    entry: refundEntry(customerId, amountFen, paidWith, reason, context),
  });
  return context.receiptNo!;
}

export async function reverseEntry(
  db: VendorDb,
  clock: ShopClock,
  entry: { table: 'storedValue'; row: StoredValueEntry } | { table: 'points'; row: PointsEntry },
  reason: string,
): Promise<string> {
  const context = await entryContext(db, clock, true);
  if (entry.table === 'storedValue')
    await mutate(db, reverseStoredValue, {
      entry: storedValueReversal(entry.row, reason, context),
    });
  else await mutate(db, adjustPoints, { entry: pointsReversal(entry.row, reason, context) });
  return context.receiptNo!;
}

export async function adjustPointsBy(
  db: VendorDb,
  clock: ShopClock,
  customerId: string,
  points: number,
  reason: string,
): Promise<void> {
  const context = await entryContext(db, clock, false);
  await mutate(db, adjustPoints, { entry: pointsAdjustment(customerId, points, reason, context) });
}

/**
 * Charges: builds the change with this desk's next receipt number and makes it. Returns the
 * receipt number, or the builder's refusal (the dialog has already shown it, so this is rare).
 */
export async function charge(
  db: VendorDb,
  clock: ShopClock,
  input: Omit<ChargeInput, 'context'>,
): Promise<ReturnType<typeof buildCharge> & { receiptNo: string | null }> {
  const context = await entryContext(db, clock, true);
  const built = buildCharge({ ...input, context });
  if (built.ok) await mutate(db, chargeCustomer, built.args);
  return { ...built, receiptNo: context.receiptNo };
}

/** Merges `mergedIds` into `keepId`, filling its blanks with `fields`; their aliases follow. */
export async function merge(
  db: VendorDb,
  keepId: string,
  mergedIds: string[],
  fields: PersonalPatch,
): Promise<void> {
  const aliases = await db.customer.where('mergedInto').anyOf(mergedIds).toArray();
  await mutate(db, mergeCustomers, {
    keepId,
    mergedIds,
    aliasIds: aliases.map((alias) => alias.id).filter((id) => id !== keepId),
    fields,
  });
}

/** Erases the person (PIPL art. 47): their record goes, the entries stay under the id. */
export async function erase(db: VendorDb, customerId: string, now = Date.now()): Promise<void> {
  const staffId = (await readDeskMember(db))?.staffId ?? null;
  await mutate(db, eraseCustomer, {
    id: customerId,
    erasedAt: now,
    log: { id: newId(), kind: 'erasure', customerId, count: null, at: now, staffId },
  });
}
