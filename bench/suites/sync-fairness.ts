/**
 * Issue 9: one shop's largest push must not stall another shop. Shop A pushes the largest change
 * the limits allow (one menu.import of MAX_ROW_OPS_PER_MUTATION row operations: 20,000 items
 * created, the rest deletions; the per-push row budget takes such a change alone) while shop B
 * pulls a 250-row page again and again; the baseline is B pulling alone for as long, in the same
 * run, alternating. Reported: B's p50/p95 (the row) and p99 and longest pull (extra), on PGlite
 * (one connection: B waits for A's whole transaction, the longest stall a shop can see) and on
 * PostgreSQL (separate transactions and connections). The platform runs in this process, so
 * bodies are serialised before the clock starts; parsing and validating A's body on the server
 * is part of what B may feel, as it would be on a one-process platform.
 */
import { randomUUID } from 'node:crypto';
import type { OutboxEntry } from '../../domain/outbox';
import { MAX_ROW_OPS_PER_MUTATION } from '../../domain/menu/mutations/limits';
import { PROTOCOL_VERSION, pullSearch, syncPaths } from '../../domain/sync/protocol';
import { menuCategory, menuItem } from '../../platform/test/fixtures';
import { compared, diagnostic, measured, percentile } from '../lib/stats';
import type { BenchRow, Suite } from '../lib/types';
import {
  createShop,
  postgresMissing,
  signIn,
  startBenchPlatform,
  type Backend,
  type BenchDevice,
  type BenchPlatform,
} from './sync-platform';

const SUITE = 'sync-fairness';

interface Pusher {
  vendorId: string;
  device: BenchDevice;
  seq: number;
}

/** A's push body: one import of `createCount` items and enough deletions to reach `rowOps`. */
function importBody(pusher: Pusher, createCount: number, rowOps: number): string {
  const category = menuCategory();
  const args = {
    categories: [category],
    tags: [],
    createItems: Array.from({ length: createCount }, (_, n) =>
      menuItem(category.id, { name: { zh: `黄焖鸡米饭${n}`, en: `Dish ${n}` } }),
    ),
    updateItems: [],
    deleteItemIds: Array.from({ length: rowOps - createCount - 1 }, () => randomUUID()),
    deleteCategoryIds: [],
    updatedAt: Date.now(),
  };
  pusher.seq += 1;
  const entry: OutboxEntry = {
    id: randomUUID(),
    name: 'menu.import',
    version: 1,
    args,
    deviceId: pusher.device.deviceId,
    seq: pusher.seq,
    createdAt: Date.now(),
  };
  return JSON.stringify({
    protocolVersion: PROTOCOL_VERSION,
    deviceId: pusher.device.deviceId,
    mutations: [entry],
  });
}

async function post(platform: BenchPlatform, pusher: Pusher, body: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(platform.url + syncPaths.push(pusher.vendorId), {
    method: 'POST',
    headers: { authorization: `Bearer ${pusher.device.token}`, 'content-type': 'application/json' },
    body,
  });
  const result = (await response.json()) as { results?: { status: string }[] };
  if (!response.ok || result.results?.[0]?.status !== 'applied') {
    throw new Error(
      `the push was not applied: ${response.status} ${JSON.stringify(result).slice(0, 300)}`,
    );
  }
  return performance.now() - started;
}

/** B's pulls, one after another, until `until` says stop; each pull's milliseconds. */
async function pullUntil(
  platform: BenchPlatform,
  vendorId: string,
  device: BenchDevice,
  until: () => boolean,
) {
  const samples: number[] = [];
  const path = `${syncPaths.pull(vendorId)}?${pullSearch({ cursor: 0, limit: 250 })}`;
  do {
    const started = performance.now();
    const response = await fetch(platform.url + path, {
      headers: { authorization: `Bearer ${device.token}` },
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`pull failed: ${response.status}`);
    samples.push(performance.now() - started);
  } while (!until());
  return samples;
}

async function measureBackend(backend: Backend, quick: boolean, log: (m: string) => void) {
  const platform = await startBenchPlatform(backend);
  try {
    const shopA = await createShop(platform.db, '老王面馆');
    const shopB = await createShop(platform.db, 'Hotpot House');
    const pusher: Pusher = {
      vendorId: shopA.vendorId,
      device: await signIn(platform.url, shopA, 'A'),
      seq: 0,
    };
    const puller: Pusher = {
      vendorId: shopB.vendorId,
      device: await signIn(platform.url, shopB, 'B'),
      seq: 0,
    };
    await post(platform, puller, importBody(puller, 1_000, 1_001));
    const rowOps = quick ? 5_000 : MAX_ROW_OPS_PER_MUTATION;
    const creates = quick ? 4_000 : 20_000;
    const rounds = quick ? 1 : 3;
    const alone: number[] = [];
    const contended: number[] = [];
    const pushes: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const body = importBody(pusher, creates, rowOps);
      let pushing = true;
      const push = post(platform, pusher, body).finally(() => (pushing = false));
      contended.push(...(await pullUntil(platform, shopB.vendorId, puller.device, () => !pushing)));
      const pushMs = await push;
      pushes.push(pushMs);
      const aloneUntil = performance.now() + pushMs;
      alone.push(
        ...(await pullUntil(
          platform,
          shopB.vendorId,
          puller.device,
          () => performance.now() >= aloneUntil,
        )),
      );
      log(
        `${backend} round ${round + 1}: push ${Math.round(pushMs)} ms, ${contended.length} contended pulls`,
      );
    }
    return {
      alone,
      contended,
      pushes,
      rowOps,
      bodyBytes: importBody(pusher, creates, rowOps).length,
    };
  } finally {
    await platform.stop();
  }
}

function p99(samples: readonly number[]): number {
  return percentile(
    [...samples].sort((a, b) => a - b),
    0.99,
  );
}

function rowsOf(backend: Backend, run: Awaited<ReturnType<typeof measureBackend>>): BenchRow[] {
  const subject = measured('pull while another shop pushes', run.contended);
  const baseline = measured('pull alone', run.alone);
  const row = compared(
    SUITE,
    `${backend}: shop B's pull (250 rows) while A pushes ${run.rowOps.toLocaleString('en')} row ops`,
    subject,
    baseline,
    {
      'p99 ms': p99(run.contended),
      'p99 alone ms': p99(run.alone),
      'p99 ratio': p99(run.contended) / p99(run.alone),
      'longest pull ms': Math.max(...run.contended),
    },
  );
  const push = diagnostic(
    SUITE,
    `${backend}: A's push of one largest change`,
    measured('push', run.pushes),
    {
      'row ops': run.rowOps,
      'body bytes': run.bodyBytes,
    },
  );
  return [row, push];
}

const suite: Suite = {
  name: SUITE,
  issue: 9,
  description:
    "another shop's pull p99 while one shop pushes the largest change the limits allow, vs alone",
  async run(ctx) {
    const rows: BenchRow[] = [];
    const notes = [
      'PGlite has one connection: a shop pulling while another pushes waits for the whole push transaction, so "longest pull" on PGlite is the longest stall another shop can see (one largest change; the per-push row budget keeps a push of many changes shorter).',
    ];
    rows.push(...rowsOf('pglite', await measureBackend('pglite', ctx.quick, ctx.log)));
    const missing = await postgresMissing();
    if (missing) notes.push(`PostgreSQL rows skipped: ${missing}.`);
    else rows.push(...rowsOf('pg', await measureBackend('pg', ctx.quick, ctx.log)));
    return { rows, notes };
  },
};

export default suite;
