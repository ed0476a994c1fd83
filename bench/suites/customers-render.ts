/**
 * Issue 12: time to first render of the customers page with 50,000 customers (the console's list:
 * every account summarised from its ledgers, the search index started, the rows windowed),
 * beside a plain list of the same rows — the customers and their people read from the same
 * IndexedDB and every row written into the DOM, no React, no summaries, no windowing — in
 * alternating page loads on one origin. Runs against the web build (dist-web).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { BENCH_BASE } from '../browser/vite.config';
import { timeFirstRender, xpathText, type RenderProbe } from '../lib/first-render';
import { webBuildDir } from '../lib/harness';
import { callBench } from '../lib/page-call';
import { compared, measured } from '../lib/stats';
import type { Suite } from '../lib/types';

const SUITE = 'customers-render';
const CUSTOMERS = 50_000;

const suite: Suite = {
  name: SUITE,
  issue: 12,
  description: 'first render of the customers page with 50,000 customers vs a plain list of them',
  async run(ctx) {
    if (!existsSync(resolve(webBuildDir, 'index.html'))) {
      return { rows: [], notes: [], skipped: 'no web build (dist-web); run `npm run build:web`' };
    }
    const seedPage = await ctx.benchPage();
    ctx.log(`seeding a shop with ${CUSTOMERS} customers`);
    const seed = await callBench(seedPage, 'seedCustomers', { customers: CUSTOMERS });
    const context = seedPage.context();
    const firstRow = `//*[contains(text(), ${xpathText(seed.firstName)})]`;
    const listProbe: RenderProbe = { xpath: `//main//*[@role="row"]${firstRow}` };
    const plain: RenderProbe = {
      xpath: `//tbody/tr[1]/td[contains(text(), ${xpathText(seed.firstName)})]`,
    };
    const urls = {
      console: `${ctx.origin}/#/customers`,
      plain: `${ctx.origin}${BENCH_BASE}?plainCustomers=${seed.vendorId}`,
    };
    const runs = ctx.quick ? 2 : 5;
    const samples = { console: [] as number[], plain: [] as number[] };
    for (let i = 0; i < runs + 1; i += 1) {
      const order = i % 2 === 0 ? (['console', 'plain'] as const) : (['plain', 'console'] as const);
      for (const which of order) {
        const outcome = await timeFirstRender(
          context,
          urls[which],
          which === 'console' ? listProbe : plain,
          120_000,
        );
        if ('ms' in outcome && i > 0) samples[which].push(outcome.ms);
      }
    }
    return {
      rows: [
        compared(
          SUITE,
          `first render, ${CUSTOMERS.toLocaleString('en')} customers`,
          measured('customers page: first row visible', samples.console),
          measured('plain list of the same rows: first row visible', samples.plain),
        ),
      ],
      notes: [
        'Each load is a new document on the same origin and IndexedDB, timed from navigation ' +
          'start to the first animation frame where the newest customer’s row is laid out; the ' +
          'first pair of loads is discarded as warm-up. The console boots the whole app, reads ' +
          'the customers, their people and every ledger entry (one opening top-up and points ' +
          'entry each), summarises each account and renders only the rows in view; the plain ' +
          'list reads the customers and people only and writes all 50,000 rows.',
      ],
    };
  },
};

export default suite;
