/**
 * The customer list's data: every account summarised (summary.ts), the people by id, the phones
 * shared by several profiles, and the search index, rebuilt in slices when the people change.
 * Each table is its own live query, so a charge re-reads the ledgers, not 50,000 people.
 */
import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import {
  buildCustomerSearchIndexInSlices,
  type CustomerSearchIndex,
} from '@domain/customers/search';
import {
  findDuplicatePhones,
  summarizeCustomers,
  type CustomerSummary,
} from '@domain/customers/summary';
import type { Customer, CustomerPersonal, CustomerTier } from '@domain/customers/schema';
import { useActiveVendor } from '../../vendors/use-vendor';

export interface CustomerListData {
  customers: readonly Customer[];
  summaries: ReadonlyMap<string, CustomerSummary>;
  personalById: ReadonlyMap<string, CustomerPersonal>;
  /** Account id by profile id (an alias leads to the account it was merged into). */
  accountOf: ReadonlyMap<string, string>;
  /** Phones held by more than one live profile, with those profiles oldest first. */
  duplicates: ReadonlyMap<string, string[]>;
  tiers: readonly CustomerTier[];
  tags: readonly string[];
}

export function useCustomerListData(today: string | undefined): CustomerListData | undefined {
  const { db } = useActiveVendor();
  const customers = useLiveQuery(() => db.customer.toArray(), [db]);
  const people = useLiveQuery(() => db.customerPersonal.toArray(), [db]);
  const storedValue = useLiveQuery(() => db.storedValueEntry.toArray(), [db]);
  const points = useLiveQuery(() => db.pointsEntry.toArray(), [db]);
  const sales = useLiveQuery(() => db.saleEntry.toArray(), [db]);
  const tiers = useLiveQuery(() => db.customerTier.toArray(), [db]);
  const summaries = useMemo(
    () =>
      customers && storedValue && points && sales && tiers && today
        ? summarizeCustomers({ customers, storedValue, points, sales, tiers, today })
        : undefined,
    [customers, storedValue, points, sales, tiers, today],
  );
  const peopleData = useMemo(() => {
    if (!people || !customers) return undefined;
    const personalById = new Map(people.map((person) => [person.id, person]));
    const accountOf = new Map(customers.map((c) => [c.id, c.mergedInto ?? c.id]));
    const tags = [...new Set(people.flatMap((person) => person.tags))].sort();
    return { personalById, accountOf, tags, duplicates: findDuplicatePhones(people, customers) };
  }, [people, customers]);
  return useMemo(
    () =>
      summaries && peopleData && customers && tiers
        ? { customers, summaries, tiers: [...tiers].sort((a, b) => a.rank - b.rank), ...peopleData }
        : undefined,
    [summaries, peopleData, customers, tiers],
  );
}

// The last index built, to seed the next (coming back to the page reuses its pinyin).
let lastIndex: CustomerSearchIndex | undefined;

/** The search index over the live people, newest account first; null until the first build. */
export function useCustomerSearch(data: CustomerListData | undefined): CustomerSearchIndex | null {
  const [index, setIndex] = useState<CustomerSearchIndex | null>(null);
  const people = useMemo(() => {
    if (!data) return undefined;
    const live = [...data.summaries.keys()].flatMap((accountId) =>
      data.summaries.get(accountId)!.memberIds.flatMap((id) => data.personalById.get(id) ?? []),
    );
    return live;
  }, [data]);
  useEffect(() => {
    if (!people) return;
    let cancelled = false;
    void buildCustomerSearchIndexInSlices(people, { previous: lastIndex }).then((built) => {
      lastIndex = built;
      if (!cancelled) setIndex(built);
    });
    return () => {
      cancelled = true;
    };
  }, [people]);
  return index;
}
