/**
 * The customers benchmarks' part of `window.vcBench` (issue 12), added to BenchApi by declaration
 * merging so browser/api.ts stays as it is. Raw samples in ms, as everywhere on the bench page.
 */
import type { Samples } from './api';

export interface CustomersSearchOptions {
  customers: number;
  /**
   * Queries and the plain scan each is compared with: 'phone' scans phones with includes,
   * 'pinyin' scans precomputed pinyin and initials, 'name' scans names. A query of '#last4'
   * takes a different customer's last four digits every iteration.
   */
  queries: { query: string; baseline: 'phone' | 'pinyin' | 'name' }[];
  iterations: number;
  warmup: number;
}
export interface CustomersSearchQueryResult {
  query: string;
  /** Mean matches per call (the last-4 queries change every call). */
  matches: number;
  baselineMatches: number;
  samples: Samples<'index' | 'scan'>;
}
export interface CustomersSearchResult {
  /** The first build, which also loads pinyin-pro's dictionary (if nothing loaded it before). */
  firstBuildMs: number;
  /** Rebuilds from scratch (no previous index to reuse). */
  buildMs: number[];
  /** Rebuilds after one person changed, reusing the previous index. */
  rebuildOneChangedMs: number[];
  /** The build in slices: its wall time and the longest slice between pauses. */
  slicedBuild: { ms: number; longestSliceMs: number; slices: number };
  queries: CustomersSearchQueryResult[];
}

export interface CustomersFilterOptions {
  customers: number;
  entriesPerCustomer: number;
  iterations: number;
  warmup: number;
}
export interface CustomersFilterResult {
  entries: number;
  aliases: number;
  /** summarizeCustomers + filterCustomers, beside a plain sum-per-customer scan and filter. */
  endToEnd: Samples<'summaries' | 'scan'>;
  /** filterCustomers over built summaries, beside Array.filter over precomputed rows. */
  filterOnly: Samples<'filter' | 'scan'>;
  /** summarizeCustomers alone and findDuplicatePhones alone. */
  summarizeMs: number[];
  duplicatesMs: number[];
  matches: number;
  baselineMatches: number;
  filterDescription: string;
}

declare module './api' {
  interface BenchApi {
    customersSearch(options: CustomersSearchOptions): Promise<CustomersSearchResult>;
    customersFilter(options: CustomersFilterOptions): Promise<CustomersFilterResult>;
  }
}
