/**
 * The bench page: the console's real store, mutation layer and menu domain, bundled with Vite and
 * exposed on `window.vcBench` for the runner (lib/page-call.ts) to call.
 */
import type { BenchApi } from './api';
import { bookingsDayQuery, seedBookings } from './bookings-calendar';
import { csvImport } from './csv-import';
import { customersImport } from './customers-import';
import { customersFilter, customersSearch } from './customers-search';
import { renderPlainCustomerList, seedCustomers } from './customers-seed';
import { seedMenu } from './seed';
import { search } from './search';
import { syncFirstSync } from './sync-first-sync';
import { syncMakeQueue, syncPushQueue } from './sync-push';
import { tablesMissingFromSchema } from './store';
import { seedVouchers, voucherLookup, voucherVerify } from './vouchers';
import { bulkWrite, singleEdits } from './write-path';

const api: BenchApi = {
  environment: () => ({
    userAgent: navigator.userAgent,
    crossOriginIsolated: globalThis.crossOriginIsolated === true,
    tablesAddedByBench: tablesMissingFromSchema(),
  }),
  singleEdits,
  bulkWrite,
  search,
  csvImport,
  customersImport,
  seedMenu,
  seedCustomers,
  syncFirstSync,
  syncMakeQueue,
  syncPushQueue,
  customersSearch,
  customersFilter,
  seedBookings,
  bookingsDayQuery,
  seedVouchers,
  voucherLookup,
  voucherVerify,
};

window.vcBench = api;
const plainCustomers = new URLSearchParams(location.search).get('plainCustomers');
if (plainCustomers) void renderPlainCustomerList(plainCustomers);
document.body.dataset.ready = 'true';
