/**
 * Defect 4 of issue 9, the console's side: a push is packed to fit the platform's body limit,
 * and a platform that takes less still gets every change (a 413 no longer loops forever).
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCategory } from '@domain/menu/mutations';
import { fitPushBatch } from './push-batch';
import { readSyncState } from './sync-state';
import { SHOP_PASSWORD, startPlatformHarness } from '../test-support/platform-harness';
import type { PlatformHarness } from '../test-support/platform-harness';
import { category } from '../test-support/shop-fixtures';
import { SimDevice } from '../test-support/sim-device';

describe('packing a push', () => {
  const entry = (seq: number, text: string) => ({
    id: `id-${seq}`,
    name: 'menuCategory.create',
    version: 1,
    args: { text },
    deviceId: 'd',
    seq,
    createdAt: 0,
  });

  it('takes the entries that fit the budget, and always the first', () => {
    const batch = [1, 2, 3].map((seq) => entry(seq, 'x'.repeat(1_000)));
    expect(fitPushBatch(batch, 1_000_000)).toHaveLength(3);
    expect(fitPushBatch(batch, 4 * 1024 + 2_300)).toHaveLength(2);
    expect(fitPushBatch(batch, 10)).toHaveLength(1);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const batch = [1, 2].map((seq) => entry(seq, '鸡'.repeat(1_000)));
    expect(fitPushBatch(batch, 4 * 1024 + 4_000)).toHaveLength(1);
  });
});

describe('pushing to a platform with a small body limit', () => {
  let platform: PlatformHarness;
  beforeAll(async () => {
    platform = await startPlatformHarness(undefined, { bodyLimit: 8 * 1024 });
  }, 60_000);
  afterAll(async () => platform?.stop());

  it('halves the push until it fits, and every change arrives', async () => {
    const shop = await platform.createShop('老王面馆');
    const desk = await SimDevice.signIn({
      label: '前台',
      baseUrl: platform.url,
      vendorId: shop.vendorId,
      login: shop.login,
      password: SHOP_PASSWORD,
    });
    for (let n = 0; n < 60; n += 1) {
      await desk.edit(createCategory, category(`面食${n}`, `m${String(n).padStart(3, '0')}i`));
    }
    await desk.sync();
    expect((await readSyncState(desk.db)).ackedSeq).toBe(60);
    const results = await platform.results(shop.vendorId);
    expect(results.filter((result) => result.status === 'applied')).toHaveLength(60);
  });
});
