/**
 * A customer's account: the customer itself and every profile merged into it (its aliases).
 * Balances, tiers and history sum over all of them. A profile merged into another belongs to
 * that one's account; merging re-points the aliases of a merged profile, so one level holds.
 */
import type { Customer } from './schema';

/** The id of the account a profile belongs to (itself, unless it was merged into another). */
export const accountIdOf = (customer: Pick<Customer, 'id' | 'mergedInto'>): string =>
  customer.mergedInto ?? customer.id;

/** The ids whose entries make up the account `accountId`: it and its aliases, it first. */
export function accountMemberIds(
  accountId: string,
  customers: readonly Pick<Customer, 'id' | 'mergedInto'>[],
): string[] {
  return [
    accountId,
    ...customers.filter((c) => c.mergedInto === accountId && c.id !== accountId).map((c) => c.id),
  ];
}
