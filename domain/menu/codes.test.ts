import { describe, expect, it } from 'vitest';
import { ids, sampleMenu } from './fixtures/menu';
import { buildCodeIndex, findCodeConflicts, findItemByCode } from './codes';
import { planCategoryDelete } from './categories';

describe('SKU and barcode uniqueness', () => {
  const index = buildCodeIndex(sampleMenu().items);

  it('says which item already has the SKU, ignoring case and spaces', () => {
    expect(findCodeConflicts(index, { id: ids.item(9), sku: ' hmj-001', barcode: null })).toEqual([
      { path: ['sku'], code: 'sku_taken', params: { itemId: ids.item(1) } },
    ]);
  });

  it('says which item already has the barcode, and lets an item keep its own codes', () => {
    expect(
      findCodeConflicts(index, { id: ids.item(9), sku: null, barcode: '6954767410388' }),
    ).toEqual([{ path: ['barcode'], code: 'barcode_taken', params: { itemId: ids.item(4) } }]);
    expect(
      findCodeConflicts(index, { id: ids.item(1), sku: 'HMJ-001', barcode: '6901234567892' }),
    ).toEqual([]);
  });

  it('finds an item by a scanned barcode or a typed SKU', () => {
    expect(findItemByCode(index, '6954767410388')).toBe(ids.item(4));
    expect(findItemByCode(index, 'cqxm')).toBe(ids.item(2));
    expect(findItemByCode(index, 'nothing')).toBeUndefined();
  });
});

describe('planCategoryDelete', () => {
  const items = sampleMenu().items;

  it('deletes an empty category straight away', () => {
    expect(planCategoryDelete(ids.categoryN(9), items, { updatedAt: 1 })).toEqual({
      ok: true,
      args: { id: ids.categoryN(9), moveItems: null },
    });
  });

  it('refuses a category with items and nowhere to move them, saying how many', () => {
    expect(planCategoryDelete(ids.category, items, { updatedAt: 1 })).toEqual({
      ok: false,
      error: 'category_not_empty',
      itemCount: 2,
    });
    expect(
      planCategoryDelete(ids.category, items, { moveItemsTo: ids.category, updatedAt: 1 }),
    ).toMatchObject({
      ok: false,
      error: 'move_to_same_category',
    });
  });

  it('moves the items in the same change', () => {
    const plan = planCategoryDelete(ids.category, items, {
      moveItemsTo: ids.categoryN(2),
      updatedAt: 1,
    });
    expect(plan.ok && plan.args.moveItems).toEqual({
      toCategoryId: ids.categoryN(2),
      itemIds: [ids.item(1), ids.item(2)],
      updatedAt: 1,
    });
  });
});
