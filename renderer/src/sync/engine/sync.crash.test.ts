/**
 * Crash safety: a console abandoned in the middle of a sync (its store write aborted with the
 * transaction, or the platform's answer never read) is reopened and syncs again. Nothing it had
 * saved is lost, nothing is applied twice, and it ends equal to the platform. The crash points
 * come from fast-check with a fixed seed (SYNC_SEED to replay).
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createItem, importMenu } from '@domain/menu/mutations';
import { SyncError } from '../../platform-api/sync-error';
import { readSyncState, shadowTable } from './sync-state';
import { expectConverged } from '../test-support/convergence-checks';
import {
  rulesWith,
  SHOP_PASSWORD,
  startPlatformHarness,
  type PlatformHarness,
} from '../test-support/platform-harness';
import { applyShopEdit, seedShop, shopEditArbitrary } from '../test-support/shop-edits';
import { menuItem, stockNeverBelowZero } from '../test-support/shop-fixtures';
import {
  localRows,
  SimDevice,
  type CrashPlan,
  type SimDeviceOptions,
} from '../test-support/sim-device';

const SEED = Number(process.env.SYNC_SEED ?? 20_261_124);
const RUNS = Number(process.env.SYNC_RUNS ?? 4);

let platform: PlatformHarness;
let crashes = 0;

beforeAll(async () => {
  platform = await startPlatformHarness(rulesWith([stockNeverBelowZero]));
}, 60_000);
afterAll(async () => {
  await platform?.stop();
});

async function shopWithTwoConsoles() {
  const shop = await platform.createShop('兰州拉面');
  const options = {
    baseUrl: platform.url,
    vendorId: shop.vendorId,
    login: shop.login,
    password: SHOP_PASSWORD,
    pageSize: 3,
    pushBatch: 2,
  };
  const a = await SimDevice.signIn({ ...options, label: 'front desk' });
  const b = await SimDevice.signIn({ ...options, label: 'kitchen' });
  const seed = await seedShop(a, shop.vendorId);
  await a.sync();
  await b.sync();
  return { shop, a, b, seed, options };
}

/** A sync that may be cut short by the armed crash; anything but a SyncError is a bug. */
async function syncUntilCrash(device: SimDevice): Promise<void> {
  try {
    await device.sync();
  } catch (error) {
    expect(error).toBeInstanceOf(SyncError);
  }
}

/** Every row the platform holds for the shop, of every table. */
const rowCount = (rows: Record<string, Record<string, unknown>>) =>
  Object.values(rows).reduce((total, table) => total + Object.keys(table).length, 0);

/** A console signed in on a new device whose first sync dies after `afterWrites` store writes. */
async function newConsoleCrashedAfter(
  options: Omit<SimDeviceOptions, 'label'>,
  afterWrites: number,
): Promise<SimDevice> {
  const fresh = await SimDevice.signIn({ ...options, label: 'new laptop' });
  fresh.armCrash({ afterWrites });
  await syncUntilCrash(fresh);
  fresh.restart();
  expect(fresh.crashes).toBe(1);
  return fresh;
}

const crashPlan: fc.Arbitrary<CrashPlan> = fc.oneof(
  fc.record({ afterWrites: fc.nat(30) }),
  fc.record({ afterResponses: fc.nat(8) }),
);

describe('crash safety', () => {
  it('a console abandoned mid-push or mid-pull loses nothing and applies nothing twice', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(shopEditArbitrary, { minLength: 3, maxLength: 12 }),
        fc.array(shopEditArbitrary, { maxLength: 8 }),
        fc.array(crashPlan, { minLength: 1, maxLength: 4 }),
        async (editsOnA, editsOnB, plans) => {
          const { shop, a, b, seed } = await shopWithTwoConsoles();
          // B's changes give A something to pull, in several pages, while A's own wait to go up.
          for (const edit of editsOnB) await applyShopEdit(b, seed, edit);
          await b.sync();
          for (const edit of editsOnA) await applyShopEdit(a, seed, edit);
          for (const plan of plans) {
            a.armCrash(plan);
            await syncUntilCrash(a);
            a.restart();
          }
          crashes += a.crashes;
          for (const device of [a, b, a, b]) await device.sync();
          await expectConverged(platform, shop.vendorId, [a, b]);
        },
      ),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    expect(crashes).toBeGreaterThan(0);
  }, 600_000);

  it('a new console abandoned during its first download resumes from where it stopped', async () => {
    const { shop, a, seed, options } = await shopWithTwoConsoles();
    for (let index = 0; index < 20; index++) {
      await a.edit(createItem, menuItem(seed.categoryId, `面 ${index}`, 1_000 + index));
    }
    await a.sync();
    const server = await platform.rows(shop.vendorId);
    // One row per change here, so the platform's last change number is the row count.
    const changes = rowCount(server);

    let resumedMidway = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), async (afterWrites) => {
        const fresh = await newConsoleCrashedAfter(options, afterWrites);
        const resumedFrom = (await readSyncState(fresh.db)).cursor;
        if (resumedFrom > 0 && resumedFrom < changes) resumedMidway += 1;
        const summary = await fresh.sync();
        // It resumed: what was saved before the crash is not downloaded again.
        expect(summary.pulledChanges).toBe(changes - resumedFrom);
        expect(await localRows(fresh.db)).toEqual(server);
        expect(await fresh.db.outbox.count()).toBe(0);
      }),
      { seed: SEED, numRuns: RUNS },
    );
    expect(resumedMidway).toBeGreaterThan(0);
  }, 600_000);

  it('a new console abandoned inside a large import resumes inside it, downloading no saved row again', async () => {
    const { shop, a, seed, options } = await shopWithTwoConsoles();
    const imported = Array.from({ length: 20 }, (_, index) =>
      menuItem(seed.categoryId, `面 ${index}`, 1_000 + index),
    );
    await a.edit(importMenu, {
      categories: [],
      tags: [],
      createItems: imported,
      updateItems: [],
      deleteItemIds: [],
      deleteCategoryIds: [],
      updatedAt: 1_764_000_000_000,
    });
    await a.sync();
    const server = await platform.rows(shop.vendorId);
    const rows = rowCount(server);

    let resumedInside = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 40 }), async (afterWrites) => {
        const fresh = await newConsoleCrashedAfter(options, afterWrites);
        const saved = await shadowTable(fresh.db).count();
        if ((await readSyncState(fresh.db)).resumeAfter !== null) resumedInside += 1;
        const summary = await fresh.sync();
        // The 20-row import came in pages of at most 3 rows, and no saved row came twice.
        expect(summary.pulledChanges).toBe(rows - saved);
        expect(await localRows(fresh.db)).toEqual(server);
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
    expect(resumedInside).toBeGreaterThan(0);
  }, 600_000);
});
