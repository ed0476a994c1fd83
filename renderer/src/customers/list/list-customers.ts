/**
 * Which accounts the list shows, in which order: the search's best matches first when something
 * is typed (an alias found leads to its account, once), else newest first; then the filters by
 * tier, tag, last visit and balance. Pure, over the list's data and the search index.
 */
import { readCustomerQuery, type CustomerSearchIndex } from '@domain/customers/search';
import {
  filterCustomers,
  type CustomerFilter,
  type CustomerSummary,
} from '@domain/customers/summary';
import type { CustomerPersonal } from '@domain/customers/schema';
import type { CustomerListData } from './use-customer-list';

export const lastVisitChoices = ['within30', 'within90', 'notIn90', 'never'] as const;
export type LastVisitChoice = (typeof lastVisitChoices)[number];
export const balanceChoices = ['positive', 'empty'] as const;
export type BalanceChoice = (typeof balanceChoices)[number];

export interface ListFilters {
  query: string;
  tierId: string | 'none' | null;
  tag: string | null;
  lastVisit: LastVisitChoice | null;
  balance: BalanceChoice | null;
}

export const noFilters: ListFilters = {
  query: '',
  tierId: null,
  tag: null,
  lastVisit: null,
  balance: null,
};

export interface ListedCustomer {
  accountId: string;
  personal: CustomerPersonal | null;
  summary: CustomerSummary;
  /** Another live profile has the same phone. */
  duplicate: boolean;
  /** Found by the whole phone number: the list may show it unmasked. */
  wholePhoneMatch: boolean;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The list's choices as the summary's filter, as of `now`. */
export function toCustomerFilter(filters: ListFilters, now: number): CustomerFilter {
  const filter: CustomerFilter = {};
  if (filters.tierId) filter.tierId = filters.tierId;
  if (filters.tag) filter.tag = filters.tag;
  if (filters.lastVisit === 'never') filter.lastVisit = 'never';
  else if (filters.lastVisit === 'within30') filter.lastVisit = { after: now - 30 * DAY_MS };
  else if (filters.lastVisit === 'within90') filter.lastVisit = { after: now - 90 * DAY_MS };
  else if (filters.lastVisit === 'notIn90') filter.lastVisit = { before: now - 90 * DAY_MS };
  if (filters.balance === 'positive') filter.balanceFen = { min: 1 };
  else if (filters.balance === 'empty') filter.balanceFen = { max: 0 };
  return filter;
}

export function listCustomers(
  data: CustomerListData,
  index: CustomerSearchIndex | null,
  filters: ListFilters,
  now: number,
): ListedCustomer[] {
  const passing = filterCustomers(
    data.summaries,
    data.personalById,
    toCustomerFilter(filters, now),
  );
  const read = readCustomerQuery(filters.query);
  let order = passing;
  if (read.kind !== 'empty') {
    const kept = new Set(passing);
    const seen = new Set<string>();
    order = [];
    for (const id of index?.search(filters.query) ?? []) {
      const accountId = data.accountOf.get(id) ?? id;
      if (!kept.has(accountId) || seen.has(accountId)) continue;
      seen.add(accountId);
      order.push(accountId);
    }
  }
  const duplicated = new Set([...data.duplicates.values()].flat());
  return order.map((accountId) => {
    const personal = data.personalById.get(accountId) ?? null;
    return {
      accountId,
      personal,
      summary: data.summaries.get(accountId)!,
      duplicate: duplicated.has(accountId),
      wholePhoneMatch: read.kind === 'phone' && personal?.phone === read.phone,
    };
  });
}
