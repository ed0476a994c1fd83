/**
 * What the customer list shows and filters by, for every account at once: the stored-value and
 * points balances, the tier and the figures it was judged by, the last visit. An account is a
 * customer and the profiles merged into it (accounts.ts): their entries sum into one summary.
 * Each ledger is read once, every entry added straight to its account's summary (tier figures by
 * tiers.ts's tierFiguresByAccount, the same sums as tierFigures), so the work is linear in
 * customers plus entries. Also the filters of the list, and the profiles that share a phone (to merge).
 */
import { accountIdOf } from './accounts';
import type { StoredValueBalance } from './ledger';
import type {
  Customer,
  CustomerPersonal,
  CustomerTier,
  PointsEntry,
  SaleEntry,
  StoredValueEntry,
} from './schema';
import { tierFiguresByAccount, tierOf, type TierFigures } from './tiers';

export interface CustomerSummary {
  accountId: string;
  /** The account and its aliases, the account first, then the aliases oldest first. */
  memberIds: string[];
  storedValue: StoredValueBalance;
  points: number;
  tier: CustomerTier | null;
  figures: TierFigures;
  /** The latest sale of any member; null before the first. */
  lastVisitAt: number | null;
  /** The account's person was erased (PIPL): its entries stay, its personal data is gone. */
  erased: boolean;
  /** When the account's profile was created (the list's order: newest first). */
  createdAt: number;
}

export interface SummaryInput {
  customers: readonly Customer[];
  storedValue: readonly StoredValueEntry[];
  points: readonly PointsEntry[];
  sales: readonly SaleEntry[];
  tiers: readonly CustomerTier[];
  /** The shop's business date (YYYY-MM-DD) the 12-month tier window ends on. */
  today: string;
}

/** Newest profile first; equal times by id, so the order never depends on how rows arrived. */
const newestFirst = (
  a: Pick<Customer, 'createdAt' | 'id'>,
  b: Pick<Customer, 'createdAt' | 'id'>,
) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/**
 * One summary per account, the map iterating newest account first. Entries of profiles the
 * input does not hold are left out (they belong to no known account).
 */
export function summarizeCustomers(input: SummaryInput): Map<string, CustomerSummary> {
  const ordered = [...input.customers].sort(newestFirst);
  const summaries = new Map<string, CustomerSummary>();
  for (const customer of ordered)
    if (customer.mergedInto === null)
      summaries.set(customer.id, emptySummary(customer.id, customer));
  // Each profile's account summary; aliases oldest first, so memberIds reads in joining order.
  const summaryOf = new Map<string, CustomerSummary>();
  for (let i = ordered.length - 1; i >= 0; i -= 1) {
    const customer = ordered[i]!;
    const accountId = accountIdOf(customer);
    let summary = summaries.get(accountId);
    if (!summary) {
      // The kept profile has not reached this desk yet: the alias still counts, under its id.
      summary = emptySummary(accountId, null);
      summaries.set(accountId, summary);
    }
    if (customer.id !== accountId) summary.memberIds.push(customer.id);
    summaryOf.set(customer.id, summary);
  }

  for (const entry of input.storedValue) {
    const summary = summaryOf.get(entry.customerId);
    if (!summary) continue;
    summary.storedValue.principalFen += entry.principalFen;
    summary.storedValue.bonusFen += entry.bonusFen;
    summary.storedValue.totalFen += entry.principalFen + entry.bonusFen;
  }
  for (const entry of input.points) {
    const summary = summaryOf.get(entry.customerId);
    if (summary) summary.points += entry.points;
  }
  for (const sale of input.sales) {
    const summary = summaryOf.get(sale.customerId);
    if (summary && (summary.lastVisitAt === null || sale.at > summary.lastVisitAt))
      summary.lastVisitAt = sale.at;
  }
  const figures = tierFiguresByAccount(
    input.points,
    input.sales,
    input.today,
    (customerId) => summaryOf.get(customerId)?.accountId,
  );
  for (const [accountId, summary] of summaries) {
    // An account with no entries still holds a tier whose threshold is 0.
    summary.figures = figures.get(accountId) ?? summary.figures;
    summary.tier = tierOf(input.tiers, summary.figures);
  }
  return summaries;
}

function emptySummary(accountId: string, customer: Customer | null): CustomerSummary {
  return {
    accountId,
    memberIds: [accountId],
    storedValue: { principalFen: 0, bonusFen: 0, totalFen: 0 },
    points: 0,
    tier: null,
    figures: {
      pointsEarned: { last12Months: 0, total: 0 },
      amountSpent: { last12Months: 0, total: 0 },
    },
    lastVisitAt: null,
    erased: customer !== null && customer.erasedAt !== null,
    createdAt: customer?.createdAt ?? 0,
  };
}

export interface CustomerFilter {
  /** A tier's id, or 'none' for the accounts that reach no tier. */
  tierId?: string | 'none';
  /** A tag on the account's profile or on one of its aliases'. */
  tag?: string;
  /** Last visit at or after `after` and before `before` (UTC ms), or never visited. */
  lastVisit?: { before?: number; after?: number } | 'never';
  /** Stored-value balance (principal and bonus), both bounds included. */
  balanceFen?: { min?: number; max?: number };
  /** Erased accounts are left out unless asked for (they have no one to show). */
  includeErased?: boolean;
}

/**
 * The accounts that pass every part of the filter, in the order of `summaries` (newest account
 * first, as summarizeCustomers makes it). One pass; no part of the filter sorts.
 */
export function filterCustomers(
  summaries: ReadonlyMap<string, CustomerSummary>,
  personalById: ReadonlyMap<string, Pick<CustomerPersonal, 'tags'>>,
  filter: CustomerFilter,
): string[] {
  const { tierId, tag, lastVisit, balanceFen } = filter;
  const kept: string[] = [];
  for (const summary of summaries.values()) {
    if (summary.erased && !filter.includeErased) continue;
    if (
      tierId !== undefined &&
      (tierId === 'none' ? summary.tier !== null : summary.tier?.id !== tierId)
    )
      continue;
    if (balanceFen) {
      const total = summary.storedValue.totalFen;
      if (balanceFen.min !== undefined && total < balanceFen.min) continue;
      if (balanceFen.max !== undefined && total > balanceFen.max) continue;
    }
    if (lastVisit !== undefined) {
      const at = summary.lastVisitAt;
      if (lastVisit === 'never') {
        if (at !== null) continue;
      } else {
        if (at === null) continue;
        if (lastVisit.after !== undefined && at < lastVisit.after) continue;
        if (lastVisit.before !== undefined && at >= lastVisit.before) continue;
      }
    }
    if (
      tag !== undefined &&
      !summary.memberIds.some((id) => personalById.get(id)?.tags.includes(tag) === true)
    )
      continue;
    kept.push(summary.accountId);
  }
  return kept;
}

/**
 * Phones held by more than one profile, with those profiles oldest first (the first is the one a
 * merge usually keeps). Aliases already merged and erased profiles are left out, so a pair stops
 * being flagged the moment it is merged. Works on what this desk holds: offline too.
 */
export function findDuplicatePhones(
  people: readonly Pick<CustomerPersonal, 'id' | 'phone'>[],
  customers: readonly (Pick<Customer, 'id' | 'mergedInto' | 'erasedAt'> &
    Partial<Pick<Customer, 'createdAt'>>)[],
): Map<string, string[]> {
  /** Live profiles by id, with their age: createdAt, else their place in `customers`. */
  const live = new Map<string, { createdAt: number; order: number }>();
  customers.forEach((customer, order) => {
    if (customer.mergedInto === null && customer.erasedAt === null)
      live.set(customer.id, { createdAt: customer.createdAt ?? 0, order });
  });
  const byPhone = new Map<string, { id: string; createdAt: number; order: number }[]>();
  for (const person of people) {
    const customer = live.get(person.id);
    if (!customer || person.phone === null) continue;
    const holder = { id: person.id, ...customer };
    const holders = byPhone.get(person.phone);
    if (holders) holders.push(holder);
    else byPhone.set(person.phone, [holder]);
  }
  const duplicates = new Map<string, string[]>();
  for (const [phone, holders] of byPhone) {
    if (holders.length < 2) continue;
    holders.sort((a, b) => a.createdAt - b.createdAt || a.order - b.order);
    duplicates.set(
      phone,
      holders.map((holder) => holder.id),
    );
  }
  return duplicates;
}
