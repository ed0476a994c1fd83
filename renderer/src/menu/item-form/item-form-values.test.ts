import { describe, expect, it } from 'vitest';
import { menuItemSchema } from '@domain/menu/schema';
import { ids, sampleItem } from '@domain/menu/fixtures/menu';
import {
  itemFormValues,
  itemFromForm,
  specGroupProblems,
  type ItemContext,
  type ItemFormValues,
} from './item-form-values';

const context = (overrides: Partial<ItemContext> = {}): ItemContext => ({
  id: ids.item(7),
  sortKey: 'i',
  businessDate: '2026-03-06',
  now: 1_772_000_000_000,
  before: undefined,
  items: [],
  photoIds: [],
  ...overrides,
});

function filledForm(): ItemFormValues {
  return {
    ...itemFormValues(undefined, { categoryId: ids.category, businessDate: '2026-03-06' }),
    nameZh: '黄焖鸡米饭',
    nameEn: 'Braised Chicken Rice',
    price: '25',
    listPrice: '30',
    specGroups: [
      {
        id: ids.group(1),
        nameZh: '份量',
        nameEn: '',
        selection: 'single',
        required: true,
        min: 1,
        max: 1,
        options: [
          { id: ids.option(1), nameZh: '小份', nameEn: '', priceDelta: '' },
          { id: ids.option(2), nameZh: '大份', nameEn: '', priceDelta: '5' },
        ],
      },
      {
        id: ids.group(2),
        nameZh: '加料',
        nameEn: '',
        selection: 'multiple',
        required: false,
        min: 0,
        max: 2,
        options: [
          { id: ids.option(3), nameZh: '加蛋', nameEn: '', priceDelta: '2' },
          { id: ids.option(4), nameZh: '加土豆', nameEn: '', priceDelta: '3' },
        ],
      },
    ],
  };
}

describe('item form values', () => {
  it('make an item the store accepts, prices in fen', () => {
    const result = itemFromForm(filledForm(), context());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(menuItemSchema.parse(result.item)).toEqual(result.item);
    expect(result.item.priceFen).toBe(2500);
    expect(result.item.listPriceFen).toBe(3000);
    expect(result.item.specGroups[0]?.options.map((o) => o.priceDeltaFen)).toEqual([0, 500]);
    expect(result.item.availability).toBeNull();
  });

  it('refuse a price with three decimals at the price field, not rounded', () => {
    const result = itemFromForm({ ...filledForm(), price: '25.123' }, context());
    expect(result).toEqual({
      ok: false,
      problems: [{ path: ['price'], code: 'money.too_many_decimals' }],
    });
  });

  it('put spec problems at the fields the form shows', () => {
    const values = filledForm();
    values.specGroups[1] = { ...values.specGroups[1]!, min: 2, max: 1 };
    values.specGroups[0] = { ...values.specGroups[0]!, options: [] };
    expect(specGroupProblems(values).map((p) => [p.path.join('.'), p.code])).toEqual([
      ['specGroups.0.options', 'required_without_options'],
      ['specGroups.1.max', 'max_below_min'],
      ['specGroups.1.min', 'optional_min_above_zero'],
    ]);
  });

  it('name the item that already has the SKU', () => {
    const other = sampleItem({ id: ids.item(1), sku: 'HMJ-001' });
    const result = itemFromForm({ ...filledForm(), sku: 'hmj-001 ' }, context({ items: [other] }));
    expect(result.ok ? [] : result.problems).toEqual([
      { path: ['sku'], code: 'sku_taken', params: { itemId: ids.item(1) } },
    ]);
  });

  it('show "sold out" only for today, and keep an old mark untouched', () => {
    const item = sampleItem({ soldOutBusinessDate: '2026-03-06' });
    expect(itemFormValues(item, { businessDate: '2026-03-06' }).status).toBe('sold_out');
    expect(itemFormValues(item, { businessDate: '2026-03-07' }).status).toBe('on_sale');
    const values = {
      ...itemFormValues(item, { businessDate: '2026-03-06' }),
      status: 'on_sale' as const,
    };
    const result = itemFromForm(values, context({ before: item, id: item.id }));
    expect(result.ok && result.item.soldOutBusinessDate).toBeNull();
  });

  it('round-trip an existing item unchanged', () => {
    const item = sampleItem();
    const values = itemFormValues(item, { businessDate: '2026-03-06' });
    const result = itemFromForm(
      values,
      context({ before: item, id: item.id, sortKey: item.sortKey, now: item.updatedAt }),
    );
    expect(result.ok && result.item).toEqual(item);
  });
});
