import { describe, expect, it } from 'vitest';
import {
  ids,
  sampleItem,
  sampleMenu,
  shirtOptions,
  shirtVariants,
} from '@domain/menu/fixtures/menu';
import { buildSearchIndex } from '@domain/menu/search';
import { listItems, noFilters, type ListContext } from './item-filter';

const menu = sampleMenu();
const context = (overrides: Partial<ListContext> = {}): ListContext => ({
  search: buildSearchIndex(menu.items),
  businessDate: '2026-03-06',
  stockTotals: new Map(),
  ...overrides,
});
const names = (rows: ReturnType<typeof listItems>) => rows.map((row) => row.item.name.zh);

describe('the item list', () => {
  it('keeps the shop order without a query', () => {
    expect(names(listItems(menu, noFilters, context()))).toEqual([
      '黄焖鸡米饭',
      '重庆小面',
      '豆浆',
      '可乐 Coke',
    ]);
  });

  it('finds by pinyin initials, full pinyin, characters and SKU', () => {
    const find = (query: string) => names(listItems(menu, { ...noFilters, query }, context()));
    expect(find('hmj')).toEqual(['黄焖鸡米饭']);
    expect(find('chongqing')).toEqual(['重庆小面']);
    expect(find('米饭')).toEqual(['黄焖鸡米饭']);
    expect(find('coke-330')).toEqual(['可乐 Coke']);
  });

  it('matches names and codes plainly while the index is still being built', () => {
    const rows = listItems(menu, { ...noFilters, query: 'cqxm' }, context({ search: null }));
    expect(names(rows)).toEqual(['重庆小面']);
  });

  it('filters by category, tag and status for today', () => {
    const drinks = listItems(menu, { ...noFilters, categoryId: ids.categoryN(2) }, context());
    expect(names(drinks)).toEqual(['豆浆', '可乐 Coke']);
    const spicy = listItems(menu, { ...noFilters, tagId: ids.tag(2) }, context());
    expect(names(spicy)).toEqual(['重庆小面']);
    const off = listItems(menu, { ...noFilters, status: 'off_sale' }, context());
    expect(names(off)).toEqual(['豆浆']);
  });

  it('shows an item sold out by its mark today only, and by stock running out', () => {
    const marked = {
      ...menu,
      items: menu.items.map((item) =>
        item.id === ids.item(1) ? { ...item, soldOutBusinessDate: '2026-03-06' } : item,
      ),
    };
    const today = listItems(marked, { ...noFilters, status: 'sold_out' }, context());
    expect(today.map((row) => [row.item.name.zh, row.markedSoldOut])).toEqual([
      ['黄焖鸡米饭', true],
    ]);
    const tomorrow = listItems(marked, noFilters, context({ businessDate: '2026-03-07' }));
    expect(tomorrow[0]?.status).toBe('on_sale');

    // 重庆小面 has 30 a day; 30 sold today leaves none.
    const stock = context({ stockTotals: new Map([[ids.item(2), -30]]) });
    const soldOut = listItems(menu, { ...noFilters, status: 'sold_out' }, stock);
    expect(soldOut.map((row) => [row.item.name.zh, row.remaining, row.markedSoldOut])).toEqual([
      ['重庆小面', 0, false],
    ]);
  });

  it('filters by daypart: limited items in it, unlimited items always', () => {
    const breakfast = listItems(menu, { ...noFilters, daypartId: ids.daypart(1) }, context());
    expect(names(breakfast)).toEqual(['黄焖鸡米饭', '豆浆', '可乐 Coke']);
    const lunch = listItems(menu, { ...noFilters, daypartId: ids.daypart(2) }, context());
    expect(names(lunch)).toEqual(['黄焖鸡米饭', '重庆小面', '可乐 Coke']);
  });

  it('finds an item by a variant’s SKU or barcode and says which variant matched', () => {
    const shirt = sampleItem({
      id: ids.item(5),
      name: { zh: 'T恤', en: 'T-shirt' },
      sku: null,
      barcode: null,
      variantOptions: shirtOptions(),
      variants: shirtVariants(),
    });
    const withShirt = { ...menu, items: [...menu.items, shirt] };
    for (const search of [buildSearchIndex(withShirt.items), null]) {
      const rows = listItems(withShirt, { ...noFilters, query: 'ts-2' }, context({ search }));
      expect(rows.map((row) => [row.item.name.zh, row.matchedVariantId])).toEqual([
        ['T恤', ids.variant(2)],
      ]);
    }
    const byName = listItems(
      withShirt,
      { ...noFilters, query: 'T恤' },
      context({ search: buildSearchIndex(withShirt.items) }),
    );
    expect(byName.map((row) => row.matchedVariantId)).toEqual([undefined]);
  });
});
