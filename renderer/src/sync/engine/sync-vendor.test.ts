/**
 * The sync engine against the real platform over loopback HTTP: two consoles of one shop, each
 * with its own IndexedDB, converge; edits of different fields both survive; a change the
 * platform turns down leaves the outbox, disappears locally and is listed with its reason; a
 * local copy that drifted from the platform is detected by checksum and repaired.
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCategory, createItem, updateItem, appendStock } from '@domain/menu/mutations';
import { createVendorProfile, updateVendorProfile } from '@domain/vendor/mutations';
import { sampleVendorProfile } from '@domain/test-support/vendor-profile';
import { openNeedsAttention, settleNeedsAttention } from './needs-attention';
import { readSyncState, shadowTable } from './sync-state';
import { rulesWith, SHOP_PASSWORD, startPlatformHarness } from '../test-support/platform-harness';
import type { PlatformHarness } from '../test-support/platform-harness';
import { localRows, SimDevice } from '../test-support/sim-device';
import { category, menuItem, stockEntry, stockNeverBelowZero } from '../test-support/shop-fixtures';

let platform: PlatformHarness;

beforeAll(async () => {
  platform = await startPlatformHarness(rulesWith([stockNeverBelowZero]));
}, 60_000);
afterAll(async () => platform?.stop());

async function twoDevices(options: { pageSize?: number; pushBatch?: number } = {}) {
  const shop = await platform.createShop('兰州拉面');
  const common = {
    baseUrl: platform.url,
    vendorId: shop.vendorId,
    login: shop.login,
    password: SHOP_PASSWORD,
    ...options,
  };
  const a = await SimDevice.signIn({ ...common, label: '前台' });
  const b = await SimDevice.signIn({ ...common, label: '后厨' });
  return { shop, a, b };
}

describe('syncVendor', () => {
  it('brings a second console the first one’s shop, and both equal the platform', async () => {
    const { shop, a, b } = await twoDevices({ pageSize: 3, pushBatch: 2 });
    await a.edit(createVendorProfile, sampleVendorProfile({ id: shop.vendorId }));
    const noodles = category();
    await a.edit(createCategory, noodles);
    for (const name of ['牛肉面', '刀削面', '炸酱面', '凉皮', '肉夹馍']) {
      await a.edit(createItem, menuItem(noodles.id, name));
    }
    const pushed = await a.sync();
    expect(pushed.push.sent).toBe(7);
    expect(await a.db.outbox.count()).toBe(0);

    const pulled = await b.sync();
    expect(pulled.pulledChanges).toBe(7);
    const server = await platform.rows(shop.vendorId);
    expect(Object.keys(server.menuItem ?? {})).toHaveLength(5);
    expect(await localRows(a.db)).toEqual(server);
    expect(await localRows(b.db)).toEqual(server);
    const state = await readSyncState(b.db);
    expect(state.downloaded).toBe(true);
    expect(state.lastSyncedAt).not.toBeNull();
  });

  it('keeps both edits when two consoles change different fields of one record offline', async () => {
    const { shop, a, b } = await twoDevices();
    await a.edit(createVendorProfile, sampleVendorProfile({ id: shop.vendorId }));
    const noodles = category();
    const beef = menuItem(noodles.id);
    await a.edit(createCategory, noodles);
    await a.edit(createItem, beef);
    await a.sync();
    await b.sync();

    await a.edit(updateItem, { id: beef.id, priceFen: 2200, updatedAt: 2 });
    await b.edit(updateItem, { id: beef.id, name: { zh: '红烧牛肉面', en: null }, updatedAt: 3 });
    await b.edit(updateVendorProfile, { id: shop.vendorId, phone: '02112345678' });
    // B shows its own edits at once, before any sync.
    expect((await b.db.menuItem.get(beef.id))?.name.zh).toBe('红烧牛肉面');

    await a.sync();
    await b.sync();
    await a.sync();
    for (const device of [a, b]) {
      const item = await device.db.menuItem.get(beef.id);
      expect(item?.priceFen).toBe(2200);
      expect(item?.name.zh).toBe('红烧牛肉面');
      expect((await device.db.vendorProfile.get(shop.vendorId))?.phone).toBe('02112345678');
    }
    expect(await localRows(a.db)).toEqual(await platform.rows(shop.vendorId));
    expect(await localRows(b.db)).toEqual(await platform.rows(shop.vendorId));
  });

  it('takes a rejected sale back out and lists it with its reason', async () => {
    const { shop, a, b } = await twoDevices();
    const noodles = category();
    const beef = menuItem(noodles.id);
    await a.edit(createCategory, noodles);
    await a.edit(createItem, beef);
    await a.edit(appendStock, { entries: [stockEntry(beef.id, 2, 'adjustment')] });
    await a.sync();
    await b.sync();

    // Offline, each console sells the last two bowls: only one of them can have them.
    const soldByA = await a.edit(appendStock, { entries: [stockEntry(beef.id, -2, 'sale')] });
    const soldByB = await b.edit(appendStock, { entries: [stockEntry(beef.id, -2, 'sale')] });
    expect(await b.db.menuStockEntry.count()).toBe(2);
    await a.sync();
    const second = await b.sync();
    expect(second.push.rejected).toBe(1);

    expect(await b.db.outbox.count()).toBe(0);
    const [attention] = await openNeedsAttention(b.db);
    expect(attention).toMatchObject({
      mutationId: soldByB.id,
      name: 'menuStock.append',
      reason: 'invariant_violated',
      rule: 'menuStock.oversold',
      details: { onHand: 0, requested: 2 },
    });
    expect(attention?.records).toEqual([
      {
        table: 'menuStockEntry',
        id: (soldByB.args as { entries: [{ id: string }] }).entries[0].id,
      },
    ]);
    await a.sync();
    const server = await platform.rows(shop.vendorId);
    expect(Object.keys(server.menuStockEntry ?? {})).toHaveLength(2);
    expect(await localRows(a.db)).toEqual(server);
    expect(await localRows(b.db)).toEqual(server);
    // The kitchen's rejection is on the front desk's list too: Needs attention is the shop's.
    expect((await openNeedsAttention(a.db)).map((row) => row.mutationId)).toEqual([soldByB.id]);
    expect(soldByA.seq).toBeGreaterThan(0);

    // Dismissed on the front desk, it leaves the kitchen's list once both have synced.
    await settleNeedsAttention(a.db, soldByB.id, 'dismissed');
    expect(await openNeedsAttention(a.db)).toEqual([]);
    await a.sync();
    await b.sync();
    expect(await openNeedsAttention(b.db)).toEqual([]);
    expect(await localRows(b.db)).toEqual(await platform.rows(shop.vendorId));
  });

  it('repairs a shadow that no longer matches the platform and rebuilds drifted rows', async () => {
    const { shop, a, b } = await twoDevices();
    const noodles = category();
    const items = ['牛肉面', '刀削面', '炸酱面'].map((name) => menuItem(noodles.id, name));
    await a.edit(createCategory, noodles);
    for (const item of items) await a.edit(createItem, item);
    await a.sync();
    await b.sync();

    // Damage B's copy of the platform's rows, and separately its own rows.
    await shadowTable(b.db).update(['menuItem', items[0]!.id], {
      row: { ...items[0]!, priceFen: 1 },
    });
    await shadowTable(b.db).delete(['menuItem', items[1]!.id]);
    await b.db.menuCategory.update(noodles.id, { hidden: true });
    const repair = await b.sync({ deepVerify: true });
    expect(repair.repaired).toEqual(['menuItem']);
    expect(repair.rebuilt).toEqual(['menuCategory']);
    expect(await localRows(b.db)).toEqual(await platform.rows(shop.vendorId));
    expect((await shadowTable(b.db).get(['menuItem', items[0]!.id]))?.row.priceFen).toBe(1800);
  });
});
