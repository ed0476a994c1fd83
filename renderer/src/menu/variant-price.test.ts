import { describe, expect, it } from 'vitest';
import {
  addOnGroup,
  sampleItem,
  shirtOptions,
  shirtVariants,
  sizeGroup,
} from '@domain/menu/fixtures/menu';
import { itemPriceRange } from './variant-price';

describe('item price range', () => {
  it('is the spec range of the item’s own price without variants', () => {
    // 25 + small/large (0 or 5) + up to two add-ons (2 and 3): 25 to 35.
    expect(itemPriceRange(sampleItem())).toEqual({ minFen: 2500, maxFen: 3500 });
  });

  it('runs from the cheapest variant to the dearest, whatever the item’s own price says', () => {
    const shirt = sampleItem({
      priceFen: 1,
      specGroups: [],
      variantOptions: shirtOptions(),
      variants: shirtVariants(),
    });
    expect(itemPriceRange(shirt)).toEqual({ minFen: 9900, maxFen: 10900 });
  });

  it('adds the spec choices to the cheapest and the dearest variant', () => {
    const shirt = sampleItem({
      specGroups: [sizeGroup(), addOnGroup()],
      variantOptions: shirtOptions(),
      variants: shirtVariants(),
    });
    expect(itemPriceRange(shirt)).toEqual({ minFen: 9900, maxFen: 10900 + 500 + 500 });
  });

  it('leaves out variants off sale, unless none is on sale', () => {
    const variants = shirtVariants().map((variant) =>
      variant.priceFen === 10900 ? { ...variant, status: 'off_sale' as const } : variant,
    );
    const shirt = sampleItem({ specGroups: [], variantOptions: shirtOptions(), variants });
    expect(itemPriceRange(shirt)).toEqual({ minFen: 9900, maxFen: 9900 });
    const allOff = variants.map((variant) => ({ ...variant, status: 'off_sale' as const }));
    expect(itemPriceRange({ ...shirt, variants: allOff })).toEqual({ minFen: 9900, maxFen: 10900 });
  });
});
