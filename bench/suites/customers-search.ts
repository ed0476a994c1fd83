/**
 * Issue 12: finding a customer at the counter among 50,000 (last 4 digits, pinyin), beside a
 * plain String.includes scan of the same rows; and filtering 50,000 customers with ~500,000
 * ledger entries by tier and balance (summaries, then the filter), beside a plain scan that sums
 * each customer's entries in a map and filters.
 */
import type { CustomersFilterResult, CustomersSearchResult } from '../browser/customers-api';
import { callBench } from '../lib/page-call';
import { compared, diagnostic, measured } from '../lib/stats';
import type { BenchRow, Suite } from '../lib/types';

const SUITE = 'customers-search';

const queries = [
  { query: '#last4', kind: 'last 4 digits, a different customer each call', baseline: 'phone' },
  { query: '13812', kind: 'digits of a phone', baseline: 'phone' },
  { query: 'zhangwei', kind: 'full pinyin', baseline: 'pinyin' },
  { query: 'zhangw', kind: 'mixed pinyin', baseline: 'pinyin' },
  { query: 'lxy', kind: 'pinyin initials', baseline: 'pinyin' },
  { query: '张伟', kind: 'characters', baseline: 'name' },
] as const;

const n = (count: number) => count.toLocaleString('en');

function searchRows(customers: number, result: CustomersSearchResult): BenchRow[] {
  const rows = result.queries.map((q, i) =>
    compared(
      SUITE,
      `search ${q.query === '#last4' ? 'by last 4' : `"${q.query}"`} (${queries[i]!.kind}), ${n(customers)} customers`,
      measured('customer search index', q.samples.index),
      measured(`filter + includes (${queries[i]!.baseline})`, q.samples.scan),
      { 'matches (mean)': q.matches, 'baseline matches (mean)': q.baselineMatches },
    ),
  );
  rows.push(
    diagnostic(
      SUITE,
      `index build, ${n(customers)} customers`,
      measured('rebuild', result.buildMs),
      {
        'first build ms': result.firstBuildMs,
      },
    ),
    diagnostic(
      SUITE,
      `index rebuild after one change, ${n(customers)} customers`,
      measured('rebuild reusing the previous index', result.rebuildOneChangedMs),
    ),
    diagnostic(
      SUITE,
      `index build in slices, ${n(customers)} customers`,
      measured('wall time', [result.slicedBuild.ms]),
      {
        'longest slice ms': result.slicedBuild.longestSliceMs,
        slices: result.slicedBuild.slices,
      },
    ),
  );
  return rows;
}

function filterRows(customers: number, result: CustomersFilterResult): BenchRow[] {
  return [
    compared(
      SUITE,
      `summaries + filter (${result.filterDescription}), ${n(customers)} customers, ${n(result.entries)} entries`,
      measured('summarizeCustomers + filterCustomers', result.endToEnd.summaries),
      measured('plain scan: sum per customer in a Map, filter', result.endToEnd.scan),
      {
        matches: result.matches,
        'baseline matches': result.baselineMatches,
        aliases: result.aliases,
      },
    ),
    compared(
      SUITE,
      `filter only, over built summaries, ${n(customers)} customers`,
      measured('filterCustomers', result.filterOnly.filter),
      measured('Array.filter over precomputed rows', result.filterOnly.scan),
    ),
    diagnostic(
      SUITE,
      `summarizeCustomers alone, ${n(result.entries)} entries`,
      measured('summarize', result.summarizeMs),
    ),
    diagnostic(
      SUITE,
      `findDuplicatePhones, ${n(customers)} customers`,
      measured('findDuplicatePhones', result.duplicatesMs),
    ),
  ];
}

const suite: Suite = {
  name: SUITE,
  issue: 12,
  description:
    'customer search over 50,000 (last 4, pinyin) and filtering 50,000 by tier and balance, vs plain scans',
  async run(ctx) {
    const customers = ctx.quick ? 5_000 : 50_000;
    const page = await ctx.benchPage();
    const search = await callBench(page, 'customersSearch', {
      customers,
      queries: queries.map(({ query, baseline }) => ({ query, baseline })),
      iterations: ctx.quick ? 50 : 300,
      warmup: ctx.quick ? 10 : 30,
    });
    ctx.log('search done; building the ledgers for the filter');
    const filterPage = await ctx.benchPage();
    const filter = await callBench(filterPage, 'customersFilter', {
      customers,
      entriesPerCustomer: 10,
      iterations: ctx.quick ? 3 : 15,
      warmup: ctx.quick ? 1 : 3,
    });
    return {
      rows: [...searchRows(customers, search), ...filterRows(customers, filter)],
      notes: [
        'Search: the index ranks the hits (exact last four first, then phones holding the digits; ' +
          'whole name, then pinyin) and matches full pinyin, initials, mixes and every reading of ' +
          'a polyphonic character; the baselines only test one precomputed string per row with ' +
          'includes and do not rank. The last-4 row looks up a different existing customer each ' +
          'call (about 5 people share a last four among 50,000).',
        'Filter: summarizeCustomers folds aliases into accounts and works out points, both tier ' +
          'windows and last visit for every account; the plain scan sums only what this filter ' +
          'needs per profile (aliases ignored, so its match count can differ slightly).',
        'Data: Chinese names from common surnames (weighted, polyphonic ones included) and ' +
          'given-name characters, mobiles on real prefixes, ~10 entries per customer over two ' +
          'years, 2% of profiles merged into another; seeded, so the same every run.',
      ],
    };
  },
};

export default suite;
