/**
 * Issue 4: pushing 10,000 queued changes. The queue is made in Chromium by the console's real
 * mutate(); the subject is the engine's push of it (pushChanges) to the real platform; the
 * baseline POSTs the very same changes raw from Node, 500 per request, with no client engine.
 * Each call gets a fresh shop on the same platform; one warm-up round, then alternating order.
 */
import type { Page } from '@playwright/test';
import type { OutboxEntry } from '../../domain/outbox';
import { callBench } from '../lib/page-call';
import { compared, diagnostic, measured } from '../lib/stats';
import type { BenchRow, Suite } from '../lib/types';
import type { PushRun } from '../browser/sync-api';
import { createShop, signIn, startBenchPlatform, type BenchPlatform } from './sync-platform';
import { pushEntries } from './sync-seed';

const SUITE = 'sync-push';
const RAW_BATCH = 500;

type Variant = 'engine' | 'raw';

async function checkApplied(platform: BenchPlatform, vendorId: string, expected: number) {
  const [row] = await platform.db.query<{ applied: number }>(
    `select count(*)::int as applied from mutation_results where vendor_id = $1 and status = 'applied'`,
    [vendorId],
  );
  if (row?.applied !== expected) {
    throw new Error(`the platform applied ${row?.applied} of ${expected} pushed changes`);
  }
}

interface Round {
  ms: Record<Variant, number>;
  engine: PushRun;
}

/** One call of each variant, each into a fresh shop, in the given order. */
async function round(
  page: Page,
  platform: BenchPlatform,
  queue: OutboxEntry[],
  order: Variant[],
): Promise<Round> {
  const result = { ms: {} } as Round;
  for (const variant of order) {
    const shop = await createShop(platform.db);
    if (variant === 'engine') {
      const run = await callBench(page, 'syncPushQueue', {
        platformUrl: platform.url,
        shop,
        entries: queue.length,
      });
      if (run.sent !== queue.length || run.rejected > 0) {
        throw new Error(
          `the engine pushed ${run.sent} (${run.rejected} rejected) of ${queue.length}`,
        );
      }
      result.engine = run;
      result.ms.engine = run.ms;
    } else {
      const device = await signIn(platform.url, shop, 'raw push');
      const entries = queue.map((entry) => ({ ...entry, deviceId: device.deviceId }));
      const started = performance.now();
      await pushEntries(platform.url, shop.vendorId, device.token, entries, RAW_BATCH);
      result.ms.raw = performance.now() - started;
    }
    await checkApplied(platform, shop.vendorId, queue.length);
  }
  return result;
}

function rowsOf(rounds: Round[], count: number, makeMs: number): BenchRow[] {
  const engine = measured(
    'engine: pushChanges',
    rounds.map((r) => r.ms.engine),
  );
  const raw = measured(
    `raw fetch, ${RAW_BATCH} per POST (Node)`,
    rounds.map((r) => r.ms.raw),
  );
  const name = `push: ${count.toLocaleString('en')} queued changes`;
  const waiting = rounds.map((r) => r.engine.observed.waitingMs);
  const perSecond = (ms: number) => Math.round(count / (ms / 1000));
  return [
    compared(SUITE, name, engine, raw, {
      seconds: engine.stats.p50 / 1000,
      'mutations/s': perSecond(engine.stats.p50),
      'baseline mutations/s': perSecond(raw.stats.p50),
      requests: rounds[0]!.engine.observed.requests,
    }),
    diagnostic(SUITE, `${name}: waiting for the platform`, measured('push requests', waiting)),
    diagnostic(
      SUITE,
      `${name}: the console's own work`,
      measured(
        'total − waiting',
        rounds.map((r, i) => r.ms.engine - waiting[i]!),
      ),
    ),
    diagnostic(
      SUITE,
      `${name}: longest main-thread task`,
      measured(
        'engine',
        rounds.map((r) => r.engine.observed.longestTaskMs),
      ),
      { 'tasks ≥ 50 ms': Math.max(...rounds.map((r) => r.engine.observed.longTasks)) },
    ),
    diagnostic(SUITE, `making the queue: mutate() × ${count}`, measured('setup', [makeMs]), {
      'ms per change': makeMs / count,
    }),
  ];
}

const suite: Suite = {
  name: SUITE,
  issue: 4,
  description: 'push of 10,000 queued changes through the sync engine vs raw POSTs from Node',
  async run(ctx) {
    const count = ctx.quick ? 1_000 : 10_000;
    const rounds = 1;
    ctx.log('starting the platform (PGlite, in memory)…');
    const platform = await startBenchPlatform('pglite');
    try {
      const page = await ctx.benchPage();
      ctx.log(`making the queue: ${count} × mutate(createItem)…`);
      const queue = await callBench(page, 'syncMakeQueue', { mutations: count });
      const warmup = queue.entries.slice(0, ctx.quick ? 100 : 500);
      ctx.log(`warm-up round (${warmup.length} changes), then ${rounds} timed round(s)…`);
      await round(page, platform, warmup, ['engine', 'raw']);
      const timed: Round[] = [];
      for (let i = 0; i < rounds; i += 1) {
        const order: Variant[] = i % 2 === 0 ? ['raw', 'engine'] : ['engine', 'raw'];
        timed.push(await round(page, platform, queue.entries, order));
      }
      return { rows: rowsOf(timed, count, queue.makeMs), notes: notes(count, rounds) };
    } finally {
      await platform.stop();
    }
  },
};

function notes(count: number, rounds: number): string[] {
  return [
    `n = ${rounds}: one push of ${count.toLocaleString('en')} changes takes tens of seconds ` +
      'here, most of it the platform’s; each variant runs once after a 500-change warm-up ' +
      'round (engine first in the warm-up, baseline first in the timed round).',
    `The queue: ${count.toLocaleString('en')} menuItem.create changes made once by mutate() in ` +
      'Chromium, one after another (the "making the queue" row; setup, not compared). Each ' +
      'round replays it, untimed, into a fresh database under a new device of a fresh shop (the ' +
      'same entries with that device’s id), because the platform takes each change once.',
    'Subject: pushChanges as the engine runs it (500 changes per request, each answer recorded ' +
      'in the database, yielding to the UI between batches), from Chromium over loopback. ' +
      'Baseline: the same changes POSTed by Node’s fetch, 500 per request, each answer read and ' +
      'checked, nothing stored. The platform: PGlite in memory, in the bench process; every call ' +
      'is checked afterwards (all changes applied).',
    '"Waiting for the platform" sums the push requests’ Resource Timing (start → last byte); ' +
      '"the console’s own work" is the rest.',
  ];
}

export default suite;
