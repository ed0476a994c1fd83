import { describe, expect, it } from 'vitest';
import { ids, sampleItem, sampleMenu } from './fixtures/menu';
import type { MenuItem } from './schema';
import { buildSearchIndex, buildSearchIndexInSlices } from './search';

const named = (n: number, zh: string, extra: Partial<MenuItem> = {}) =>
  sampleItem({ id: ids.item(n), name: { zh, en: null }, sku: null, barcode: null, ...extra });

describe('menu search', () => {
  const menu = sampleMenu();
  const index = buildSearchIndex([
    ...menu.items,
    named(5, '米饭'),
    named(6, '长沙臭豆腐'),
    named(7, '银行卡套餐'),
    named(8, '绿豆汤'),
  ]);

  it('finds 黄焖鸡米饭 by initials, full pinyin and characters', () => {
    expect(index.search('hmj')).toEqual([ids.item(1)]);
    expect(index.search('huangmen')).toEqual([ids.item(1)]);
    expect(index.search('米饭')).toEqual([ids.item(5), ids.item(1)]);
  });

  it('ignores case and spaces, and accepts mixed full pinyin and initials', () => {
    expect(index.search('HMJ')).toEqual([ids.item(1)]);
    expect(index.search('Huang Men')).toEqual([ids.item(1)]);
    expect(index.search('huangmjmf')).toEqual([ids.item(1)]);
    expect(index.search('jimifan')).toEqual([ids.item(1)]);
  });

  it('reads polyphonic characters in context, and by their other readings too', () => {
    expect(index.search('cqxm')).toEqual([ids.item(2)]);
    expect(index.search('chongqing')).toEqual([ids.item(2)]);
    expect(index.search('changsha')).toEqual([ids.item(6)]);
    expect(index.search('yinhang')).toEqual([ids.item(7)]);
    // 行 also reads xing: a shop typing it that way still finds the item.
    expect(index.search('yinxing')).toEqual([ids.item(7)]);
    expect(index.search('lvdou')).toEqual([ids.item(8)]);
  });

  it('finds by English name, SKU and barcode, an exact code first', () => {
    expect(index.search('braised')).toEqual([ids.item(1)]);
    expect(index.search('coke-330')).toEqual([ids.item(4)]);
    expect(index.search('6901234567892')).toEqual([ids.item(1)]);
    expect(index.search('69')).toEqual([ids.item(1), ids.item(4)]);
  });

  it('finds nothing for an empty query or a miss', () => {
    expect(index.search('  ')).toEqual([]);
    expect(index.search('pizza')).toEqual([]);
    expect(index.search('hmx')).toEqual([]);
  });

  it('reuses the pinyin of unchanged items on rebuild', () => {
    const renamed = { ...menu.items[0]!, name: { zh: '米线', en: null } };
    const rebuilt = buildSearchIndex([renamed, ...menu.items.slice(1)], index);
    expect(rebuilt.entries[1]).toBe(index.entries[1]);
    expect(rebuilt.search('huangmen')).toEqual([]);
    expect(rebuilt.search('mixian')).toEqual([ids.item(1)]);
  });

  // How fast this is is measured by `npm run bench` (menu-search), not asserted here.
  it('answers a pinyin-initials query over 5,000 items', () => {
    const words = [
      '黄焖鸡',
      '米饭',
      '牛肉面',
      '酸辣粉',
      '麻辣烫',
      '小笼包',
      '豆浆',
      '油条',
      '炒饭',
      '饺子',
    ];
    const items = Array.from({ length: 5000 }, (_, n) =>
      named(n + 100, `${words[n % 10]}${words[(n * 7) % 10]}${n}`),
    );
    const big = buildSearchIndex(items);
    expect(big.search('hmj')).toHaveLength(500);
    expect(big.search('huangmj')).toHaveLength(500);
    expect(big.search('zzz')).toEqual([]);
  });

  it('builds in slices with pauses between them, to the same result', async () => {
    const items = Array.from({ length: 300 }, (_, n) => named(n + 100, `黄焖鸡${n}`));
    let pauses = 0;
    const sliced = await buildSearchIndexInSlices(items, {
      sliceMs: 0,
      pause: async () => {
        pauses += 1;
      },
    });
    expect(pauses).toBeGreaterThan(100);
    expect(sliced.search('hmj')).toEqual(buildSearchIndex(items).search('hmj'));
  });
});
