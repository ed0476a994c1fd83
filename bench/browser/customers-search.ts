/**
 * Customers (issue 12): the counter's search index (domain/customers/search.ts) over N people,
 * each query beside a plain scan of the same rows with String.includes in the same loop; and the
 * list's summaries and filters (domain/customers/summary.ts) beside a plain sum-per-customer scan.
 */
import {
  buildCustomerSearchIndex,
  buildCustomerSearchIndexInSlices,
} from '@domain/customers/search';
import {
  filterCustomers,
  findDuplicatePhones,
  summarizeCustomers,
  type CustomerFilter,
} from '@domain/customers/summary';
import { windowStart } from '@domain/customers/tiers';
import { pinyin } from 'pinyin-pro';
import type {
  CustomersFilterOptions,
  CustomersFilterResult,
  CustomersSearchOptions,
  CustomersSearchQueryResult,
  CustomersSearchResult,
} from './customers-api';
import { benchPeople, benchShop, seededRandom } from './customers-fixtures';
import { interleave, timed } from './timing';

const REBUILDS = 3;

function pinyinOf(name: string): { joined: string; initials: string } {
  const readings = pinyin(name, { toneType: 'none', type: 'array', surname: 'head' }).map((r) =>
    r.toLowerCase().replaceAll('ü', 'v'),
  );
  return { joined: readings.join(''), initials: readings.map((r) => r[0]).join('') };
}

export async function customersSearch(
  options: CustomersSearchOptions,
): Promise<CustomersSearchResult> {
  const people = benchPeople(options.customers);
  const first = await timed(() => buildCustomerSearchIndex(people));
  const buildMs: number[] = [];
  for (let i = 0; i < REBUILDS; i += 1)
    buildMs.push((await timed(() => buildCustomerSearchIndex(people))).ms);
  const index = first.value;
  const rebuildOneChangedMs: number[] = [];
  for (let i = 0; i < REBUILDS; i += 1) {
    const changed = people.map((p, n) => (n === i ? { ...p, name: `${p.name}${i}` } : p));
    rebuildOneChangedMs.push((await timed(() => buildCustomerSearchIndex(changed, index))).ms);
  }
  let longestSliceMs = 0;
  let slices = 0;
  let sliceStarted = performance.now();
  const sliced = await timed(() =>
    buildCustomerSearchIndexInSlices(people, {
      pause: async () => {
        longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStarted);
        slices += 1;
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStarted = performance.now();
      },
    }),
  );
  longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStarted);

  const rows = people.map((person) => ({
    id: person.id,
    name: person.name,
    phone: person.phone ?? '',
    ...pinyinOf(person.name),
  }));
  const scans = {
    phone: (q: string) => rows.filter((row) => row.phone.includes(q)).map((row) => row.id),
    pinyin: (q: string) =>
      rows.filter((row) => row.joined.includes(q) || row.initials.includes(q)).map((row) => row.id),
    name: (q: string) => rows.filter((row) => row.name.includes(q)).map((row) => row.id),
  };
  // Last fours of customers picked at random: each call looks someone else up.
  const random = seededRandom(4);
  const lastFours = Array.from({ length: 997 }, () =>
    rows[Math.floor(random() * rows.length)]!.phone.slice(-4),
  );

  const queries: CustomersSearchQueryResult[] = [];
  for (const { query, baseline } of options.queries) {
    const queryAt = (iteration: number) =>
      query === '#last4' ? lastFours[iteration % lastFours.length]! : query;
    const scan = scans[baseline];
    const samples = await interleave(
      { index: (i) => index.search(queryAt(i)), scan: (i) => scan(queryAt(i)) },
      { runs: options.iterations, warmup: options.warmup },
    );
    const probes = Math.min(lastFours.length, options.iterations);
    let matches = 0;
    let baselineMatches = 0;
    for (let i = 0; i < probes; i += 1) {
      matches += index.search(queryAt(i)).length;
      baselineMatches += scan(queryAt(i)).length;
    }
    queries.push({
      query,
      matches: matches / probes,
      baselineMatches: baselineMatches / probes,
      samples,
    });
  }
  return {
    firstBuildMs: first.ms,
    buildMs,
    rebuildOneChangedMs,
    slicedBuild: { ms: sliced.ms, longestSliceMs, slices },
    queries,
  };
}

export async function customersFilter(
  options: CustomersFilterOptions,
): Promise<CustomersFilterResult> {
  const shop = benchShop(options.customers, options.entriesPerCustomer);
  const gold = shop.tiers.find((tier) => tier.name.en === 'Gold')!;
  const filter: CustomerFilter = { tierId: gold.id, balanceFen: { min: 10_000 } };
  const personalById = new Map(shop.people.map((person) => [person.id, person]));

  const viaSummaries = () => filterCustomers(summarizeCustomers(shop), personalById, filter);

  // The plain way: sum each customer's entries in a map, judge tiers by a loop, filter.
  const tiersByRank = [...shop.tiers].sort((a, b) => b.rank - a.rank);
  const from = windowStart(shop.today);
  const plainScan = () => {
    const balance = new Map<string, number>();
    for (const entry of shop.storedValue)
      balance.set(
        entry.customerId,
        (balance.get(entry.customerId) ?? 0) + entry.principalFen + entry.bonusFen,
      );
    const spent = new Map<string, number>();
    for (const sale of shop.sales) {
      if (sale.method === 'points' || sale.method === 'writeOff') continue;
      if (sale.businessDate <= from || sale.businessDate > shop.today) continue;
      spent.set(sale.customerId, (spent.get(sale.customerId) ?? 0) + sale.amountFen);
    }
    return shop.customers
      .filter((customer) => {
        const amount = spent.get(customer.id) ?? 0;
        const tier = tiersByRank.find((t) => amount >= t.threshold) ?? null;
        return tier?.id === gold.id && (balance.get(customer.id) ?? 0) >= 10_000;
      })
      .map((customer) => customer.id);
  };
  const endToEnd = await interleave(
    { summaries: viaSummaries, scan: plainScan },
    { runs: options.iterations, warmup: options.warmup },
  );

  const summaries = summarizeCustomers(shop);
  const rows = [...summaries.values()].map((s) => ({
    id: s.accountId,
    tierId: s.tier?.id ?? null,
    balanceFen: s.storedValue.totalFen,
  }));
  const filterOnly = await interleave(
    {
      filter: () => filterCustomers(summaries, personalById, filter),
      scan: () =>
        rows
          .filter((row) => row.tierId === gold.id && row.balanceFen >= 10_000)
          .map((row) => row.id),
    },
    { runs: options.iterations * 20, warmup: options.warmup * 5 },
  );
  const summarizeMs: number[] = [];
  const duplicatesMs: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    summarizeMs.push((await timed(() => summarizeCustomers(shop))).ms);
    duplicatesMs.push((await timed(() => findDuplicatePhones(shop.people, shop.customers))).ms);
  }
  return {
    entries: shop.storedValue.length + shop.points.length + shop.sales.length,
    aliases: shop.customers.filter((c) => c.mergedInto !== null).length,
    endToEnd,
    filterOnly,
    summarizeMs,
    duplicatesMs,
    matches: viaSummaries().length,
    baselineMatches: plainScan().length,
    filterDescription: 'tier Gold (≥ ¥500 spent in 12 months) and balance ≥ ¥100',
  };
}
