import { describe, expect, it } from 'vitest';
import {
  SHOPIFY_2025_EXPORT_CSV,
  SHOPIFY_EXPORT_CSV,
  SQUARE_EXPORT_CSV,
} from '../fixtures/exports';
import { detectLayout } from './layouts';
import { readMappedRows, suggestMapping, missingMappedFields } from './mapping';
import { parseCsv } from '../../csv/parse';
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

  it('makes one item per item name, its variations variants priced from the cheapest', () => {
    const latte = drafts[0]!;
    expect(latte).toMatchObject({
      lines: [2, 3],
      name: 'Latte',
      description: 'Espresso, steamed milk',
      category: 'Coffee',
    });
    expect(latte).toMatchObject({ price: '28.00', sku: '', status: 'on_sale' });
    expect(latte.variantOptions).toEqual([
      { name: 'Size', values: [{ name: 'Regular' }, { name: 'Large' }] },
    ]);
    expect(latte.variants!.map((v) => [v.values, v.price, v.sku, v.line])).toEqual([
      [['Regular'], '28.00', 'LAT-R', 2],
      [['Large'], '32.00', 'LAT-L', 3],
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
  it('groups rows by handle, skips image-only rows and keeps each variant with its codes', () => {
    const [noodles] = readShopifyRows(parseCsv(SHOPIFY_EXPORT_CSV), variations);
    expect(noodles).toMatchObject({
      lines: [2, 3],
      name: '重庆小面',
      description: '麻辣\n鲜香 & 劲道',
      category: '面食',
      tags: ['辣', '招牌'],
      price: '18.00',
      listPrice: '20.00',
      sku: '',
      status: 'on_sale',
    });
    expect(noodles!.variantOptions).toEqual([
      { name: '份量', values: [{ name: '小份' }, { name: '大份' }] },
    ]);
    expect(noodles!.variants!.map((v) => [v.values[0], v.price, v.listPrice, v.sku])).toEqual([
      ['小份', '18.00', '20.00', 'CQXM-S'],
      ['大份', '22.00', undefined, 'CQXM-L'],
    ]);
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

  it('makes each option name its own dimension, and takes the product category leaf without a type', () => {
    const tea = readShopifyRows(parseCsv(SHOPIFY_EXPORT_CSV), variations)[2]!;
    expect(tea.category).toBe('Tea');
    expect(tea.variantOptions!.map((o) => [o.name, o.values.map((v) => v.name)])).toEqual([
      ['Size', ['M', 'L']],
      ['Sugar', ['Full', 'Half']],
    ]);
    // Four variations, four SKUs, all kept: nothing to warn of.
    expect(tea.variants!.map((v) => [v.values.join('/'), v.sku])).toEqual([
      ['M/Full', 'TEA-MF'],
      ['M/Half', 'TEA-MH'],
      ['L/Full', 'TEA-LF'],
      ['L/Half', 'TEA-LH'],
    ]);
    expect(tea.warnings).toBeUndefined();
  });

  it('reads the 2025 headers', () => {
    const [dumplings] = readShopifyRows(parseCsv(SHOPIFY_2025_EXPORT_CSV), variations);
    expect(dumplings).toMatchObject({
      name: '饺子',
      description: '猪肉白菜',
      price: '20.00',
      listPrice: '25.00',
      sku: '',
    });
    expect(dumplings!.variants!.map((v) => [v.sku, v.price])).toEqual([
      ['JZ-12', '20.00'],
      ['JZ-24', '36.00'],
    ]);
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
