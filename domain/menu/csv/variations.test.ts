import { describe, expect, it } from 'vitest';
import type { ImportDraft } from '../import/draft';
import { applyVariations, type VariationRow } from './variations';

const fallback = { zh: '规格', en: 'Options' };
const draft = (): ImportDraft => ({ lines: [], name: 'T-shirt', price: '', problems: [] });

/** Colour × size, each combination a row with its own price. */
function combinations(prices: Record<string, string>): VariationRow[] {
  return Object.entries(prices).map(([key, price], i) => {
    const [colour, size] = key.split('/') as [string, string];
    return {
      line: i + 2,
      options: [
        { name: 'Colour', value: colour },
        { name: 'Size', value: size },
      ],
      price,
      sku: `TS-${colour}-${size}`,
    };
  });
}

const specs = { as: 'specs' } as const;
const variants = { as: 'variants' } as const;

describe('applyVariations as variants', () => {
  it('makes each option name a dimension and each row a variant with its own price and codes', () => {
    const item = draft();
    applyVariations(
      item,
      combinations({ 'Red/S': '50', 'Red/L': '60', 'Blue/S': '55', 'Blue/L': '70' }),
      fallback,
      variants,
    );
    expect(item.price).toBe('50.00');
    expect(item.variantOptions).toEqual([
      { name: 'Colour', values: [{ name: 'Red' }, { name: 'Blue' }] },
      { name: 'Size', values: [{ name: 'S' }, { name: 'L' }] },
    ]);
    expect(item.variants!.map((v) => [v.values.join('/'), v.price, v.sku, v.line])).toEqual([
      ['Red/S', '50', 'TS-Red-S', 2],
      ['Red/L', '60', 'TS-Red-L', 3],
      ['Blue/S', '55', 'TS-Blue-S', 4],
      ['Blue/L', '70', 'TS-Blue-L', 5],
    ]);
    // Every code is the variants'; none is named as dropped, and the item holds none twice.
    expect(item.warnings).toBeUndefined();
    expect([item.sku, item.barcode]).toEqual(['', '']);
    expect(item.specGroups).toBeUndefined();
  });

  it('keeps a missing combination missing', () => {
    const item = draft();
    applyVariations(
      item,
      combinations({ 'Red/S': '50', 'Red/L': '60', 'Blue/S': '55' }),
      fallback,
      variants,
    );
    expect(item.variants).toHaveLength(3);
    expect(item.variantOptions!.map((o) => o.values.length)).toEqual([2, 2]);
  });

  it('names a dimension without an option name after the fallback, and tells repeated labels apart', () => {
    const item = draft();
    const rows: VariationRow[] = [
      { line: 2, options: [{ name: '', value: 'Small' }], price: '5' },
      { line: 3, options: [{ name: '', value: 'Large' }], price: '7' },
    ];
    applyVariations(item, rows, fallback, variants);
    expect(item.variantOptions).toEqual([
      { name: '规格', nameEn: 'Options', values: [{ name: 'Small' }, { name: 'Large' }] },
    ]);
    const twice = draft();
    applyVariations(twice, [rows[0]!, { ...rows[0]!, line: 4, price: '6' }], fallback, variants);
    expect(twice.variantOptions![0]!.values.map((v) => v.name)).toEqual(['Small (2)', 'Small (4)']);
  });

  it('is just the item when there is one variation', () => {
    const item = draft();
    applyVariations(item, combinations({ 'Red/S': '50' }), fallback, variants);
    expect([item.price, item.sku, item.variants, item.specGroups]).toEqual([
      '50',
      'TS-Red-S',
      [],
      [],
    ]);
  });
});

describe('applyVariations as specs', () => {
  it('gives each option name its own choice when the prices add up', () => {
    const item = draft();
    applyVariations(
      item,
      combinations({ 'Red/S': '50', 'Red/L': '60', 'Blue/S': '55', 'Blue/L': '65' }),
      fallback,
      specs,
    );
    expect(item.price).toBe('50.00');
    expect(
      item.specGroups!.map((g) => [g.name, g.options.map((o) => `${o.name}+${o.delta}`)]),
    ).toEqual([
      ['Colour', ['Red+0.00', 'Blue+5.00']],
      ['Size', ['S+0.00', 'L+10.00']],
    ]);
  });

  it('lists the combinations in one choice when the prices do not add up, so none is lost', () => {
    const item = draft();
    applyVariations(
      item,
      combinations({ 'Red/S': '50', 'Red/L': '60', 'Blue/S': '55', 'Blue/L': '70' }),
      fallback,
      specs,
    );
    expect(item.specGroups).toHaveLength(1);
    expect(item.specGroups![0]!.name).toBe('Colour / Size');
    expect(item.specGroups![0]!.options.map((o) => `${o.name}+${o.delta}`)).toEqual([
      'Red / S+0.00',
      'Red / L+10.00',
      'Blue / S+5.00',
      'Blue / L+20.00',
    ]);
  });

  it('lists the combinations when one is missing (a choice of each would offer it)', () => {
    const item = draft();
    applyVariations(
      item,
      combinations({ 'Red/S': '50', 'Red/L': '60', 'Blue/S': '55' }),
      fallback,
      specs,
    );
    expect(item.specGroups!.map((g) => g.name)).toEqual(['Colour / Size']);
  });
});
