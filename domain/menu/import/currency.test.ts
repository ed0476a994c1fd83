/** Prices from a file in another currency are never taken as yuan without a word. */
import { describe, expect, it } from 'vitest';
import { idSequence } from '../fixtures/menu';
import { parseCsv } from '../../csv/parse';
import { readSquareRows } from '../csv/square';
import type { ColumnMapping } from '../csv/mapping';
import { planImport } from './read';

const options = {
  mode: 'upsert_by_sku' as const,
  newId: idSequence(),
  updatedAt: 1,
  defaultCategoryName: { zh: '未分类', en: 'Uncategorised' },
  variationGroupName: { zh: '规格', en: 'Options' },
};
const empty = { categories: [], items: [], dayparts: [], tags: [] };
const plan = (file: string, mapping: ColumnMapping = { name: 0, price: 1 }) =>
  planImport(parseCsv(file), { mapping }, empty, options);

describe('a price in another currency', () => {
  it('warns on the row, quoting it, and asks about the whole file', () => {
    const result = plan('Name,Price\nLatte,$4.50\nTea,¥3\nCake,4.50 €\n');
    expect(result.preview.map((row) => row.warnings)).toEqual([
      [
        {
          field: 'price',
          code: 'price_foreign_currency',
          params: { text: '$4.50', currency: 'dollar' },
        },
      ],
      [],
      [
        {
          field: 'price',
          code: 'price_foreign_currency',
          params: { text: '4.50 €', currency: 'EUR' },
        },
      ],
    ]);
    expect(result.fileWarnings).toEqual([
      { code: 'foreign_currency', params: { currencies: 'dollar,EUR' } },
    ]);
  });

  it('asks about the whole file when the price column says its currency', () => {
    const result = plan('Name,Price (JPY)\nRamen,1200\n');
    expect(result.fileWarnings).toEqual([
      { code: 'foreign_currency', params: { currencies: 'JPY' } },
    ]);
  });

  it('is said on the item when variations in dollars become one price', () => {
    const file = 'Item Name,Variation Name,Price\nLatte,Regular,US$4.00\nLatte,Large,US$5.00\n';
    const [latte] = readSquareRows(parseCsv(file), options.variationGroupName);
    expect(latte!.price).toBe('4.00');
    expect(latte!.warnings?.map((w) => [w.code, w.params?.text])).toEqual([
      ['price_foreign_currency', 'US$4.00'],
      ['price_foreign_currency', 'US$5.00'],
    ]);
  });

  it('takes yuan marks, ¥ included, as yuan without a word', () => {
    const result = plan('名称,价格\n豆浆,¥3\n油条,2元\n包子,RMB 1.5\n');
    expect(result.fileWarnings).toEqual([]);
    expect(result.toCreate.map((item) => item.priceFen)).toEqual([300, 200, 150]);
  });
});
