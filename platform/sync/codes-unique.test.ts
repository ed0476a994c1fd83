import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyWithoutClashingCodes } from '../../domain/menu/invariants/codes-unique';
import { newId } from '../../domain/ids';
import type { OutboxEntry } from '../../domain/outbox';
import { backends, SETUP_TIMEOUT_MS } from '../test/backends';
import { menuCategory, menuItem } from '../test/fixtures';
import {
  outboxEntry,
  pushAccepted,
  resetSeqs,
  startTestPlatform,
  type Device,
  type TestPlatform,
} from '../test/server';

// The product's own rules: menuItem.codeTaken as the menu part declares it.
describe.each(backends)('SKU and barcode uniqueness on %s', (backend) => {
  let platform: TestPlatform;
  let vendorId: string;
  let front: Device;
  let kitchen: Device;
  let categoryId: string;

  beforeAll(async () => {
    platform = await startTestPlatform(backend, {
      signInLimit: { addressFailures: 100_000 },
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => platform.close());

  const push = (as: Device, mutations: OutboxEntry[]) =>
    pushAccepted(platform, vendorId, as, mutations);
  const items = () =>
    platform.db.query<{ id: string; sku: string | null; barcode: string | null }>(
      `select id, data ->> 'sku' as sku, data ->> 'barcode' as barcode from entities
       where vendor_id = $1 and tbl = 'menuItem' and not deleted order by data ->> 'sku'`,
      [vendorId],
    );
  const attentionItems = () =>
    platform.db.query<{ id: string; data: Record<string, unknown> }>(
      `select id, data from entities where vendor_id = $1 and tbl = 'attentionItem' order by seq`,
      [vendorId],
    );

  beforeEach(async () => {
    resetSeqs();
    let login: string;
    ({ vendorId, device: front, login } = await platform.vendor('老王黄焖鸡'));
    kitchen = await platform.signIn(login);
    const category = menuCategory();
    categoryId = category.id;
    await push(front, [outboxEntry(front, 'menuCategory.create', category)]);
  });

  it('lets the first of two offline desktops have a SKU and rejects the other, naming both items', async () => {
    const beef = menuItem(categoryId, { name: { zh: '牛肉面', en: null }, sku: 'NM-1' });
    const rice = menuItem(categoryId, { name: { zh: '牛肉饭', en: null }, sku: 'nm-1' });
    const fromFront = outboxEntry(front, 'menuItem.create', beef);
    const fromKitchen = outboxEntry(kitchen, 'menuItem.create', rice);
    // Both arrive at once: the vendor's pushes are serialised, so exactly one wins.
    const [a, b] = await Promise.all([push(front, [fromFront]), push(kitchen, [fromKitchen])]);
    const statuses = [a.results[0]!.status, b.results[0]!.status].sort();
    expect(statuses).toEqual(['applied', 'rejected']);
    const lost = a.results[0]!.status === 'rejected' ? a.results[0]! : b.results[0]!;
    const [winner, loser] = lost.mutationId === fromFront.id ? [rice, beef] : [beef, rice];
    expect(lost).toMatchObject({
      reason: 'invariant_violated',
      rule: 'menuItem.codeTaken',
      details: {
        kind: 'sku',
        code: 'NM-1',
        itemId: loser.id,
        itemName: loser.name,
        otherId: winner.id,
        otherName: winner.name,
        count: 1,
      },
    });
    expect(await items()).toEqual([{ id: winner.id, sku: winner.sku, barcode: null }]);
    // The rejection is on the shop's list, with what it was, for every desktop to pull.
    const [attention] = await attentionItems();
    expect(attention).toMatchObject({
      id: lost.mutationId,
      data: {
        rule: 'menuItem.codeTaken',
        args: { id: loser.id, sku: loser.sku },
        records: [{ table: 'menuItem', id: loser.id }],
      },
    });
  });

  it('rejects an edit that takes another item’s barcode, and lets an item keep its own', async () => {
    const beef = menuItem(categoryId, { barcode: '6901234567892' });
    const rice = menuItem(categoryId, {});
    await push(front, [
      outboxEntry(front, 'menuItem.create', beef),
      outboxEntry(front, 'menuItem.create', rice),
    ]);
    const result = await push(kitchen, [
      outboxEntry(kitchen, 'menuItem.update', {
        id: rice.id,
        barcode: '6901234567892',
        updatedAt: 2,
      }),
      outboxEntry(kitchen, 'menuItem.update', {
        id: beef.id,
        barcode: '6901234567892',
        updatedAt: 2,
      }),
    ]);
    expect(result.results.map((r) => [r.status, r.rule])).toEqual([
      ['rejected', 'menuItem.codeTaken'],
      ['applied', undefined],
    ]);
  });

  it('rejects a whole import for one clash and applies it again without the clashing codes', async () => {
    const taken = menuItem(categoryId, { sku: 'TAKEN', barcode: '111' });
    await push(front, [outboxEntry(front, 'menuItem.create', taken)]);
    const created = Array.from({ length: 30 }, (_, index) =>
      menuItem(categoryId, { sku: index === 7 ? 'taken' : `IMP-${index}` }),
    );
    const args = {
      categories: [],
      tags: [],
      createItems: created,
      updateItems: [{ id: taken.id, fields: { priceFen: 900 } }],
      deleteItemIds: [],
      deleteCategoryIds: [],
      updatedAt: 3,
    };
    const imported = outboxEntry(kitchen, 'menu.import', args);
    const [verdict] = (await push(kitchen, [imported])).results;
    expect(verdict).toMatchObject({ status: 'rejected', rule: 'menuItem.codeTaken' });
    expect(await items()).toHaveLength(1);

    // The one-click fix, as Needs attention makes it from the shop-wide item.
    const [attention] = await attentionItems();
    const fix = applyWithoutClashingCodes.fix(
      { name: 'menu.import', args: attention!.data.args },
      attention!.data.details as Record<string, unknown>,
    );
    expect(fix).not.toBeNull();
    const [again] = (await push(kitchen, [outboxEntry(kitchen, fix!.name, fix!.args)])).results;
    expect(again).toMatchObject({ status: 'applied' });
    const stored = await items();
    expect(stored).toHaveLength(31);
    expect(stored.filter((item) => item.sku?.toUpperCase() === 'TAKEN')).toEqual([
      { id: taken.id, sku: 'TAKEN', barcode: '111' },
    ]);
    expect(stored.find((item) => item.id === created[7]!.id)?.sku).toBeNull();
  });

  it('guards every variant’s codes like an item’s, and the fix empties only the clashing variant’s', async () => {
    const shirt = (sku: string, barcode: string) =>
      menuItem(categoryId, {
        name: { zh: '文化衫', en: null },
        variantOptions: [
          {
            id: newId(),
            name: { zh: '尺码', en: null },
            values: [
              { id: sizeM, name: { zh: 'M', en: null } },
              { id: sizeL, name: { zh: 'L', en: null } },
            ],
          },
        ],
        variants: [
          {
            id: newId(),
            valueIds: [sizeM],
            priceFen: 9900,
            sku: `${sku}-M`,
            barcode,
            status: 'on_sale',
          },
          {
            id: newId(),
            valueIds: [sizeL],
            priceFen: 9900,
            sku: `${sku}-L`,
            barcode: null,
            status: 'on_sale',
          },
        ],
      });
    const sizeM = newId();
    const sizeL = newId();
    const first = shirt('TS', '6950000000017');
    await push(front, [outboxEntry(front, 'menuItem.create', first)]);
    // The second desktop's item takes the first's L variant SKU on one of its own variants.
    const second = shirt('XX', '6950000000024');
    second.variants![1]!.sku = 'ts-l';
    const [verdict] = (await push(kitchen, [outboxEntry(kitchen, 'menuItem.create', second)]))
      .results;
    expect(verdict).toMatchObject({
      status: 'rejected',
      rule: 'menuItem.codeTaken',
      details: { kind: 'sku', code: 'TS-L', itemId: second.id, otherId: first.id, count: 1 },
    });
    // An edit that gives an existing item a clashing variant barcode is caught too.
    const plain = menuItem(categoryId, { sku: 'PLAIN' });
    await push(kitchen, [outboxEntry(kitchen, 'menuItem.create', plain)]);
    const [edit] = (
      await push(kitchen, [
        outboxEntry(kitchen, 'menuItem.update', {
          id: plain.id,
          updatedAt: 5,
          variantOptions: first.variantOptions,
          variants: [{ ...first.variants![0]!, id: newId(), sku: 'PLAIN-M' }],
        }),
      ])
    ).results;
    expect(edit).toMatchObject({
      status: 'rejected',
      details: { kind: 'barcode', code: '6950000000017', otherId: first.id },
    });

    const [attention] = (await attentionItems()).filter(
      (item) => (item.data.args as { id?: string }).id === second.id,
    );
    const fix = applyWithoutClashingCodes.fix(
      { name: 'menuItem.create', args: attention!.data.args },
      attention!.data.details as Record<string, unknown>,
    );
    const fixedVariants = (
      fix!.args as { variants: { sku: string | null; barcode: string | null }[] }
    ).variants;
    expect(fixedVariants.map((v) => [v.sku, v.barcode])).toEqual([
      ['XX-M', '6950000000024'],
      [null, null],
    ]);
    const [again] = (await push(kitchen, [outboxEntry(kitchen, fix!.name, fix!.args)])).results;
    expect(again).toMatchObject({ status: 'applied' });
  });

  it('frees a deleted item’s codes for a new item', async () => {
    const old = menuItem(categoryId, { sku: 'OLD-1' });
    await push(front, [outboxEntry(front, 'menuItem.create', old)]);
    await push(front, [outboxEntry(front, 'menuItem.delete', { ids: [old.id] })]);
    const reused = menuItem(categoryId, { sku: 'OLD-1' });
    const [result] = (await push(kitchen, [outboxEntry(kitchen, 'menuItem.create', reused)]))
      .results;
    expect(result).toMatchObject({ status: 'applied' });
  });
});
