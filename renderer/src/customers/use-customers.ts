/**
 * Live reads of the customers part. One customer's account (the profile, its aliases and every
 * ledger entry of all of them) is one query by the ledgers' customerId index, so a profile costs
 * the same with 50,000 customers as with 5. The shop's settings fall back to the defaults until
 * the shop saves its own.
 */

import { useLiveQuery } from 'dexie-react-hooks';
import {
  DEFAULT_CUSTOMER_SETTINGS,
  type Customer,
  type CustomerPersonal,
  type CustomerSettings,
  type PointsEntry,
  type SaleEntry,
  type StoredValueEntry,
} from '@domain/customers/schema';
import type { VendorDb } from '../db/vendor-db';
import { useActiveVendor } from '../vendors/use-vendor';

export function useCustomerSettings(): CustomerSettings | undefined {
  const { db, vendorId } = useActiveVendor();
  return useLiveQuery(
    async () =>
      (await db.customerSettings.get(vendorId)) ?? { id: vendorId, ...DEFAULT_CUSTOMER_SETTINGS },
    [db, vendorId],
  );
}

export function useCustomerTiers() {
  const { db } = useActiveVendor();
  return useLiveQuery(
    async () => (await db.customerTier.toArray()).sort((a, b) => a.rank - b.rank),
    [db],
  );
}

export function useTopUpPlans() {
  const { db } = useActiveVendor();
  return useLiveQuery(
    async () => (await db.topUpPlan.toArray()).sort((a, b) => a.payFen - b.payFen),
    [db],
  );
}

/** A customer's account as the desk holds it: the kept profile, its aliases and their entries. */
export interface CustomerAccount {
  /** The id the route asked for (an alias opens the account it was merged into). */
  requestedId: string;
  customer: Customer;
  /** The person; null once erased (or for a profile never given details). */
  personal: CustomerPersonal | null;
  /** The profiles merged into this one. */
  aliases: Customer[];
  memberIds: string[];
  storedValue: StoredValueEntry[];
  points: PointsEntry[];
  sales: SaleEntry[];
}

const byTime = <T extends { at: number; id: string }>(a: T, b: T) =>
  a.at - b.at || (a.id < b.id ? -1 : 1);

/** Reads one account; null when no such customer exists on this desk. */
export async function loadCustomerAccount(
  db: VendorDb,
  customerId: string,
): Promise<CustomerAccount | null> {
  const requested = await db.customer.get(customerId);
  if (!requested) return null;
  const accountId = requested.mergedInto ?? requested.id;
  const customer = accountId === requested.id ? requested : await db.customer.get(accountId);
  if (!customer) return null;
  const aliases = await db.customer.where('mergedInto').equals(accountId).toArray();
  const memberIds = [
    accountId,
    ...aliases.map((alias) => alias.id).filter((id) => id !== accountId),
  ];
  const [personal, storedValue, points, sales] = await Promise.all([
    db.customerPersonal.get(accountId),
    db.storedValueEntry.where('customerId').anyOf(memberIds).toArray(),
    db.pointsEntry.where('customerId').anyOf(memberIds).toArray(),
    db.saleEntry.where('customerId').anyOf(memberIds).toArray(),
  ]);
  return {
    requestedId: customerId,
    customer,
    personal: personal ?? null,
    aliases,
    memberIds,
    storedValue: storedValue.sort(byTime),
    points: points.sort(byTime),
    sales: sales.sort(byTime),
  };
}

/** undefined while loading, null when the desk has no such customer. */
export function useCustomerAccount(customerId: string | null): CustomerAccount | null | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(
    () => (customerId ? loadCustomerAccount(db, customerId) : null),
    [db, customerId],
  );
}

/** The people of the customers with a phone, by phone (for the duplicate check on adding). */
export function usePersonalByPhone(phone: string | null): CustomerPersonal[] | undefined {
  const { db } = useActiveVendor();
  return useLiveQuery(
    () => (phone ? db.customerPersonal.where('phone').equals(phone).toArray() : []),
    [db, phone],
  );
}
