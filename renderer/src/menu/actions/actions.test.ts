import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { previewPriceChange } from '@domain/menu/bulk';
import { ids, sampleMenu } from '@domain/menu/fixtures/menu';
import { newId } from '@domain/ids';
import { mutate } from '../../db/mutate';
import { VendorDb } from '../../db/vendor-db';
import { createCategory as createCategoryMutation, createItem } from '@domain/menu/mutations';
import { changePrices, deleteItems, moveItems } from './bulk-actions';
import { deleteCategory, moveCategory } from './category-actions';
import { markSoldOut, saveItem, setRemainingStock } from './item-actions';

const opened: VendorDb[] = [];
async function seededDb() {
  const db = new VendorDb(newId());
  opened.push(db);
  const menu = sampleMenu();
  for (const category of menu.categories) await mutate(db, createCategoryMutation, category);
  for (const item of menu.items) await mutate(db, createItem, item);
  await db.outbox.clear();
  return { db, menu };
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

const prices = async (db: VendorDb) =>
  (await db.menuItem.toArray()).map((item) => [item.name.zh, item.priceFen]);

describe('menu actions', () => {
  it('change prices in one outbox entry, and the undo puts them back', async () => {
    const { db, menu } = await seededDb();
    const before = await prices(db);
    const preview = previewPriceChange(menu.items.slice(0, 3), { by: 'percent', value: '10' });
    if (!preview.ok) throw new Error('preview');
    const undo = await changePrices(db, preview.rows, 1);
    expect((await db.menuItem.get(ids.item(1)))?.priceFen).toBe(2750);
    expect(await db.outbox.count()).toBe(1);
    await undo();
    expect(await prices(db)).toEqual(before);
  });

  it('undo of a move sends each item back to its own category', async () => {
    const { db, menu } = await seededDb();
    const undo = await moveItems(db, menu.items, ids.categoryN(2), 1);
    expect(new Set((await db.menuItem.toArray()).map((i) => i.categoryId))).toEqual(
      new Set([ids.categoryN(2)]),
    );
    await undo();
    const back = new Map((await db.menuItem.toArray()).map((i) => [i.id, i.categoryId]));
    expect(back).toEqual(new Map(menu.items.map((i) => [i.id, i.categoryId])));
  });

  it('sold out marks the business day, and the undo clears it', async () => {
    const { db, menu } = await seededDb();
    const undo = await markSoldOut(db, [menu.items[0]!], '2026-03-06', 1);
    expect((await db.menuItem.get(ids.item(1)))?.soldOutBusinessDate).toBe('2026-03-06');
    await undo();
    expect((await db.menuItem.get(ids.item(1)))?.soldOutBusinessDate).toBeNull();
  });

  it('deleted items come back exactly as they were', async () => {
    const { db, menu } = await seededDb();
    const undo = await deleteItems(db, menu.items.slice(0, 2));
    expect(await db.menuItem.count()).toBe(2);
    await undo();
    expect(await db.menuItem.get(ids.item(2))).toEqual(menu.items[1]);
  });

  it('a category with items is refused, or deleted with its items moved; undo restores both', async () => {
    const { db, menu } = await seededDb();
    const mains = menu.categories[0]!;
    const refused = await deleteCategory(db, mains, menu.items, null, 1);
    expect(refused).toEqual({ ok: false, error: 'category_not_empty', itemCount: 2 });
    expect(await db.outbox.count()).toBe(0);

    const done = await deleteCategory(db, mains, menu.items, ids.categoryN(2), 1);
    expect(await db.menuCategory.get(mains.id)).toBeUndefined();
    expect(await db.menuItem.where('categoryId').equals(ids.categoryN(2)).count()).toBe(4);
    if (!done.ok) throw new Error('delete');
    await done.undo();
    expect(await db.menuCategory.get(mains.id)).toEqual(mains);
    expect(await db.menuItem.where('categoryId').equals(mains.id).count()).toBe(2);
  });

  it('moving a category writes one new sort key', async () => {
    const { db, menu } = await seededDb();
    await moveCategory(db, menu.categories, ids.categoryN(2), 0);
    const order = await db.menuCategory.orderBy('sortKey').toArray();
    expect(order.map((c) => c.id)).toEqual([ids.categoryN(2), ids.category]);
    const [entry] = await db.outbox.toArray();
    expect(entry?.args).toEqual({ moves: [{ id: ids.categoryN(2), sortKey: order[0]!.sortKey }] });
  });

  it('an edited item travels as its changed fields only', async () => {
    const { db, menu } = await seededDb();
    const item = menu.items[0]!;
    expect(await saveItem(db, { ...item, updatedAt: 9 }, item)).toBe(false);
    expect(await saveItem(db, { ...item, priceFen: 2600, sku: null, updatedAt: 9 }, item)).toBe(
      true,
    );
    const [entry] = await db.outbox.toArray();
    expect(entry?.args).toEqual({ id: item.id, priceFen: 2600, sku: null, updatedAt: 9 });
  });

  it('setting the remaining stock appends an adjustment, never edits an entry', async () => {
    const { db, menu } = await seededDb();
    const noodles = menu.items[1]!;
    await setRemainingStock(db, noodles, 30, 5, '2026-03-06', 1);
    await setRemainingStock(db, noodles, 5, 5, '2026-03-06', 2);
    const entries = await db.menuStockEntry.toArray();
    expect(entries.map((e) => [e.delta, e.reason, e.businessDate])).toEqual([
      [-25, 'adjustment', '2026-03-06'],
    ]);
  });
});
