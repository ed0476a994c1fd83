/**
 * Issue 4: a new device's first sync of a shop with 100,000 menu items, in Chromium through the
 * console's real sync engine against the real platform (PGlite, as `npm start` embeds it), beside
 * a raw Dexie bulkPut of the same rows in the same page, interleaved after one warm-up round.
 */
import { randomUUID } from 'node:crypto';
import { callBench } from '../lib/page-call';
import { compared, diagnostic, measured } from '../lib/stats';
import type { BenchRow, Suite } from '../lib/types';
import type { FirstSyncResult, SyncShop } from '../browser/sync-api';
import type { LongFrame, Observed } from '../browser/sync-observe';
import { PULL_PAGE_SIZE } from '../../renderer/src/sync/engine/vendor-sync';
import { createShop, signIn, startBenchPlatform, type BenchPlatform } from './sync-platform';
import { checkSeedMatchesPush, createdItemEntries, seedCreatedItems } from './sync-seed';

const SUITE = 'sync-first-sync';
/** Items pushed for real and seeded fast, compared, on every run. */
const SEED_CHECK_ITEMS = 300;
/** The warm-up round's shop: enough pages to compile every path and create the files. */
const WARMUP_ROWS = 1_000;

const rowsPerSecond = (rows: number, ms: number) => Math.round(rows / (ms / 1000));

/** A fresh shop whose platform data is items 0..rows-1, created by one earlier device. */
async function seededShop(platform: BenchPlatform, rows: number): Promise<SyncShop> {
  const shop = await createShop(platform.db);
  await seedCreatedItems(platform.db, shop.vendorId, createdItemEntries(randomUUID(), rows));
  return { ...shop, rows };
}

async function checkSeeder(platform: BenchPlatform): Promise<void> {
  const pushed = await createShop(platform.db);
  const seeded = await createShop(platform.db);
  const device = await signIn(platform.url, pushed, 'seed check');
  await checkSeedMatchesPush(
    platform.db,
    platform.url,
    { vendorId: pushed.vendorId, ...device },
    seeded.vendorId,
    SEED_CHECK_ITEMS,
  );
}

/** The longest long animation frame over the timed rounds, if any reached 50 ms. */
function longestFrame(observed: Observed[]): LongFrame | null {
  return observed
    .map((o) => o.longestFrame)
    .reduce((a, b) => ((b?.ms ?? 0) > (a?.ms ?? 0) ? b : a), null);
}

function taskRow(name: string, label: string, observed: Observed[]): BenchRow {
  const frame = longestFrame(observed);
  return diagnostic(
    SUITE,
    name,
    measured(
      label,
      observed.map((o) => o.longestTaskMs),
    ),
    {
      'tasks ≥ 50 ms': Math.max(...observed.map((o) => o.longTasks)),
      ...(frame
        ? {
            'longest frame ms': Math.round(frame.ms),
            'its script ms': Math.round(frame.scriptMs),
          }
        : {}),
    },
  );
}

/** Where the engine's time and long tasks went, by the phases it reports itself. */
function phaseRows(name: string, result: FirstSyncResult): BenchRow[] {
  const phases = [...new Set(result.phases.flatMap((figures) => Object.keys(figures)))];
  return phases.map((phase) => {
    const figures = result.phases.map((byPhase) => byPhase[phase]);
    const present = figures.filter((f) => f !== undefined);
    return diagnostic(
      SUITE,
      `${name}: phase "${phase}"`,
      measured(
        'time in phase',
        present.map((f) => f.ms),
      ),
      {
        'longest task ms': Math.max(...present.map((f) => f.longestTaskMs)),
        'tasks ≥ 50 ms': Math.max(...present.map((f) => f.longTasks)),
      },
    );
  });
}

function rowsOf(result: FirstSyncResult, rows: number): BenchRow[] {
  const engine = measured('engine: pull → applyServerChanges', result.samples.engine);
  const raw = measured('raw bulkPut, one tx', result.samples.rawBulkPut);
  const name = `first sync: ${rows.toLocaleString('en')} menu items`;
  const waiting = result.observed.engine.map((o) => o.waitingMs);
  return [
    compared(SUITE, name, engine, raw, {
      seconds: engine.stats.p50 / 1000,
      'rows/s': rowsPerSecond(rows, engine.stats.p50),
      'baseline rows/s': rowsPerSecond(rows, raw.stats.p50),
      requests: Math.max(...result.observed.engine.map((o) => o.requests)),
    }),
    diagnostic(SUITE, `${name}: pull requests in flight`, measured('summed', waiting)),
    ...phaseRows(name, result),
    taskRow(`${name}: longest main-thread task`, 'engine', result.observed.engine),
    taskRow(
      `${name}: longest main-thread task (baseline)`,
      'raw bulkPut',
      result.observed.rawBulkPut,
    ),
  ];
}

const suite: Suite = {
  name: SUITE,
  issue: 4,
  description: 'first sync of 100,000 menu items in Chromium through the sync engine vs bulkPut',
  async run(ctx) {
    const rows = ctx.quick ? 5_000 : 100_000;
    const rounds = 1;
    const started = performance.now();
    ctx.log('starting the platform (PGlite, in memory)…');
    const platform = await startBenchPlatform('pglite');
    try {
      ctx.log(`checking the fast seeder against the real push (${SEED_CHECK_ITEMS} items)…`);
      await checkSeeder(platform);
      ctx.log(`seeding ${rows} items…`);
      const seedStarted = performance.now();
      const shop = await seededShop(platform, rows);
      const warmupShop = await seededShop(platform, WARMUP_ROWS);
      const seedSeconds = (performance.now() - seedStarted) / 1000;
      const setupSeconds = (performance.now() - started) / 1000;
      ctx.log(`first sync in Chromium: 1 warm-up round, ${rounds} timed round(s)…`);
      const page = await ctx.benchPage();
      const result = await callBench(page, 'syncFirstSync', {
        platformUrl: platform.url,
        shop,
        warmupShop,
        rounds,
      });
      return {
        rows: rowsOf(result, rows),
        notes: notes(rows, result, setupSeconds, seedSeconds),
      };
    } finally {
      await platform.stop();
    }
  },
};

function notes(
  rows: number,
  result: FirstSyncResult,
  setupSeconds: number,
  seedSeconds: number,
): string[] {
  const seconds = (samples: number[]) => Math.round(samples.reduce((a, b) => a + b, 0) / 1000);
  const frame = longestFrame(result.observed.engine);
  return [
    `n = ${result.samples.engine.length}: one first sync of ${rows.toLocaleString('en')} rows ` +
      `took ${seconds(result.samples.engine)} s on this run and the bulkPut ` +
      `${seconds(result.samples.rawBulkPut)} s, so each variant runs once, after a ` +
      `${WARMUP_ROWS.toLocaleString('en')}-row warm-up round (subject first in the warm-up, ` +
      'baseline first in the timed round). p50 = p95 = that one run.',
    'Subject: a new device signs in (untimed) and runs what VendorSyncEngine.runOnce runs on a ' +
      `first sync: the sync lock, syncVendor with the console’s ${PULL_PAGE_SIZE}-row pull pages ` +
      '(the next one asked for while one is stored), yielding to the UI between pages, a deep ' +
      'checksum verification at the end (skipped right after a first download). Each page is one ' +
      'transaction writing the shadow rows, the cursor and the rebased local rows. Baseline: ' +
      'one bulkPut of the same rows (built in the page, untimed) into a fresh database of the ' +
      'same schema, one strict transaction.',
    'The platform: PGlite in memory in the bench process, over loopback HTTP. Its rows are ' +
      `${rows.toLocaleString('en')} menuItem.create changes of one earlier device, seeded ` +
      `in ${seedSeconds.toFixed(0)} s by bench/suites/sync-seed.ts (checked on this run ` +
      `against the real push of ${SEED_CHECK_ITEMS} items); setup took ${setupSeconds.toFixed(0)} s.`,
    '"Pull requests in flight": Resource Timing of the pull requests (request start → last ' +
      'byte), summed: the server’s work plus the transfer. The engine asks for the next page ' +
      'while it stores one, so this time overlaps the console’s own work and is not a share ' +
      'of the total.',
    'Phases are the engine’s own progress reports ("first page" lasts until the first page ' +
      'is stored; "pulling" and "verifying" sum both passes of syncVendor).',
    'Longest main-thread task: PerformanceObserver "longtask" during the call (tasks of 50 ms ' +
      'or more; 0 means none reached 50 ms). A figure, not a pass/fail. A task’s duration is ' +
      'wall time: when the machine’s load average exceeds its cores, tasks stretch by the time ' +
      'the page waited for a core. "Longest frame" is the longest Long Animation Frame with the ' +
      'summed own time of the scripts that ran in it and the longest three: a long frame with ' +
      'little script time was stretched by rendering, garbage collection or the machine.' +
      (frame
        ? ` This run's longest engine frame: ${Math.round(frame.ms)} ms, its longest scripts: ` +
          `${frame.scripts.join('; ') || 'none'}.`
        : ' This run had no engine frame of 50 ms or more.'),
  ];
}

export default suite;
