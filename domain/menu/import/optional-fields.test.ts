/**
 * One bad optional field does not sink a product: Excel's scientific-notation barcodes, an odd
 * list price or status are left out with a warning that quotes them; only a required field (or
 * the SKU, which says which item a row updates) skips the row.
 */
import { describe, expect, it } from 'vitest';
import { idSequence } from '../fixtures/menu';
import { parseCsv } from '../../csv/parse';
import type { Menu } from '../schema';
import { planImport } from './read';

const emptyMenu = (): Menu => ({ categories: [], items: [], dayparts: [], tags: [] });
const options = {
  mode: 'upsert_by_sku' as const,
  newId: idSequence(),
  updatedAt: 1,
  defaultCategoryName: { zh: '未分类', en: 'Uncategorised' },
  variationGroupName: { zh: '规格', en: 'Options' },
};

/** A sheet as Excel saves it after opening a till export: every barcode a rounded float. */
const EXCEL_MANGLED_CSV = [
  '名称,价格,原价,条码,状态,SKU',
  '可乐,3.00,3.5.0,3.65275E+11,在售,COLA',
  '雪碧,3.00,,6.90123E+12,卖完了,SPRITE',
  '芬达,3.00,,6901234567892,,6.9012E+12',
].join('\r\n');

describe('an optional field that cannot be read', () => {
  const plan = planImport(
    parseCsv(EXCEL_MANGLED_CSV),
    { mapping: { name: 0, price: 1, listPrice: 2, barcode: 3, status: 4, sku: 5 } },
    emptyMenu(),
    options,
  );

  it('is left empty with a warning quoting it, and the product is still created', () => {
    expect(plan.preview.slice(0, 2).map((r) => [r.name, r.action, r.warnings])).toEqual([
      [
        '可乐',
        'create',
        [
          { field: 'listPrice', code: 'not_a_number', params: { value: '3.5.0' } },
          { field: 'barcode', code: 'code_scientific', params: { value: '3.65275E+11' } },
        ],
      ],
      [
        '雪碧',
        'create',
        [
          { field: 'barcode', code: 'code_scientific', params: { value: '6.90123E+12' } },
          { field: 'status', code: 'status_invalid', params: { value: '卖完了' } },
        ],
      ],
    ]);
    const cola = plan.toCreate.find((item) => item.name.zh === '可乐')!;
    expect(cola).toMatchObject({ barcode: null, listPriceFen: null, priceFen: 300, sku: 'COLA' });
  });

  it('skips the row only when it is the SKU, which decides what the row updates', () => {
    const fanta = plan.preview[2]!;
    expect(fanta.action).toBe('skip');
    expect(fanta.errors).toEqual([
      { field: 'sku', code: 'code_scientific', params: { value: '6.9012E+12' } },
    ]);
  });
});
