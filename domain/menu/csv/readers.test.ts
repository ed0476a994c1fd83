import { describe, expect, it } from 'vitest';
import {
  SHOPIFY_2025_EXPORT_CSV,
  SHOPIFY_EXPORT_CSV,
  SQUARE_EXPORT_CSV,
} from '../fixtures/exports';
import { detectLayout } from './layouts';
import { readMappedRows, suggestMapping, missingMappedFields } from './mapping';
import { parseCsv } from './parse';
import { readShopifyRows } from './shopify';
import { readSquareRows } from './square';

const variations = { zh: '规格', en: 'Options' };

describe('detectLayout', () => {
  it('recognises Square, Shopify (both header sets), the console and anything else', () => {
    expect(detectLayout(parseCsv(SQUARE_EXPORT_CSV).headers)).toBe('square');
    expect(detectLayout(parseCsv(SHOPIFY_EXPORT_CSV).headers)).toBe('shopify');
    expect(detectLayout(parseCsv(SHOPIFY_2025_EXPORT_CSV).headers)).toBe('shopify');
    expect(detectLayout(['item_id', 'name', 'price', 'spec_groups'])).toBe('console');
    expect(detectLayout(['名称', '价格'])).toBe('unknown');
  });
});

describe('Square item library', () => {
  const drafts = readSquareRows(parseCsv(SQUARE_EXPORT_CSV), variations);

  it('makes one item per item name, its variations a required single choice priced from the cheapest', () => {
    const latte = drafts[0]!;
    expect(latte).toMatchObject({
      lines: [2, 3],
      name: 'Latte',
      description: 'Espresso, steamed milk',
      category: 'Coffee',
    });
    expect(latte).toMatchObject({ price: '28.00', sku: 'LAT-R', status: 'on_sale' });
    expect(latte.specGroups).toEqual([
      {
        name: 'Size',
        nameEn: undefined,
        selection: 'single',
        required: true,
        min: 1,
        max: 1,
        options: [
          { name: 'Regular', delta: '0.00' },
          { name: 'Large', delta: '4.00' },
        ],
      },
    ]);
  });

  it('reads a single variation as a plain item with its GTIN as barcode', () => {
    expect(drafts[1]).toMatchObject({
      name: '黄焖鸡米饭',
      price: '25.00',
      barcode: '6901234567892',
      specGroups: [],
    });
  });

  it('takes archived items off sale and passes bad prices on to be reported', () => {
    expect(drafts[2]).toMatchObject({ name: 'Old Cake', status: 'off_sale' });
    expect(drafts[3]).toMatchObject({ name: 'Mystery', price: 'abc' });
    expect(drafts[4]).toMatchObject({ name: 'Custom Cake', price: '' });
  });
});

describe('Shopify products', () => {
  it('groups rows by handle, skips image-only rows and turns variants into options', () => {
    const [noodles] = readShopifyRows(parseCsv(SHOPIFY_EXPORT_CSV), variations);
    expect(noodles).toMatchObject({
      lines: [2, 3],
      name: '重庆小面',
      description: '麻辣\n鲜香 & 劲道',
      category: '面食',
      tags: ['辣', '招牌'],
      price: '18.00',
      listPrice: '20.00',
      sku: 'CQXM-S',
      status: 'on_sale',
    });
    expect(noodles!.specGroups![0]).toMatchObject({
      name: '份量',
      options: [
        { name: '小份', delta: '0.00' },
        { name: '大份', delta: '4.00' },
      ],
    });
  });

  it('reads a default-title product as a plain item and a draft as off sale', () => {
    const soyMilk = readShopifyRows(parseCsv(SHOPIFY_EXPORT_CSV), variations)[1]!;
    expect(soyMilk).toMatchObject({
      name: '豆浆',
      price: '3.00',
      barcode: '6900000000017',
      status: 'off_sale',
      specGroups: [],
    });
  });

  it('makes each option name its own choice, and takes the product category leaf without a type', () => {
    const tea = readShopifyRows(parseCsv(SHOPIFY_EXPORT_CSV), variations)[2]!;
    expect(tea.category).toBe('Tea');
    expect(tea.specGroups!.map((g) => [g.name, g.options.map((o) => [o.name, o.delta])])).toEqual([
      [
        'Size',
        [
          ['M', '0.00'],
          ['L', '3.00'],
        ],
      ],
      [
        'Sugar',
        [
          ['Full', '0.00'],
          ['Half', '0.00'],
        ],
      ],
    ]);
    // Four variations, four SKUs: the item keeps the first and says which it does not keep.
    expect(tea.warnings).toEqual([
      {
        field: 'sku',
        code: 'variant_codes_not_kept',
        params: { codes: 'TEA-MH, TEA-LF, TEA-LH' },
      },
    ]);
  });

  it('reads the 2025 headers', () => {
    const [dumplings] = readShopifyRows(parseCsv(SHOPIFY_2025_EXPORT_CSV), variations);
    expect(dumplings).toMatchObject({
      name: '饺子',
      description: '猪肉白菜',
      price: '20.00',
      listPrice: '25.00',
      sku: 'JZ-12',
    });
    expect(dumplings!.specGroups![0]!.options.map((o) => o.delta)).toEqual(['0.00', '16.00']);
  });
});

describe('column mapping', () => {
  const table = parseCsv('菜名,售价,分类,条码,备注\n黄焖鸡米饭,25,主食,6901234567892,招牌\n');

  it('suggests columns from usual Chinese headers', () => {
    expect(suggestMapping(table.headers)).toEqual({ name: 0, price: 1, category: 2, barcode: 3 });
    expect(missingMappedFields({ name: 0 })).toEqual(['price']);
  });

  it('reads rows through the mapping, leaving unmapped fields out', () => {
    const [draft] = readMappedRows(table, { name: 0, price: 1, description: 4 });
    expect(draft).toMatchObject({
      lines: [2],
      name: '黄焖鸡米饭',
      price: '25',
      description: '招牌',
    });
    expect(draft!.category).toBeUndefined();
    expect(draft!.barcode).toBeUndefined();
  });
});
