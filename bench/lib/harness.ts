/**
 * The harness around the suites: bundles the bench page, serves it beside the web build, launches
 * Debian's Chromium and gives each suite fresh browser contexts, closed when the suite ends.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { build } from 'vite';
import benchPageConfig, { BENCH_BASE, benchPageDir } from '../browser/vite.config';
import { callBench } from './page-call';
import { startStaticServer } from './static-server';
import type { BenchContext, Suite, SuiteResult } from './types';

const repoRoot = resolve(import.meta.dirname, '../..');
export const webBuildDir = resolve(repoRoot, 'dist-web');

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  browser: Browser;
  origin: string;
  runSuite(suite: Suite, quick: boolean): Promise<SuiteResult>;
  close(): Promise<void>;
}

export async function startHarness(log: (message: string) => void): Promise<Harness> {
  log('bundling the bench page (vite)…');
  await build({ ...benchPageConfig, configFile: false });
  if (!existsSync(webBuildDir)) log('dist-web is missing: suites that open the console will skip');
  const server = await startStaticServer([
    { prefix: '/', dir: webBuildDir, isolated: false },
    { prefix: BENCH_BASE, dir: benchPageDir, isolated: true },
  ]);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  return {
    browser,
    origin: server.origin,
    async runSuite(suite, quick) {
      const contexts: BrowserContext[] = [];
      const ctx: BenchContext = {
        browser,
        origin: server.origin,
        quick,
        log: (message) => log(`  [${suite.name}] ${message}`),
        async benchPage() {
          // The console's default language and the shops' usual zone; no service worker, as on
          // the desktop, so every page load runs the app's own code path.
          const context = await browser.newContext({
            serviceWorkers: 'block',
            locale: 'zh-CN',
            timezoneId: 'Asia/Shanghai',
          });
          contexts.push(context);
          const page = await context.newPage();
          await page.goto(`${server.origin}${BENCH_BASE}`);
          await page.waitForFunction(() => window.vcBench !== undefined);
          return page;
        },
      };
      try {
        return await suite.run(ctx);
      } finally {
        for (const context of contexts) await context.close();
      }
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** What the page says about itself: its timer resolution and any tables the bench had to add. */
export async function pageEnvironment(harness: Harness) {
  const context = await harness.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${harness.origin}${BENCH_BASE}`);
    await page.waitForFunction(() => window.vcBench !== undefined);
    return await callBench(page, 'environment');
  } finally {
    await context.close();
  }
}
