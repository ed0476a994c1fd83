import { describe, expect, it } from 'vitest';
import { ids, sampleItem, shirtOptions, shirtVariants } from './fixtures/menu';
import { buildCodeIndex, findCodeConflicts, findCodeHolder, itemCodes } from './codes';
import { buildSearchIndex } from './search';
import {
  combinationsOf,
  fromPriceFen,
  validateVariants,
  variantLabel,
  variantsOf,
} from './variants';

const shirt = () =>
  sampleItem({
    id: ids.item(20),
    name: { zh: '文化衫', en: 'T-shirt' },
    sku: null,
    barcode: null,
    variantOptions: shirtOptions(),
    variants: shirtVariants(),
  });

describe('variants', () => {
  it('accepts combinations that take one value of each dimension, not necessarily all of them', () => {
    expect(validateVariants(shirt())).toEqual([]);
    // An item stored before variants existed has none, and that is valid.
    const { variantOptions: _o, variants: _v, ...old } = shirt();
    expect(validateVariants(old)).toEqual([]);
    expect(variantsOf(old)).toEqual([]);
  });

  it('refuses a combination given twice, a value from the wrong dimension, and dimensions without variants', () => {
    const item = shirt();
    const twice = {
      ...item,
      variants: [...item.variants!, { ...item.variants![0]!, id: ids.variant(9) }],
    };
    expect(validateVariants(twice)).toEqual([
      { path: ['variants', 3, 'valueIds'], code: 'duplicate_combination' },
    ]);
    const swapped = {
      ...item,
      variants: [{ ...item.variants![0]!, valueIds: [ids.variantValue(3), ids.variantValue(1)] }],
    };
    expect(validateVariants(swapped)).toEqual([
      { path: ['variants', 0, 'valueIds'], code: 'variant_values_invalid' },
    ]);
    expect(validateVariants({ ...item, variants: [] })).toEqual([
      { path: ['variants'], code: 'options_without_variants' },
    ]);
    expect(validateVariants({ variantOptions: [], variants: item.variants })).toEqual([
      { path: ['variantOptions'], code: 'variants_without_options' },
    ]);
  });

  it('refuses two dimensions or two values of one dimension with the same name, in either language', () => {
    const [colour, size] = shirtOptions();
    const options = [
      {
        ...colour!,
        values: [...colour!.values, { id: ids.variantValue(9), name: { zh: '红色', en: 'red' } }],
      },
      { ...size!, name: { zh: '颜色 ', en: null } },
    ];
    expect(validateVariants({ variantOptions: options, variants: shirtVariants() })).toEqual([
      { path: ['variantOptions', 0, 'values', 2, 'name'], code: 'duplicate_variant_value' },
      { path: ['variantOptions', 1, 'name'], code: 'duplicate_variant_option' },
    ]);
  });

  it('names a variant by its values and prices the item from its cheapest variant on sale', () => {
    const item = shirt();
    expect(variantLabel(item.variantOptions!, item.variants![1]!)).toBe('红 / L');
    expect(variantLabel(item.variantOptions!, item.variants![2]!, 'en')).toBe('Black / M');
    expect(fromPriceFen(item.variants!)).toBe(9900);
    const [m, l, black] = item.variants!;
    expect(
      fromPriceFen([{ ...m!, status: 'off_sale' }, l!, { ...black!, status: 'off_sale' }]),
    ).toBe(10900);
    expect(fromPriceFen([])).toBeNull();
    expect(combinationsOf(item.variantOptions!)).toHaveLength(4);
    expect(combinationsOf([])).toEqual([]);
  });
});

describe('variant codes', () => {
  it('are codes of the item: indexed, found by a scan, searched', () => {
    const item = shirt();
    expect(itemCodes(item)).toEqual([
      'sku:TS-1',
      'sku:TS-2',
      'sku:TS-3',
      'barcode:695000000001',
      'barcode:695000000002',
      'barcode:695000000003',
    ]);
    const index = buildCodeIndex([item]);
    expect(findCodeHolder(index, '695000000002')).toEqual({
      itemId: item.id,
      variantId: ids.variant(2),
    });
    expect(findCodeHolder(index, 'ts-3')).toEqual({ itemId: item.id, variantId: ids.variant(3) });
    // Searching the second variation's SKU finds the item.
    expect(buildSearchIndex([item]).search('TS-2')).toEqual([item.id]);
  });

  it('clash with another item’s codes and with each other, each at its variant', () => {
    const item = shirt();
    const other = sampleItem({ id: ids.item(21), sku: 'ts-2', barcode: null });
    expect(findCodeConflicts(buildCodeIndex([other]), item)).toEqual([
      { path: ['variants', 1, 'sku'], code: 'sku_taken', params: { itemId: other.id } },
    ]);
    const [first, second] = item.variants!;
    const doubled = { ...item, variants: [first!, { ...second!, barcode: first!.barcode }] };
    expect(findCodeConflicts(buildCodeIndex([]), doubled)).toEqual([
      {
        path: ['variants', 1, 'barcode'],
        code: 'barcode_taken',
        params: { itemId: item.id, variantId: first!.id },
      },
    ]);
    // An item keeps its own variants' codes when it is saved again.
    expect(findCodeConflicts(buildCodeIndex([item]), item)).toEqual([]);
  });
});
