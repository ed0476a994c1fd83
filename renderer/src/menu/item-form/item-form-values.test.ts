import { describe, expect, it } from 'vitest';
import { menuItemSchema } from '@domain/menu/schema';
import { ids, sampleItem, shirtOptions, shirtVariants } from '@domain/menu/fixtures/menu';
import { changedItemFields } from '../actions/item-actions';
import {
  formPriceRange,
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

  it('round-trip an item stored before variants existed without adding the fields', () => {
    const item = sampleItem();
    expect('variants' in item).toBe(false);
    const values = itemFormValues(item, { businessDate: '2026-03-06' });
    const result = itemFromForm(values, context({ before: item, id: item.id }));
    expect(result.ok && 'variants' in result.item).toBe(false);
    expect(result.ok && changedItemFields(item, result.item)).toEqual({});
  });
});

const shirt = () =>
  sampleItem({
    id: ids.item(5),
    name: { zh: 'T恤', en: 'T-shirt' },
    priceFen: 9900,
    listPriceFen: null,
    sku: null,
    barcode: null,
    specGroups: [],
    variantOptions: shirtOptions(),
    variants: shirtVariants(),
  });

describe('item form values with variants', () => {
  const shirtContext = (overrides: Partial<ItemContext> = {}) =>
    context({ id: ids.item(5), before: shirt(), sortKey: 'i', ...overrides });
  const shirtForm = () => itemFormValues(shirt(), { businessDate: '2026-03-06' });

  it('round-trip an item with variants unchanged', () => {
    const item = shirt();
    const values = shirtForm();
    expect(values.variants.map((v) => [v.price, v.sku, v.onSale])).toEqual([
      ['99.00', 'TS-1', true],
      ['109.00', 'TS-2', true],
      ['99.00', 'TS-3', true],
    ]);
    const result = itemFromForm(values, shirtContext({ now: item.updatedAt }));
    expect(result.ok && result.item).toEqual(item);
  });

  it('save the cheapest variant on sale as the item’s price, ignoring its own price field', () => {
    const values = { ...shirtForm(), price: 'not shown', listPrice: '' };
    values.variants[0] = { ...values.variants[0]!, price: '79', onSale: false };
    values.variants[2] = { ...values.variants[2]!, price: '89.90' };
    const result = itemFromForm(values, shirtContext());
    expect(result.ok && [result.item.priceFen, result.item.listPriceFen]).toEqual([8990, null]);
    expect(result.ok && result.item.variants?.map((v) => [v.priceFen, v.status])).toEqual([
      [7900, 'off_sale'],
      [10900, 'on_sale'],
      [8990, 'on_sale'],
    ]);
    expect(formPriceRange(values)).toEqual({ minFen: 8990, maxFen: 10900 });
  });

  it('put each variant problem at its cell', () => {
    const values = shirtForm();
    values.variants[1] = { ...values.variants[1]!, price: '109.999', barcode: '69 50' };
    values.variantOptions[0]!.values[1]!.nameZh = '红';
    const result = itemFromForm(values, shirtContext());
    expect(result.ok ? [] : result.problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['variants.1.price', 'money.too_many_decimals'],
      ['variants.1.barcode', 'barcode_invalid'],
      ['variantOptions.0.values.1.nameZh', 'duplicate_variant_value'],
    ]);
  });

  it('name the other item, or the other variant, that has a variant’s code', () => {
    const other = sampleItem({ id: ids.item(1), sku: 'HMJ-001' });
    const values = shirtForm();
    values.variants[1] = { ...values.variants[1]!, sku: 'hmj-001' };
    values.variants[2] = { ...values.variants[2]!, barcode: values.variants[0]!.barcode };
    const result = itemFromForm(values, shirtContext({ items: [other, shirt()] }));
    expect(result.ok ? [] : result.problems).toEqual([
      { path: ['variants', 1, 'sku'], code: 'sku_taken', params: { itemId: ids.item(1) } },
      {
        path: ['variants', 2, 'barcode'],
        code: 'barcode_taken',
        params: { itemId: ids.item(5), variantId: ids.variant(1) },
      },
    ]);
  });

  it('refuse dimensions whose every combination was removed', () => {
    const result = itemFromForm({ ...shirtForm(), variants: [] }, shirtContext());
    expect(result.ok ? [] : result.problems).toEqual([
      { path: ['variants'], code: 'options_without_variants' },
    ]);
  });

  it('clear the variants of an item that had them when they are turned off', () => {
    const values = { ...shirtForm(), variantOptions: [], variants: [], price: '99' };
    const result = itemFromForm(values, shirtContext());
    expect(result.ok && changedItemFields(shirt(), result.item)).toEqual({
      variantOptions: [],
      variants: [],
    });
  });
});
