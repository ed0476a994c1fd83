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

describe('applyVariations', () => {
  it('gives each option name its own choice when the prices add up', () => {
    const item = draft();
    applyVariations(
      item,
      combinations({ 'Red/S': '50', 'Red/L': '60', 'Blue/S': '55', 'Blue/L': '65' }),
      fallback,
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
    applyVariations(item, combinations({ 'Red/S': '50', 'Red/L': '60', 'Blue/S': '55' }), fallback);
    expect(item.specGroups!.map((g) => g.name)).toEqual(['Colour / Size']);
  });

  it('names the codes of the other variations it cannot keep', () => {
    const item = draft();
    applyVariations(item, combinations({ 'Red/S': '50', 'Red/L': '60' }), fallback);
    expect(item.sku).toBe('TS-Red-S');
    expect(item.warnings).toEqual([
      { field: 'sku', code: 'variant_codes_not_kept', params: { codes: 'TS-Red-L' } },
    ]);
  });
});
