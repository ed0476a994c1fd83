/**
 * Issue 4: a new device's first sync of a shop with N menu items, through the console's real
 * engine exactly as VendorSyncEngine runs it (the sync lock, syncVendor with the console's pull
 * page size, a deep checksum verification, yielding to the UI between pages), beside one raw
 * Dexie bulkPut of the same N rows into a fresh database of the same schema, interleaved.
 */
import type { VendorDb } from '../../renderer/src/db/vendor-db';
import { PlatformClient } from '../../renderer/src/platform-api/platform-client';
import type { SyncProgress } from '../../renderer/src/sync/engine/sync-context';
import { withSyncLock } from '../../renderer/src/sync/engine/sync-lock';
import { syncVendor, type SyncSummary } from '../../renderer/src/sync/engine/sync-vendor';
import { PULL_PAGE_SIZE } from '../../renderer/src/sync/engine/vendor-sync';
import { yieldToUi } from '../../renderer/src/sync/engine/yield-to-ui';
import type { MenuItem } from '@domain/menu/schema';
import type {
  FirstSyncOptions,
  FirstSyncResult,
  FirstSyncVariant,
  PhaseFigures,
  SyncLogin,
} from './sync-api';
import { dropBenchDb, openBenchDb, openRaw, rawRows } from './store';
import type Dexie from 'dexie';
import { syncMenuItems } from './sync-fixtures';
import { observeMainThread, type Observed } from './sync-observe';
import { interleave } from './timing';

interface SignedInDevice {
  db: VendorDb;
  client: PlatformClient;
  deviceId: string;
}

/** A fresh console: signed in as a new device (untimed), with an empty database of its own. */
export async function newSignedInDevice(platformUrl: string, shop: SyncLogin) {
  const deviceId = crypto.randomUUID();
  const anonymous = new PlatformClient({ baseUrl: platformUrl });
  const session = await anonymous.signIn({
    login: shop.login,
    password: shop.password,
    deviceId,
    deviceName: '基准测试电脑',
  });
  const client = new PlatformClient({ baseUrl: platformUrl, token: session.token });
  return { db: await openBenchDb(shop.vendorId), client, deviceId } satisfies SignedInDevice;
}

/** When each phase of a sync began, from the engine's own progress reports. */
type PhaseStarts = Array<{ phase: string; at: number }>;

/** What VendorSyncEngine.runOnce does on a device's first sync. */
function firstSync(
  device: SignedInDevice,
  vendorId: string,
  phases: PhaseStarts,
): Promise<SyncSummary> {
  // The engine reports its first progress after the first page is stored.
  phases.push({ phase: 'first page', at: performance.now() });
  const onProgress = ({ phase }: SyncProgress) => {
    if (phases.at(-1)?.phase !== phase) phases.push({ phase, at: performance.now() });
  };
  return withSyncLock(vendorId, () =>
    syncVendor({
      db: device.db,
      vendorId,
      deviceId: device.deviceId,
      client: device.client,
      pageSize: PULL_PAGE_SIZE,
      deepVerify: true,
      yieldToUi,
      onProgress,
    }),
  ).then((locked) => {
    if (!locked.ran) throw new Error('another sync held the lock');
    return locked.value;
  });
}

/** One call's state: the databases of the last call, and what the timed calls saw. */
class FirstSyncRun {
  readonly result: FirstSyncResult = {
    samples: { engine: [], rawBulkPut: [] },
    observed: { engine: [], rawBulkPut: [] },
    rowsPulled: [],
    phases: [],
  };
  private device: SignedInDevice | undefined;
  private raw: { db: VendorDb; plain: Dexie; rows: MenuItem[] } | undefined;
  private downloaded: { expected: number; summary: SyncSummary } | undefined;

  constructor(private readonly options: FirstSyncOptions) {}

  /** Iteration 0 is the warm-up, on the smaller shop; it is timed but not kept. */
  private shopOf(iteration: number) {
    return iteration < 1 ? this.options.warmupShop : this.options.shop;
  }

  /** Untimed, before each call: a fresh signed-in device, or the rows and an empty database. */
  async prepare(name: FirstSyncVariant, iteration: number): Promise<void> {
    await this.cleanUp();
    const shop = this.shopOf(iteration);
    if (name === 'engine') this.device = await newSignedInDevice(this.options.platformUrl, shop);
    else {
      const db = await openBenchDb();
      // Raw Dexie: a plain connection, none of the console's middleware.
      const rows = rawRows('menuItem', syncMenuItems(0, shop.rows));
      this.raw = { db, plain: await openRaw(db), rows };
    }
  }

  async engine(iteration: number): Promise<void> {
    const stop = observeMainThread(this.options.platformUrl);
    const phases: PhaseStarts = [];
    const summary = await firstSync(this.device!, this.shopOf(iteration).vendorId, phases);
    const ended = performance.now();
    const seen = await stop();
    this.downloaded = { expected: this.shopOf(iteration).rows, summary };
    if (iteration < 1) return;
    this.result.observed.engine.push(seen);
    this.result.rowsPulled.push(summary.pulledChanges);
    this.result.phases.push(phaseFigures(phases, ended, seen));
  }

  async rawBulkPut(iteration: number): Promise<void> {
    const stop = observeMainThread();
    const { plain, rows } = this.raw!;
    await plain.transaction('rw', 'menuItem', () => plain.table('menuItem').bulkPut(rows));
    const seen = await stop();
    if (iteration >= 1) this.result.observed.rawBulkPut.push(seen);
  }

  /** Untimed, between calls: checks the last download, then deletes the last call's database. */
  async cleanUp(): Promise<void> {
    const { device, raw, downloaded } = this;
    this.device = this.raw = this.downloaded = undefined;
    const problem = device && downloaded ? await downloadProblem(device.db, downloaded) : null;
    if (device) await dropBenchDb(device.db);
    if (raw) await dropBenchDb(raw.db, raw.plain);
    if (problem) throw new Error(problem);
  }
}

export async function syncFirstSync(options: FirstSyncOptions): Promise<FirstSyncResult> {
  const run = new FirstSyncRun(options);
  try {
    run.result.samples = await interleave<FirstSyncVariant>(
      {
        engine: (iteration) => run.engine(iteration),
        rawBulkPut: (iteration) => run.rawBulkPut(iteration),
      },
      { runs: options.rounds, warmup: 1, before: (name, i) => run.prepare(name, i) },
    );
    await run.cleanUp();
    return run.result;
  } finally {
    await run.cleanUp().catch(() => undefined);
  }
}

/** Time in each phase, and the long tasks that started in it. */
function phaseFigures(phases: PhaseStarts, ended: number, seen: Observed): PhaseFigures {
  const figures: PhaseFigures = {};
  phases.forEach(({ phase, at }, i) => {
    const until = phases[i + 1]?.at ?? ended;
    const tasks = seen.tasks.filter(([start]) => start >= at && start < until);
    const before = figures[phase] ?? { ms: 0, longestTaskMs: 0, longTasks: 0 };
    figures[phase] = {
      ms: before.ms + (until - at),
      longestTaskMs: Math.max(before.longestTaskMs, ...tasks.map(([, ms]) => ms)),
      longTasks: before.longTasks + tasks.length,
    };
  });
  return figures;
}

/** A figure for a download that did not happen would be worthless: say what went wrong. */
async function downloadProblem(
  db: VendorDb,
  { expected, summary }: { expected: number; summary: SyncSummary },
): Promise<string | null> {
  const stored = await db.menuItem.count();
  if (stored === expected && summary.repaired.length === 0 && summary.rebuilt.length === 0) {
    return null;
  }
  const repaired = summary.repaired.join(',') || 'none';
  const rebuilt = summary.rebuilt.join(',') || 'none';
  return `first sync stored ${stored} of ${expected} items (repaired ${repaired}, rebuilt ${rebuilt})`;
}
