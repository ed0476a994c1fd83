import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../domain/outbox';
import type { PullResponse } from '../../domain/sync/protocol';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { menuCategory, menuItem, stockEntry } from '../test/fixtures';
import {
  outboxEntry,
  pullPath,
  pushAccepted,
  resetSeqs,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';

const TODAY = '2026-03-06';
const YESTERDAY = '2026-03-05';

// The product's own rules (no test registry): the stock rule is the one the menu part declares.
describe.each(backends)('stock oversold on %s', (backend) => {
  let platform: TestPlatform;
  let vendorId: string;
  let front: Device;
  let kitchen: Device;
  let itemId: string;

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      signInLimit: { addressFailures: 100_000 },
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  const push = (as: Device, mutations: OutboxEntry[]) =>
    pushAccepted(platform, vendorId, as, mutations);
  const sell = (as: Device, portions: number, businessDate = TODAY) =>
    outboxEntry(as, 'menuStock.append', {
      entries: [stockEntry(itemId, -portions, businessDate)],
    });
  const ledger = () =>
    platform.db.query<{ id: string; delta: number }>(
      `select id, (data ->> 'delta')::int as delta from ledger_entries
       where vendor_id = $1 and data ->> 'businessDate' = $2 order by seq, id`,
      [vendorId, TODAY],
    );

  // 黄焖鸡 has 5 portions a day; 3 are sold today before anyone goes offline, 5 were sold yesterday.
  beforeEach(async () => {
    resetSeqs();
    let login: string;
    ({ vendorId, device: front, login } = await platform.vendor('老王黄焖鸡'));
    kitchen = await platform.signIn(login);
    const category = menuCategory();
    const item = menuItem(category.id, { dailyStock: 5 });
    itemId = item.id;
    await push(front, [
      outboxEntry(front, 'menuCategory.create', category),
      outboxEntry(front, 'menuItem.create', item),
      sell(front, 3),
      sell(front, 5, YESTERDAY),
    ]);
  });

  it('lets the first of two offline sales of the last portions through and rejects the second, applying none of it', async () => {
    // Offline, each desktop sells the last two bowls.
    const soldAtFront = sell(front, 2);
    const soldInKitchen = sell(kitchen, 2);
    const first = await push(front, [soldAtFront]);
    expect(first.results).toMatchObject([{ status: 'applied' }]);
    const before = await ledger();

    const second = await push(kitchen, [soldInKitchen]);
    expect(second.lastProcessedSeq).toBe(1);
    expect(second.results).toEqual([
      {
        status: 'rejected',
        mutationId: soldInKitchen.id,
        seq: 1,
        name: 'menuStock.append',
        serverSeq: expect.any(Number),
        reason: 'invariant_violated',
        rule: 'menuStock.oversold',
        message: expect.any(String),
        details: { itemId, businessDate: TODAY, remaining: 0, requested: 2 },
      },
    ]);
    expect(await ledger()).toEqual(before);
    expect(before.reduce((sum, row) => sum + row.delta, 0)).toBe(-5);

    // The kitchen learns it on its next pull too, with the same facts.
    const pulled = await platform.call('GET', pullPath(vendorId), { token: kitchen.token });
    const page = pulled.body as PullResponse;
    expect(page.rejections).toMatchObject([
      { mutationId: soldInKitchen.id, rule: 'menuStock.oversold', details: { remaining: 0 } },
    ]);
    const entryId = (soldInKitchen.args as { entries: [{ id: string }] }).entries[0].id;
    expect(page.changes.some((change) => change.id === entryId)).toBe(false);
  });

  it('counts sales applied earlier in the same push, and only that business day', async () => {
    const result = await push(kitchen, [sell(kitchen, 1), sell(kitchen, 2), sell(kitchen, 1)]);
    expect(result.results.map((r) => r.status)).toEqual(['applied', 'rejected', 'applied']);
    expect(result.results[1]).toMatchObject({
      rule: 'menuStock.oversold',
      details: { remaining: 1, requested: 2 },
    });
    expect((await ledger()).reduce((sum, row) => sum + row.delta, 0)).toBe(-5);
    // Yesterday is sold out, but tomorrow starts again from the daily stock.
    const otherDays = await push(front, [sell(front, 1, YESTERDAY), sell(front, 5, '2026-03-07')]);
    expect(otherDays.results.map((r) => r.status)).toEqual(['rejected', 'applied']);
  });

  it('lets stock recorded before a sale cover it, and never limits items without daily stock', async () => {
    const restockThenSell = outboxEntry(kitchen, 'menuStock.append', {
      entries: [stockEntry(itemId, 10, TODAY, 'adjustment'), stockEntry(itemId, -12, TODAY)],
    });
    const tea = menuItem(menuCategory().id, { name: { zh: '酸梅汤', en: null } });
    const result = await push(kitchen, [
      restockThenSell,
      outboxEntry(kitchen, 'menuItem.create', tea),
      outboxEntry(kitchen, 'menuStock.append', { entries: [stockEntry(tea.id, -999, TODAY)] }),
    ]);
    expect(result.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
  });
});
