/**
 * What the bench page exposes on `window.vcBench`, shared by the page (browser/entry.ts) and the
 * Node runner (lib/page-call.ts). Every function returns raw samples in milliseconds; the runner
 * turns them into p50/p95 and ratios, so the page never decides what a result means.
 */
import type { CustomersImportOptions, CustomersImportResult } from './customers-import';
import type {
  BookingsDayQueryOptions,
  BookingsDayQueryResult,
  BookingsSeed,
  BookingsSeedOptions,
} from './bookings-calendar';
import type { CustomersSeed } from './customers-seed';
import type {
  VoucherLookupOptions,
  VoucherLookupResult,
  VoucherVerifyOptions,
  VoucherVerifyResult,
  VouchersSeed,
  VouchersSeedOptions,
} from './vouchers';

/** Per-call durations in ms, by variant name ("mutate", "rawPut", …), warm-up runs excluded. */
export type Samples<Variant extends string> = Record<Variant, number[]>;

export interface PageEnvironment {
  userAgent: string;
  /** True when performance.now() has its fine (5 µs) resolution rather than 100 µs. */
  crossOriginIsolated: boolean;
  /** Synced tables the console's schema does not declare yet, added by the bench store. */
  tablesAddedByBench: string[];
}

export interface SingleEditsOptions {
  target: 'vendorProfile' | 'menuItem';
  edits: number;
  warmup: number;
}
export type SingleEditVariant = 'mutate' | 'rawPut' | 'rawPutRelaxed';

export interface BulkWriteOptions {
  rows: number;
  rounds: number;
  /** Rows in the one untimed warm-up pass. */
  warmupRows: number;
}
export type BulkWriteVariant =
  'mutate' | 'rawBulkPut' | 'storeBulkPut' | 'rawPutLoop' | 'validateOnly';

export interface SearchOptions {
  items: number;
  /** Each query and the plain-text baseline query it is compared with. */
  queries: { query: string; baselineQuery: string }[];
  iterations: number;
  warmup: number;
}
export interface SearchQueryResult {
  query: string;
  baselineQuery: string;
  matches: number;
  baselineMatches: number;
  samples: Samples<'index' | 'includes'>;
}
export interface SearchResult {
  /** The first build, which also loads pinyin-pro's dictionary. */
  firstBuildMs: number;
  /** Rebuilds from scratch (no previous index to reuse). */
  buildMs: number[];
  queries: SearchQueryResult[];
}

export interface CsvImportOptions {
  rows: number;
  rounds: number;
  /** Rows in the one untimed warm-up pass. */
  warmupRows: number;
}
export type CsvImportVariant = 'endToEnd' | 'rawBulkPut';
export interface CsvImportResult {
  samples: Samples<CsvImportVariant>;
  /** Where the end-to-end time goes, one sample per timed round. */
  phases: Record<string, number[]>;
  csvBytes: number;
  rowsWritten: number;
  /** Which steps are the console's own code and which are bench glue, said plainly. */
  pipeline: string[];
}

export interface MenuSeedOptions {
  items: number;
}
export interface MenuSeed {
  vendorId: string;
  /** Names (zh) of the first items in menu order, to recognise the first visible row. */
  firstItemNames: string[];
}

export interface BenchApi {
  environment(): PageEnvironment;
  singleEdits(options: SingleEditsOptions): Promise<Samples<SingleEditVariant>>;
  bulkWrite(options: BulkWriteOptions): Promise<Samples<BulkWriteVariant>>;
  search(options: SearchOptions): Promise<SearchResult>;
  csvImport(options: CsvImportOptions): Promise<CsvImportResult>;
  customersImport(options: CustomersImportOptions): Promise<CustomersImportResult>;
  seedMenu(options: MenuSeedOptions): Promise<MenuSeed>;
  seedCustomers(options: { customers: number }): Promise<CustomersSeed>;
  seedBookings(options: BookingsSeedOptions): Promise<BookingsSeed>;
  bookingsDayQuery(options: BookingsDayQueryOptions): Promise<BookingsDayQueryResult>;
  seedVouchers(options: VouchersSeedOptions): Promise<VouchersSeed>;
  voucherLookup(options: VoucherLookupOptions): Promise<VoucherLookupResult>;
  voucherVerify(options: VoucherVerifyOptions): Promise<VoucherVerifyResult>;
}

declare global {
  interface Window {
    vcBench?: BenchApi;
  }
}
